import { describe, expect, it } from 'vitest';
import { dumpJson, JsonDecodeError, parseJson } from '../../src/value/json.js';
import { dict } from '../../src/value/model.js';

describe('parseJson', () => {
  it('keeps ints and floats apart', () => {
    expect(parseJson('[1, 1.0, 1e3, -0, 12345678901234567890]')).toEqual([1n, 1, 1000, -0n, 12345678901234567890n]);
  });
  it('keeps object key order, including integer-like keys', () => {
    const value = parseJson('{"b": 1, "1": 2, "a": 3}') as Map<string, unknown>;
    expect([...value.keys()]).toEqual(['b', '1', 'a']);
  });
  it('lets a repeated key keep its first position with the last value', () => {
    expect(parseJson('{"a": 1, "b": 2, "a": 3}')).toEqual(dict({ a: 3n, b: 2n }));
  });
  it('accepts NaN and Infinity as Python does', () => {
    expect(parseJson('[NaN, Infinity, -Infinity]')).toEqual([NaN, Infinity, -Infinity]);
  });
  it('decodes escapes, lone surrogates included', () => {
    expect(parseJson('"a\\u00e9\\ud83d\\udd11\\ud800\\/\\n"')).toBe('aé🔑\ud800/\n');
  });
  it.each(['{not json', '[1,]', '"a\tb"', '1 2', '', '{"a" 1}', "'x'"])('rejects %j', (text) => {
    expect(() => parseJson(text)).toThrow(JsonDecodeError);
  });
});

describe('dumpJson', () => {
  const value = dict({ s: 'a"b\\c\nd\te/f<g>&h é 🔑\x7f\u2028\x01', i: 3n, f: 1.0, l: [], d: new Map(), n: null, t: true });
  it('matches json.dumps(indent=4, ensure_ascii=False)', () => {
    expect(dumpJson(value, { indent: 4, ensureAscii: false })).toBe(
      '{\n    "s": "a\\"b\\\\c\\nd\\te/f<g>&h é 🔑\x7f\u2028\\u0001",\n    "i": 3,\n    "f": 1.0,\n    "l": [],\n    "d": {},\n    "n": null,\n    "t": true\n}',
    );
  });
  it('matches json.dumps() with ensure_ascii on one line', () => {
    expect(dumpJson(value)).toBe(
      '{"s": "a\\"b\\\\c\\nd\\te/f<g>&h \\u00e9 \\ud83d\\udd11\\u007f\\u2028\\u0001", "i": 3, "f": 1.0, "l": [], "d": {}, "n": null, "t": true}',
    );
  });
  it('takes compact separators', () => {
    expect(dumpJson([1n, dict({ a: 2n })], { itemSeparator: ',', keySeparator: ':' })).toBe('[1,{"a":2}]');
  });
});
