/**
 * `--output table` behaviours from spec/awscli-behavior.md §3.3 and §6.
 * Expected text was printed by aws-cli 2.9.19; fixtures.test.ts covers the
 * long tail.
 */
import { describe, expect, it } from 'vitest';
import type { FormatOptions } from '../../src/output/formatter.js';
import { PythonError } from '../../src/output/python.js';
import { format } from '../../src/output/table.js';
import { pyRound } from '../../src/output/table-layout.js';
import { withAutoreset } from '../../src/output/table-style.js';
import { textWidth } from '../../src/output/widths.js';
import { dict, type PyValue } from '../../src/value/model.js';

const ARN = 'arn:aws:secretsmanager:us-east-1:123456789012:secret:MyTestSecret-a1b2c3';
const UUID = 'a1b2c3d4-5678-90ab-cdef-EXAMPLE11111';
const PIPE: FormatOptions = { color: false, terminalWidth: 80 };

function table(value: PyValue, options: Partial<FormatOptions> = {}, title = 'UpdateSecret'): string {
  return format(title, value, { ...PIPE, ...options }).join('');
}

function lines(...rows: string[]): string {
  return rows.map((row) => row + '\n').join('');
}

describe('table layout', () => {
  it('switches a too-wide single-row section to key/value rows', () => {
    expect(table(dict({ ARN, Name: 'MyTestSecret', VersionId: UUID }))).toBe(
      lines(
        '-------------------------------------------------------------------------------------------',
        '|                                      UpdateSecret                                       |',
        '+-----------+-----------------------------------------------------------------------------+',
        `|  ARN      |  ${ARN}   |`,
        '|  Name     |  MyTestSecret                                                               |',
        `|  VersionId|  ${UUID}                                       |`,
        '+-----------+-----------------------------------------------------------------------------+',
      ),
    );
  });

  it('keeps a single-row section horizontal when it fits the terminal', () => {
    expect(table(dict({ ARN: 'arn:a', Name: 'n', VersionId: 'v1' }))).toBe(
      lines(
        '--------------------------------',
        '|         UpdateSecret         |',
        '+-------+--------+-------------+',
        '|  ARN  | Name   |  VersionId  |',
        '+-------+--------+-------------+',
        '|  arn:a|  n     |  v1         |',
        '+-------+--------+-------------+',
      ),
    );
  });

  it('prints the horizontal table on a terminal 200 columns wide', () => {
    const arn = 'arn:aws:secretsmanager:us-east-1:123456789012:secret:x-AbCdEf';
    expect(table(dict({ ARN: arn, Name: 'x', VersionId: 'v' }), { terminalWidth: 200 })).toBe(
      lines(
        '----------------------------------------------------------------------------------------',
        '|                                     UpdateSecret                                     |',
        '+-----------------------------------------------------------------+-------+------------+',
        '|                               ARN                               | Name  | VersionId  |',
        '+-----------------------------------------------------------------+-------+------------+',
        `|  ${arn}  |  x    |  v         |`,
        '+-----------------------------------------------------------------+-------+------------+',
      ),
    );
  });

  it('converts even the smallest table on a terminal reporting 0 columns', () => {
    expect(table(dict({ a: 'b', c: 'd' }), { terminalWidth: 0 })).toBe(
      lines('--------------', '|UpdateSecret|', '+-----+------+', '|  a  |  b   |', '|  c  |  d   |', '+-----+------+'),
    );
  });

  it('draws a scalar result as a title-only box', () => {
    expect(table('a1b2c3d4')).toBe(lines('--------------', '|UpdateSecret|', '+------------+'));
  });

  it.each<[string, PyValue]>([['None', null], ["''", ''], ['0', 0n], ['0.0', 0.0], ['False', false], ['[]', []], ['{}', new Map()]])(
    'prints nothing at all for the falsy result %s',
    (_, value) => {
      expect(format('UpdateSecret', value, PIPE)).toEqual([]);
    },
  );

  it('sorts keys and nests non-scalar values one level deeper between | bars', () => {
    expect(table(dict({ b: UUID, a: 'MyTestSecret', x: dict({ z: 'MyTestSecret', y: ARN }) }))).toBe(
      lines(
        '-------------------------------------------------------------------------------------',
        '|                                   UpdateSecret                                    |',
        '+-------+---------------------------------------------------------------------------+',
        '|  a    |  MyTestSecret                                                             |',
        `|  b    |  ${UUID}                                     |`,
        '+-------+---------------------------------------------------------------------------+',
        '||                                        x                                        ||',
        '|+---+-----------------------------------------------------------------------------+|',
        `||  y|  ${ARN}   ||`,
        '||  z|  MyTestSecret                                                               ||',
        '|+---+-----------------------------------------------------------------------------+|',
      ),
    );
  });

  it('repeats the section and its headers for each list element that has nested values', () => {
    const value = dict({
      Items: [dict({ a: 1n, l: [dict({ x: 1n }), dict({ x: 2n, y: 3n })] }), dict({ a: 2n })],
    });
    expect(table(value, { terminalWidth: 200 })).toBe(
      lines(
        '----------------',
        '| UpdateSecret |',
        '+--------------+',
        '||    Items   ||',
        '|+------------+|',
        '||      a     ||',
        '|+------------+|',
        '||  1         ||',
        '|+------------+|',
        '|||     l    |||',
        '||+----+-----+||',
        '|||  x |  y  |||',
        '||+----+-----+||',
        '|||  1 |     |||',
        '|||  2 |  3  |||',
        '||+----+-----+||',
        '||    Items   ||',
        '|+------------+|',
        '||      a     ||',
        '|+------------+|',
        '||  2         ||',
        '|+------------+|',
      ),
    );
  });

  it('prints cells with str(): None, True and 1.0', () => {
    expect(table([['x', null], [true, 1.0]])).toBe(
      lines('------------------', '|  UpdateSecret  |', '+-------+--------+', '|  x    |  None  |', '|  True |  1.0   |', '+-------+--------+'),
    );
  });

  it('raises when rows in one section have different lengths', () => {
    const value = [['MyTestSecret', UUID], [ARN]];
    expect(() => table(value)).toThrow(new PythonError('ValueError', 'Row should have 2 elements, instead it has 1'));
    expect(() => table([['a'], ['b', 'c']])).toThrow('Row should have 1 elements, instead it has 2');
  });

  it('writes a dict found among lists of scalars as a row of its keys', () => {
    expect(table([['p', 'q'], dict({ a: 1n, b: 2n })])).toBe(
      lines('--------------', '|UpdateSecret|', '+-----+------+', '|  p  |  q   |', '|  a  |  b   |', '+-----+------+'),
    );
  });

  it('raises what Python raises for a string in a list of dicts', () => {
    // Python first indexes the string with its own characters, then calls .get on it.
    expect(() => table([dict({ a: 1n }), 'x'])).toThrow("string indices must be integers, not 'str'");
    expect(() => table([dict({ a: 1n }), ''])).toThrow("'str' object has no attribute 'get'");
  });
});

describe('display width', () => {
  it('counts ambiguous-width é as two columns', () => {
    expect(textWidth('é')).toBe(2);
    expect(textWidth('ü')).toBe(2);
    expect(textWidth('ß')).toBe(2);
  });

  it('counts neutral Ü and ï as one column, wide CJK and emoji as two', () => {
    expect(textWidth('Üï')).toBe(2);
    expect(textWidth('秘密🔑')).toBe(6);
  });

  it('measures the non-ASCII ARN of the spec as 83 columns', () => {
    const arn = 'arn:aws:secretsmanager:us-east-1:123456789012:secret:café-秘密-🔑-Ünïcødé-AbCdEf';
    expect([...arn].length).toBe(77);
    expect(textWidth(arn)).toBe(83);
  });

  it('pads cells by display width, so wide characters take fewer spaces', () => {
    expect(table(dict({ name: 'app/db-password', note: 'dépôt clé 秘密 🔑 ünï', tab: 'a\tb' }))).toBe(
      lines(
        '--------------------------------------------------------',
        '|                     UpdateSecret                     |',
        '+------------------+----------------------------+------+',
        '|       name       |           note             | tab  |',
        '+------------------+----------------------------+------+',
        '|  app/db-password |  dépôt clé 秘密 🔑 ünï  |  a\tb |',
        '+------------------+----------------------------+------+',
      ),
    );
  });
});

describe('column scaling', () => {
  it('rounds halves to even, as Python 3 does', () => {
    expect([0.5, 1.5, 2.5, -0.5, -1.5, 2.4999999999999996, 3.5000000000000004].map(pyRound)).toEqual([
      0, 2, 2, -0, -2, 2, 4,
    ]);
  });
});

describe('table colour', () => {
  const colour: Partial<FormatOptions> = { color: true };

  it('styles data cells bright blue and nested bars dim yellow, padding from the plain text', () => {
    expect(table(dict({ a: 'b', x: dict({ y: 'z' }) }), colour)).toBe(
      lines(
        '--------------',
        '|UpdateSecret|',
        '+-----+------+',
        '|  \x1b[1m\x1b[34ma\x1b[0m  |  \x1b[1m\x1b[34mb\x1b[0m   |',
        '+-----+------+',
        '\x1b[2m\x1b[33m|\x1b[0m|     x    |\x1b[2m\x1b[33m|\x1b[0m',
        '\x1b[2m\x1b[33m|\x1b[0m+----+-----+\x1b[2m\x1b[33m|\x1b[0m',
        '\x1b[2m\x1b[33m|\x1b[0m|  \x1b[1m\x1b[34my\x1b[0m |  \x1b[1m\x1b[34mz\x1b[0m  |\x1b[2m\x1b[33m|\x1b[0m',
        '\x1b[2m\x1b[33m|\x1b[0m+----+-----+\x1b[2m\x1b[33m|\x1b[0m',
      ),
    );
  });

  it('writes each line as indent, text, indent and newline, so autoreset follows each', () => {
    const writes = format('UpdateSecret', dict({ ARN, Name: 'MyTestSecret', VersionId: UUID }), { ...PIPE, color: true });
    expect(writes.slice(0, 5)).toEqual([
      '-'.repeat(91) + '\n',
      '',
      '|                                      UpdateSecret                                       |',
      '',
      '\n',
    ]);
    const bytes = withAutoreset(writes);
    expect(bytes.startsWith(`${'-'.repeat(91)}\n\x1b[0m\x1b[0m|                                      UpdateSecret`)).toBe(true);
    expect(bytes).toContain(`\n\x1b[0m\x1b[0m|  \x1b[1m\x1b[34mARN\x1b[0m      |  \x1b[1m\x1b[34m${ARN}\x1b[0m   |\x1b[0m\x1b[0m\n`);
    expect(bytes.endsWith('+\x1b[0m\x1b[0m\n\x1b[0m')).toBe(true);
  });

  it('reproduces the aws-cli 2.36.7 transcript for --color on through a pipe', () => {
    // Golden case 72 of /work/shared/golden/aws-cli-2.36.7.json; its ARN was
    // 75 characters before normalisation to <ARN>.
    const arn = 'arn:aws:secretsmanager:us-east-1:123456789012:secret:app/db-password-AbCdEf'.padEnd(75, 'x');
    const value = dict({ ARN: arn, Name: 'app/db-password', VersionId: UUID });
    const bytes = withAutoreset(format('UpdateSecret', value, { ...PIPE, color: true }));
    const rule = '+-----------+' + '-'.repeat(80) + '+';
    const line = (text: string): string => `\x1b[0m\x1b[0m${text}\x1b[0m\x1b[0m\n`;
    const cell = (text: string): string => `\x1b[1m\x1b[34m${text}\x1b[0m`;
    expect(bytes.replace(arn, '<ARN>').replace(UUID, '<UUID>')).toBe(
      '-'.repeat(94) + '\n' +
        line(`|${' '.repeat(40)}UpdateSecret${' '.repeat(40)}|`) +
        line(rule) +
        line(`|  ${cell('ARN')}      |  ${cell('<ARN>')}   |`) +
        line(`|  ${cell('Name')}     |  ${cell('app/db-password')}${' '.repeat(63)}|`) +
        line(`|  ${cell('VersionId')}|  ${cell('<UUID>')}${' '.repeat(42)}|`) +
        line(rule) +
        '\x1b[0m',
    );
  });
});
