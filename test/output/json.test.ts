/** `--output json` behaviours (spec/awscli-behavior.md §3.1 and §6). */
import { describe, expect, it } from 'vitest';
import { format } from '../../src/output/json.js';
import { PythonError } from '../../src/output/python.js';
import { dict, type PyValue } from '../../src/value/model.js';

function json(value: PyValue): string {
  return format('UpdateSecret', value, { color: false, terminalWidth: 80 }).join('');
}

describe('json output', () => {
  it('prints nothing at all for an empty dict, but [] for an empty list', () => {
    expect(json(new Map())).toBe('');
    expect(json([])).toBe('[]\n');
  });

  it('prints scalars as JSON values', () => {
    expect([null, '', 1.0, NaN, 12n, true].map(json)).toEqual(['null\n', '""\n', '1.0\n', 'NaN\n', '12\n', 'true\n']);
  });

  it('keeps key order, escapes only what json.dumps escapes, and writes UTF-8 raw', () => {
    const value = dict({ z: 'a\tb\nc\x01d\x7fe\u2028f"g\\h/ié🔑', a: [], m: new Map(), n: 10n ** 20n });
    expect(json(value)).toBe(
      '{\n    "z": "a\\tb\\nc\\u0001d\x7fe\u2028f\\"g\\\\h/ié🔑",\n    "a": [],\n    "m": {},\n    "n": 100000000000000000000\n}\n',
    );
  });

  it('fails on bytes after writing what came before, as json.dump streams', () => {
    const error = (() => {
      try {
        json(dict({ a: 'x', b: new Uint8Array([1]) }));
      } catch (e) {
        return e as PythonError;
      }
    })();
    expect(error?.message).toBe('Circular reference detected');
    expect(error?.written.join('')).toBe('{\n    "a": "x",\n    "b": ');
  });
});
