/** `--output yaml` and `yaml-stream` behaviours (spec/awscli-behavior.md §3.4,
 *  §3.5, §6); expected text printed by aws-cli 2.9.19 (ruamel.yaml + libyaml). */
import { describe, expect, it } from 'vitest';
import { format as yamlFormat } from '../../src/output/yaml.js';
import { format as streamFormat } from '../../src/output/yaml-stream.js';
import { dict, type PyValue } from '../../src/value/model.js';

const options = { color: false, terminalWidth: 80 };
const yaml = (value: PyValue): string => yamlFormat('UpdateSecret', value, options).join('');
const stream = (value: PyValue): string => streamFormat('UpdateSecret', value, options).join('');

describe('yaml output', () => {
  it('sorts keys and writes plain scalars', () => {
    expect(yaml(dict({ VersionId: 'v', ARN: 'arn:x', Name: 'n' }))).toBe('ARN: arn:x\nName: n\nVersionId: v\n');
  });

  it.each(['123', 'true', 'null', '1.5', '1e3', '0x1F', '.inf', '2024-01-01', '@x', 'a: b', 'a #b', '', '- x', '#', ' lead', 'trail '])(
    'single-quotes %j, which would not read back as that string',
    (word) => {
      expect(yaml(dict({ k: word }))).toBe(`k: '${word}'\n`);
    },
  );

  it.each(['yes', 'on', 'off', '-x', '=x', 'with space', '日本語', 'x/y+z=w.v@u-t'])('leaves %j plain (YAML 1.2 rules)', (word) => {
    expect(yaml(dict({ k: word }))).toBe(`k: ${word}\n`);
  });

  it('double-quotes strings with control or astral characters, with libyaml escapes', () => {
    expect(yaml(dict({ k: 'a\tb\nc\x01d\x7fe\u2028f🔑' }))).toBe('k: "a\\tb\\nc\\x01d\\x7Fe\\Lf\\U0001F511"\n');
  });

  it('folds a long plain line at the first space past column 80, indenting the rest', () => {
    const words = Array.from({ length: 25 }, (_, i) => `word${String(i).padStart(2, '0')}`);
    expect(yaml(dict({ Name: words.join(' ') }))).toBe(
      'Name: word00 word01 word02 word03 word04 word05 word06 word07 word08 word09 word10\n' +
        '  word11 word12 word13 word14 word15 word16 word17 word18 word19 word20 word21 word22\n' +
        '  word23 word24\n',
    );
  });

  it('writes a multi-line string single-quoted, each newline doubled', () => {
    expect(yaml(dict({ multi: 'one\ntwo\n' }))).toBe("multi: 'one\n\n  two\n\n  '\n");
  });

  it('does not indent a list under a key, and writes empty collections in flow style', () => {
    const value = dict({ l: ['a', dict({ b: [1n, 2.5, null] })], e: [], m: new Map() });
    expect(yaml(value)).toBe('e: []\nl:\n- a\n- b:\n  - 1\n  - 2.5\n  - null\nm: {}\n');
  });

  it('writes a key longer than 128 bytes in the explicit ? form', () => {
    expect(yaml(dict({ ['k'.repeat(129)]: 'v' }))).toBe(`? ${'k'.repeat(129)}\n: v\n`);
  });

  it('anchors a dict that appears twice', () => {
    const shared = dict({ a: 1n });
    expect(yaml([shared, shared])).toBe('- &id001\n  a: 1\n- *id001\n');
  });

  it('prints a top-level scalar as JSON, and nothing for an empty dict', () => {
    expect([' a1', null, 12n, true, '', 'yes', 1.0].map(yaml)).toEqual(['" a1"\n', 'null\n', '12\n', 'true\n', '""\n', '"yes"\n', '1.0\n']);
    expect(yaml([])).toBe('[]\n');
    expect(yaml(new Map())).toBe('');
  });
});

describe('yaml-stream output', () => {
  it('wraps the result in a one-element list', () => {
    expect(stream(dict({ Name: 'n', ARN: 'arn:x' }))).toBe('- ARN: arn:x\n  Name: n\n');
  });

  it('writes scalars as YAML, not JSON', () => {
    expect(['a1', null, 12n, '', 'yes', '123'].map(stream)).toEqual(['- a1\n', '- null\n', '- 12\n', "- ''\n", '- yes\n', "- '123'\n"]);
    expect(stream([])).toBe('- []\n');
  });

  it('prints nothing for an empty dict', () => {
    expect(stream(new Map())).toBe('');
  });
});
