/**
 * Python's `==`, `in` and ordering over the value model, shared by the
 * query engine and the formatters. Where Python raises a TypeError (`'<'`
 * between a str and an int) the result here is undefined, so that each
 * caller throws its own error class with `notOrderable`'s text.
 */
import { pyTypeName, type PyValue } from './model.js';

/** Numeric view of a bool/int/float, as Python's bool is an int. */
export function pyNumber(value: PyValue): bigint | number | undefined {
  if (typeof value === 'boolean') return value ? 1n : 0n;
  if (typeof value === 'bigint' || typeof value === 'number') return value;
  return undefined;
}

/**
 * Three-way comparison of two Python numbers, exact across int and float as
 * Python's is (2**53 + 1 != 2.0**53). Undefined when a NaN makes them
 * unordered.
 */
export function compareNumbers(a: bigint | number, b: bigint | number): -1 | 0 | 1 | undefined {
  if (typeof a === 'number' && typeof b === 'number') {
    if (Number.isNaN(a) || Number.isNaN(b)) return undefined;
    return a < b ? -1 : a > b ? 1 : 0;
  }
  if (typeof a === 'bigint' && typeof b === 'bigint') return a < b ? -1 : a > b ? 1 : 0;
  if (typeof a === 'number') {
    const r = compareNumbers(b, a);
    return r === undefined ? undefined : ((-r || 0) as -1 | 0 | 1);
  }
  // a is an int, b a float.
  const f = b as number;
  if (Number.isNaN(f)) return undefined;
  if (f === Infinity) return -1;
  if (f === -Infinity) return 1;
  const floor = Math.floor(f);
  const whole = BigInt(floor);
  if (a < whole) return -1;
  if (a > whole) return 1;
  return f > floor ? -1 : 0;
}

/**
 * Python's str ordering compares code points; JS compares UTF-16 units, which
 * disagree for astral characters (surrogates) against U+E000..U+FFFF.
 * Remapping each unit restores code-point order for well-formed strings.
 */
export function compareStrings(a: string, b: string): -1 | 0 | 1 {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x !== y) return codePointRank(x) < codePointRank(y) ? -1 : 1;
  }
  return a.length < b.length ? -1 : a.length > b.length ? 1 : 0;
}

function codePointRank(unit: number): number {
  if (unit >= 0xd800 && unit <= 0xdfff) return unit + 0x2000;
  if (unit >= 0xe000) return unit - 0x800;
  return unit;
}

/**
 * Python's `a == b` on two values. `nested` is set inside containers and for
 * `in`, where CPython compares with PyObject_RichCompareBool, which treats an
 * object as equal to itself; the only visible effect is NaN, and since
 * json.loads hands out one shared NaN object, a NaN there equals a NaN.
 * Objects from outside the model (a JMESPath `&expr`) equal only themselves.
 */
export function pyEquals(a: PyValue, b: PyValue, nested = false): boolean {
  if (a === b) return true;
  const x = pyNumber(a);
  const y = pyNumber(b);
  if (x !== undefined || y !== undefined) {
    if (x === undefined || y === undefined) return false;
    if (nested && typeof x === 'number' && typeof y === 'number' && Number.isNaN(x) && Number.isNaN(y)) return true;
    return compareNumbers(x, y) === 0;
  }
  if (a === null || b === null || typeof a === 'string' || typeof b === 'string') return false;
  if (a instanceof Uint8Array || b instanceof Uint8Array) {
    if (!(a instanceof Uint8Array && b instanceof Uint8Array) || a.length !== b.length) return false;
    return a.every((byte, i) => byte === b[i]);
  }
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!(Array.isArray(a) && Array.isArray(b)) || a.length !== b.length) return false;
    return a.every((item, i) => pyEquals(item, b[i]!, true));
  }
  // Two dicts: same keys, equal values, order irrelevant.
  if (!(a instanceof Map && b instanceof Map)) return false;
  if (a.size !== b.size) return false;
  for (const [key, item] of a) {
    if (!b.has(key) || !pyEquals(item, b.get(key)!, true)) return false;
  }
  return true;
}

/** `value in list`: RichCompareBool against each element. */
export function listContains(list: readonly PyValue[], value: PyValue): boolean {
  return list.some((item) => pyEquals(item, value, true));
}

export type OrderOp = '<' | '<=' | '>' | '>=';

/**
 * Python's `a < b` (and friends) for numbers (bool counts as int) and str.
 * NaN is unordered: every comparison with it is false. Undefined for any
 * other pair, where Python raises `notOrderable(op, a, b)` as a TypeError.
 */
export function pyOrder(a: PyValue, b: PyValue, op: OrderOp): boolean | undefined {
  const x = pyNumber(a);
  const y = pyNumber(b);
  let cmp: -1 | 0 | 1 | undefined;
  if (x !== undefined && y !== undefined) cmp = compareNumbers(x, y);
  else if (typeof a === 'string' && typeof b === 'string') cmp = compareStrings(a, b);
  else return undefined;
  if (cmp === undefined) return false;
  switch (op) {
    case '<':
      return cmp < 0;
    case '<=':
      return cmp <= 0;
    case '>':
      return cmp > 0;
    case '>=':
      return cmp >= 0;
  }
}

/** The TypeError text for a pair `pyOrder` cannot order, with the operand order Python reports. */
export function notOrderable(op: OrderOp, a: PyValue, b: PyValue): string {
  return `'${op}' not supported between instances of '${pyTypeName(a)}' and '${pyTypeName(b)}'`;
}
