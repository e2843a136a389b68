/**
 * The values an expression works on. They are the Python value model
 * (src/value/model.ts) plus one thing only jmespath has: the object an `&expr`
 * evaluates to (Python's `_Expression`), which can sit anywhere a value can,
 * e.g. inside a multi-select list. Helpers here reproduce the Python
 * operations the interpreter relies on: `str()`/`repr()`, `type().__name__`,
 * `==` and the ordering operators.
 */
import { pyTypeName as modelTypeName, type PyValue } from '../value/model.js';
import { pyRepr, pyStr } from '../value/repr.js';
import type { Node } from './ast.js';
import { QueryRuntimeError } from './errors.js';

/** Python's `jmespath.visitor._Expression`: an AST node bound to an interpreter. */
export class Expref {
  constructor(
    readonly node: Node,
    readonly evaluate: (node: Node, value: JValue) => JValue,
  ) {}

  visit(value: JValue): JValue {
    return this.evaluate(this.node, value);
  }

  /** Python's class name and `str()`, for pyTypeName and pyStr. */
  readonly pyType = '_Expression';

  toString(): string {
    return EXPREF_STR;
  }
}

export type JValue = null | boolean | bigint | number | string | Uint8Array | JValue[] | JDict | Expref;
export type JDict = Map<string, JValue>;

/**
 * Python prints `<jmespath.visitor._Expression object at 0x7f...>` with the
 * object's address, which no port can reproduce; this fixed address keeps the
 * shape of the text.
 */
export const EXPREF_STR = '<jmespath.visitor._Expression object at 0x7f0000000000>';

/** `type(value).__name__`. */
export function pyTypeName(value: JValue): string {
  return modelTypeName(value as PyValue);
}

/** Python type name -> jmespath type name. */
const TYPES_MAP: Record<string, string> = {
  bool: 'boolean',
  list: 'array',
  dict: 'object',
  NoneType: 'null',
  unicode: 'string',
  str: 'string',
  float: 'number',
  int: 'number',
  long: 'number',
  OrderedDict: 'object',
  _Projection: 'array',
  _Expression: 'expref',
};

/** `_convert_to_jmespath_type`: "unknown" for types jmespath has no name for (bytes). */
export function jmespathType(pythonTypeName: string): string {
  return Object.hasOwn(TYPES_MAP, pythonTypeName) ? TYPES_MAP[pythonTypeName]! : 'unknown';
}

/** `repr(value)`. */
export function jRepr(value: JValue): string {
  return pyRepr(value as PyValue);
}

/** `str(value)`, which is what `'%s' % value` in an exception message gives. */
export function jStr(value: JValue): string {
  return pyStr(value as PyValue);
}

/** True when the value holds no Expref anywhere, i.e. it is a PyValue. */
export function isPyValue(value: JValue): value is PyValue {
  if (value instanceof Expref) return false;
  if (Array.isArray(value)) return value.every(isPyValue);
  if (value instanceof Map) return [...value.values()].every(isPyValue);
  return true;
}

/** jmespath's `_is_actual_number`: int or float, but not bool. */
export function isActualNumber(value: JValue): value is bigint | number {
  return typeof value === 'bigint' || typeof value === 'number';
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
 * disagree for astral characters against U+E000..U+FFFF. Remapping each unit
 * restores code-point order for well-formed strings.
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

/** Numeric view of a bool/int/float for `==`, as Python's bool is an int. */
function asNumber(value: JValue): bigint | number | undefined {
  if (typeof value === 'boolean') return value ? 1n : 0n;
  if (typeof value === 'bigint' || typeof value === 'number') return value;
  return undefined;
}

/**
 * Python's `a == b` on two values. `nested` is set inside containers and for
 * `in`, where CPython compares with PyObject_RichCompareBool, which treats an
 * object as equal to itself; the only visible effect is NaN, and since
 * json.loads hands out one shared NaN object, a NaN there equals a NaN.
 */
export function pyEquals(a: JValue, b: JValue, nested = false): boolean {
  if (a === b) return true;
  const x = asNumber(a);
  const y = asNumber(b);
  if (x !== undefined || y !== undefined) {
    if (x === undefined || y === undefined) return false;
    if (nested && typeof x === 'number' && typeof y === 'number' && Number.isNaN(x) && Number.isNaN(y)) return true;
    return compareNumbers(x, y) === 0;
  }
  if (a === null || b === null || typeof a === 'string' || typeof b === 'string') return false;
  if (a instanceof Expref || b instanceof Expref) return false; // identity only, checked above
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

/** `value in container` for a list: RichCompareBool against each element. */
export function listContains(list: JValue[], value: JValue): boolean {
  return list.some((item) => pyEquals(item, value, true));
}

export type OrderOp = '<' | '<=' | '>' | '>=';

/**
 * Python's `a < b` (and friends) for the types jmespath lets through:
 * numbers (bool counts as int in Python) and strings. Anything else is the
 * TypeError Python raises, with the operand order it reports.
 */
export function pyOrder(a: JValue, b: JValue, op: OrderOp): boolean {
  const x = typeof a === 'boolean' ? (a ? 1n : 0n) : a;
  const y = typeof b === 'boolean' ? (b ? 1n : 0n) : b;
  let cmp: -1 | 0 | 1 | undefined;
  if (isActualNumber(x) && isActualNumber(y)) cmp = compareNumbers(x, y);
  else if (typeof x === 'string' && typeof y === 'string') cmp = compareStrings(x, y);
  else {
    throw new QueryRuntimeError(
      `'${op}' not supported between instances of '${pyTypeName(a)}' and '${pyTypeName(b)}'`,
      'TypeError',
    );
  }
  if (cmp === undefined) return false; // NaN is unordered
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
