/**
 * The bits of Python semantics aws-cli's formatters lean on without saying
 * so: sort order, iteration, subscripts, and the exceptions they raise. A
 * `--query` can hand the formatters shapes they were never written for (a
 * list mixing dicts and strings), and aws-cli then prints whatever Python
 * raised, so the same exceptions are reproduced here.
 */
import { compareStrings, listContains, notOrderable, pyNumber, pyOrder } from '../value/compare.js';
import type { PyValue } from '../value/model.js';
import { isDict, pyList, pyTypeName } from '../value/model.js';
import { pyContains as strContains } from '../value/pytext.js';
import { PythonError } from '../errors.js';

export { PythonError };

export function noAttribute(value: PyValue, attribute: string): PythonError {
  return new PythonError('AttributeError', `'${pyTypeName(value)}' object has no attribute '${attribute}'`);
}

/** `sorted(keys)` for dict keys, which are always str. */
export function sortedKeys(keys: Iterable<string>): string[] {
  return [...keys].sort(compareStrings);
}

export function isScalar(value: PyValue): boolean {
  return !Array.isArray(value) && !isDict(value);
}

/** `for x in value`: dict keys, list items, str code points, bytes as ints. */
export function pyIterate(value: PyValue): PyValue[] {
  const items = pyList(value);
  if (items === undefined) throw new PythonError('TypeError', `'${pyTypeName(value)}' object is not iterable`);
  return items;
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
  if (Array.isArray(container)) return listContains(container, item);
  if (typeof container === 'string') {
    if (typeof item !== 'string') {
      throw new PythonError('TypeError', `'in <string>' requires string as left operand, not ${pyTypeName(item)}`);
    }
    return strContains(container, item);
  }
  if (container instanceof Uint8Array) {
    if (typeof item === 'string') throw new PythonError('TypeError', "a bytes-like object is required, not 'str'");
    return container.includes(Number(item));
  }
  throw new PythonError('TypeError', `argument of type '${pyTypeName(container)}' is not iterable`);
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
    const key = typeof value === 'string' ? `s${value}` : `n${String(pyNumber(value))}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(value);
  }
  return out;
}

function lessThan(a: PyValue, b: PyValue): boolean {
  const less = pyOrder(a, b, '<');
  if (less === undefined) throw new PythonError('TypeError', notOrderable('<', a, b));
  return less;
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
