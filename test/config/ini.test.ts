/**
 * The config-file reader against aws-cli's own (configparser.RawConfigParser,
 * strict, plus botocore's one level of nesting): test/config/fixtures.json,
 * from scripts/gen-config-fixtures.py.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { IniParseError, parseIni, type IniFile } from '../../src/config/ini.js';

interface IniCase {
  text: string;
  error?: true;
  sections?: [string, [string, string | Record<string, string>][]][];
}

const cases: IniCase[] = JSON.parse(readFileSync(new URL('./fixtures.json', import.meta.url), 'utf8')).cases;

function entries(file: IniFile): IniCase['sections'] {
  return [...file].map(([name, values]) => [name, [...values]]);
}

function outcome(text: string): Pick<IniCase, 'error' | 'sections'> {
  try {
    return { sections: entries(parseIni(text)) };
  } catch (error) {
    if (!(error instanceof IniParseError)) throw error;
    return { error: true };
  }
}

/**
 * Inputs where we part from Python; each has its own failing test below.
 */
const KNOWN = new Map<string, string>([
  ['[DEFAULT]\nregion = r\n[default]\noutput = json\n', 'default-order'],
  ['[DEFAULT]\na = 1\n[DEFAULT]\nb = 2\n[x]\nc = 3\n', 'default-order'],
  ['[x]\nc = 3\n[DEFAULT]\na = 1\n', 'default-order'],
  ['[default]\na = x\u2028y\n', 'u2028'],
  ['\ufeff[default]\na = 1\n', 'bom'],
]);

describe('parseIni against aws-cli', () => {
  const agreed = cases.filter((c) => !KNOWN.has(c.text));

  it('has the recorded cases', () => {
    expect(cases.length).toBeGreaterThan(70);
    expect(cases.filter((c) => KNOWN.has(c.text))).toHaveLength(KNOWN.size);
  });

  it.each(agreed.map((c) => [JSON.stringify(c.text), c] as const))('reads %s as aws-cli does', (_label, c) => {
    const { text, ...expected } = c;
    expect(outcome(text)).toEqual(expected);
  });

  // configparser lists a section's own keys first and then the [DEFAULT]
  // keys it lacks (`cp.options()` is the section dict updated with the
  // defaults): '[DEFAULT]\nregion = r\n[default]\noutput = json' gives
  // output, region. We give the defaults first. Values agree; only the key
  // order differs, which nothing prints today.
  it.each(cases.filter((c) => KNOWN.get(c.text) === 'default-order').map((c) => [JSON.stringify(c.text), c] as const))(
    'orders %s as configparser does: own keys, then [DEFAULT] keys',
    (_label, c) => {
      const { text, ...expected } = c;
      expect(outcome(text)).toEqual(expected);
    },
  );

  it('gives [DEFAULT] values to every section, own values winning', () => {
    const file = parseIni('[DEFAULT]\nregion = r\noutput = text\n[default]\nregion = s\n[profile p]\n');
    expect(Object.fromEntries(file.get('default')!)).toEqual({ region: 's', output: 'text' });
    expect(Object.fromEntries(file.get('profile p')!)).toEqual({ region: 'r', output: 'text' });
    expect(file.has('DEFAULT')).toBe(false);
  });

  // Python's `.` matches U+2028 (only \n is excluded), so 'a = x\u2028y' is
  // the value 'x\u2028y'. JavaScript's `.` stops at U+2028/U+2029 and the
  // option regex fails, so the whole file is refused.
  it('reads a value containing U+2028 as Python does', () => {
    expect(outcome('[default]\na = x\u2028y\n')).toEqual({ sections: [['default', [['a', 'x\u2028y']]]] });
  });

  // Python's str.strip() does not count U+FEFF as whitespace, JavaScript's
  // \s does. A file that starts with a byte-order mark therefore has no
  // section header for configparser (aws-cli 2.9.19: "Unable to parse config
  // file: <path>", rc 255), and 'region = us-east-1\ufeff' keeps the BOM
  // (aws-cli: "Provided region_name ... doesn't match a supported format").
  // We strip it in both places and carry on.
  it('refuses a file that starts with a byte-order mark', () => {
    expect(outcome('\ufeff[default]\na = 1\n')).toEqual({ error: true });
  });

  it('keeps a trailing U+FEFF in a value', () => {
    expect(outcome('[default]\nregion = us-east-1\ufeff\n')).toEqual({ sections: [['default', [['region', 'us-east-1\ufeff']]]] });
  });
});

describe('parseIni', () => {
  it('lower-cases keys but not section names or values', () => {
    expect(entries(parseIni('[Profile Dev]\nRegion = EU-West-1\n'))).toEqual([['Profile Dev', [['region', 'EU-West-1']]]]);
  });

  it('splits at the first = or :, whichever comes first', () => {
    expect(entries(parseIni('[s]\na = b: c\nd: e = f\n'))).toEqual([['s', [['a', 'b: c'], ['d', 'e = f']]]]);
  });

  it('treats # and ; as comments only at the start of a line', () => {
    expect(entries(parseIni('[s]\n# c\n  ; c\na = 1 # kept\n'))).toEqual([['s', [['a', '1 # kept']]]]);
  });

  it('joins indented lines to the value above with newlines, keeping inner blank lines', () => {
    expect(entries(parseIni('[s]\na = one\n  two\n\n  three\n\n'))).toEqual([['s', [['a', 'one\ntwo\n\nthree']]]]);
  });

  it('reads an indented block under an empty value as one level of nested settings', () => {
    expect(entries(parseIni('[s]\ns3 =\n  max_concurrent_requests = 10\n  addressing_style = path\nregion = r\n'))).toEqual([
      ['s', [['s3', { max_concurrent_requests: '10', addressing_style: 'path' }], ['region', 'r']]],
    ]);
  });

  it.each([
    ['a line outside any section', 'region = r\n'],
    ['a duplicate section', '[a]\n[a]\n'],
    ['a duplicate key', '[a]\nk = 1\nK = 2\n'],
    ['a line without = or :', '[a]\njust words\n'],
    ['an empty key', '[a]\n= v\n'],
    ['an empty section name', '[]\n'],
    ['a nested line without =', '[a]\ns3 =\n  words\n'],
  ])('refuses %s', (_what, text) => {
    expect(() => parseIni(text)).toThrow(IniParseError);
  });

  it('refuses a file with a bad line whatever else follows it', () => {
    // configparser collects bad lines and raises at the end; duplicates raise at once.
    expect(() => parseIni('[a]\nbad line\n[a]\n')).toThrow(IniParseError);
    expect(() => parseIni('[a]\nbad line\n[b]\nk = v\n')).toThrow(IniParseError);
  });

  it('accepts CRLF and CR line ends', () => {
    expect(entries(parseIni('[s]\r\na = 1\r\nb = 2\rc = 3'))).toEqual([['s', [['a', '1'], ['b', '2'], ['c', '3']]]]);
  });

  it('reads an empty file, or one with only comments, as no sections', () => {
    expect(parseIni('').size).toBe(0);
    expect(parseIni('# x\n\n; y\n').size).toBe(0);
  });
});
