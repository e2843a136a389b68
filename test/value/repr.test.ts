import { describe, expect, it } from 'vitest';
import { dict } from '../../src/value/model.js';
import { bytesRepr, floatRepr, pyStr, strRepr } from '../../src/value/repr.js';

// Expected strings were printed by CPython 3.11.
describe('floatRepr', () => {
  const cases: [number, string][] = [
    [1.0, '1.0'], [0.1, '0.1'], [1e16, '1e+16'], [1.5e16, '1.5e+16'], [1e-5, '1e-05'],
    [0.0001, '0.0001'], [123456789.123, '123456789.123'], [1e22, '1e+22'], [-2.5, '-2.5'],
    [5e-324, '5e-324'], [1.7976931348623157e308, '1.7976931348623157e+308'], [0.3, '0.3'],
    [100.0, '100.0'], [1234567890123456.0, '1234567890123456.0'],
    [12345678901234567.0, '1.2345678901234568e+16'], [-0.0, '-0.0'],
  ];
  it.each(cases)('prints %d as Python does', (value, expected) => {
    expect(floatRepr(value)).toBe(expected);
  });
});

describe('strRepr', () => {
  const cases: [string, string][] = [
    ["a'b", `"a'b"`], ['a"b', `'a"b'`], ['a\'b"c', `'a\\'b"c'`],
    ['tab\tnl\ncr\r', "'tab\\tnl\\ncr\\r'"], ['\x01\x7f', "'\\x01\\x7f'"],
    ['é秘🔑', "'é秘🔑'"], ['\u2028\u00a0\u200b', "'\\u2028\\xa0\\u200b'"], ['\ud800x', "'\\ud800x'"],
  ];
  it.each(cases)('quotes %j as Python does', (value, expected) => {
    expect(strRepr(value)).toBe(expected);
  });
});

describe('bytesRepr', () => {
  it('escapes bytes and picks quotes as Python does', () => {
    expect(bytesRepr(Buffer.from("a'b"))).toBe(`b"a'b"`);
    expect(bytesRepr(Uint8Array.from([0, 0xff, 9, 0x22]))).toBe(`b'\\x00\\xff\\t"'`);
    expect(bytesRepr(Buffer.from('a"b\'c'))).toBe(`b'a"b\\'c'`);
  });
});

describe('pyStr', () => {
  it('prints containers with repr of their items', () => {
    const value = dict({ a: [1n, 2.0, null, true, 'x'], b: new Map() });
    expect(pyStr(value)).toBe("{'a': [1, 2.0, None, True, 'x'], 'b': {}}");
  });
});
