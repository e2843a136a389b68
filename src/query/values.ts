/**
 * The values an expression works on. They are the Python value model
 * (src/value/model.ts) plus one thing only jmespath has: the object an `&expr`
 * evaluates to (Python's `_Expression`), which can sit anywhere a value can,
 * e.g. inside a multi-select list. Helpers here reproduce the Python
 * operations the interpreter relies on: `str()`/`repr()`, `type().__name__`,
 * and `==`, `in` and the ordering operators over JValues (value/compare.ts
 * implements them).
 */
import {
  listContains as contains,
  notOrderable,
  pyEquals as equals,
  pyOrder as order,
  type OrderOp,
} from '../value/compare.js';
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

/** Python's `a == b`; see value/compare.ts. */
export function pyEquals(a: JValue, b: JValue): boolean {
  return equals(a as PyValue, b as PyValue);
}

/** `value in list`. */
export function listContains(list: JValue[], value: JValue): boolean {
  return contains(list as PyValue[], value as PyValue);
}

/**
 * Python's `a < b` (and friends) for the types jmespath lets through:
 * numbers (bool counts as int in Python) and strings. Anything else is the
 * TypeError Python raises, with the operand order it reports.
 */
export function pyOrder(a: JValue, b: JValue, op: OrderOp): boolean {
  const result = order(a as PyValue, b as PyValue, op);
  if (result === undefined) throw new QueryRuntimeError(notOrderable(op, a as PyValue, b as PyValue), 'TypeError');
  return result;
}
