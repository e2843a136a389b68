/**
 * The bits of Python semantics aws-cli's formatters lean on without saying
 * so: sort order, iteration, subscripts, and the exceptions they raise. A
 * `--query` can hand the formatters shapes they were never written for (a
 * list mixing dicts and strings), and aws-cli then prints whatever Python
 * raised, so the same exceptions are reproduced here.
 */
import type { PyValue } from '../value/model.js';
import { isDict, pyTypeName } from '../value/model.js';
import { PythonError } from '../errors.js';

export { PythonError };

export function noAttribute(value: PyValue, attribute: string): PythonError {
  return new PythonError('AttributeError', `'${pyTypeName(value)}' object has no attribute '${attribute}'`);
}

/** Python compares str by code point; JS `<` compares UTF-16 units, which puts
 *  astral characters (surrogates) before U+E000..U+FFFF. */
export function compareCodePoints(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const ca = a.charCodeAt(i);
    const cb = b.charCodeAt(i);
    if (ca !== cb) return codeUnitRank(ca) - codeUnitRank(cb);
  }
  return a.length - b.length;
}

function codeUnitRank(unit: number): number {
  if (unit >= 0xd800 && unit <= 0xdfff) return unit + 0x2000;
  return unit >= 0xe000 ? unit - 0x800 : unit;
}

/** `sorted(keys)` for dict keys, which are always str. */
export function sortedKeys(keys: Iterable<string>): string[] {
  return [...keys].sort(compareCodePoints);
}

export function isScalar(value: PyValue): boolean {
  return !Array.isArray(value) && !isDict(value);
}

/** `for x in value`: dict keys, list items, str code points, bytes as ints. */
export function pyIterate(value: PyValue): PyValue[] {
  if (Array.isArray(value)) return value;
  if (isDict(value)) return [...value.keys()];
  if (typeof value === 'string') return Array.from(value);
  if (value instanceof Uint8Array) return Array.from(value, (b) => BigInt(b));
  throw new PythonError('TypeError', `'${pyTypeName(value)}' object is not iterable`);
}

/** `container[key]` for the sequences `pyIterate` walks (dicts are looked up directly). */
export function pySubscript(container: PyValue[] | string | Uint8Array, key: PyValue): PyValue {
  if (typeof container === 'string') {
    throw new PythonError('TypeError', `string indices must be integers, not '${pyTypeName(key)}'`);
  }
  const isList = Array.isArray(container);
  if (typeof key !== 'bigint' && typeof key !== 'boolean') {
    throw new PythonError('TypeError', `${isList ? 'list' : 'byte'} indices must be integers or slices, not ${pyTypeName(key)}`);
  }
  if (typeof key === 'bigint' && (key >= 2n ** 63n || key < -(2n ** 63n))) {
    throw new PythonError('IndexError', "cannot fit 'int' into an index-sized integer");
  }
  let index = Number(key);
  if (index < 0) index += container.length;
  if (index < 0 || index >= container.length) {
    throw new PythonError('IndexError', isList ? 'list index out of range' : 'index out of range');
  }
  return isList ? container[index]! : BigInt((container as Uint8Array)[index]!);
}

/** `item in container`, for the containers a list element can be. */
export function pyContains(container: PyValue, item: PyValue): boolean {
  if (isDict(container)) return typeof item === 'string' && container.has(item);
  if (Array.isArray(container)) return container.some((element) => scalarEquals(element, item));
  if (typeof container === 'string') {
    if (typeof item !== 'string') {
      throw new PythonError('TypeError', `'in <string>' requires string as left operand, not ${pyTypeName(item)}`);
    }
    return container.includes(item);
  }
  if (container instanceof Uint8Array) {
    if (typeof item === 'string') throw new PythonError('TypeError', "a bytes-like object is required, not 'str'");
    return container.includes(Number(item));
  }
  throw new PythonError('TypeError', `argument of type '${pyTypeName(container)}' is not iterable`);
}

/** `==` between a str, int or bool and any value. */
function scalarEquals(a: PyValue, b: PyValue): boolean {
  if (typeof a === 'string' || typeof b === 'string') return a === b;
  const number = (v: PyValue): number | bigint | undefined =>
    typeof v === 'boolean' ? BigInt(v) : typeof v === 'bigint' || typeof v === 'number' ? v : undefined;
  const [x, y] = [number(a), number(b)];
  // Loose equality compares a bigint with a number by value, as Python does.
  return x !== undefined && y !== undefined && x == y;
}

/**
 * The elements of a Python set built by adding `values` in order: equal
 * values (1 and True included) keep the first one added. Only str, int and
 * bool reach here (dict keys and list indices).
 */
export function pySet(values: PyValue[]): PyValue[] {
  const seen = new Set<string>();
  const out: PyValue[] = [];
  for (const value of values) {
    const key = typeof value === 'string' ? `s${value}` : `n${typeof value === 'boolean' ? Number(value) : String(value)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(value);
  }
  return out;
}

function lessThan(a: PyValue, b: PyValue): boolean {
  const aIsStr = typeof a === 'string';
  if (aIsStr !== (typeof b === 'string')) {
    throw new PythonError('TypeError', `'<' not supported between instances of '${pyTypeName(a)}' and '${pyTypeName(b)}'`);
  }
  if (aIsStr) return compareCodePoints(a, b as string) < 0;
  const toBig = (v: PyValue): bigint => (typeof v === 'boolean' ? BigInt(v) : (v as bigint));
  return toBig(a) < toBig(b);
}

/**
 * `sorted(values)` over str, int and bool, as CPython's sort compares for
 * short lists (a run count, then binary insertion), so a str/int mix fails
 * on the same comparison. Sets hand their elements over in hash order, which
 * for str differs per process, so that failure is not reproducible anyway.
 */
export function pySorted(values: PyValue[]): PyValue[] {
  const a = [...values];
  if (a.length < 2) return a;
  let run = 2;
  if (lessThan(a[1]!, a[0]!)) {
    while (run < a.length && lessThan(a[run]!, a[run - 1]!)) run++;
    a.splice(0, run, ...a.slice(0, run).reverse());
  } else {
    while (run < a.length && !lessThan(a[run]!, a[run - 1]!)) run++;
  }
  for (let i = run; i < a.length; i++) {
    const pivot = a[i]!;
    let lo = 0;
    let hi = i;
    while (lo < hi) {
      const mid = lo + ((hi - lo) >> 1);
      if (lessThan(pivot, a[mid]!)) hi = mid;
      else lo = mid + 1;
    }
    a.splice(i, 1);
    a.splice(lo, 0, pivot);
  }
  return a;
}
