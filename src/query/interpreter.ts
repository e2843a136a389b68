/**
 * Port of `TreeInterpreter` from jmespath/visitor.py. Each case mirrors a
 * `visit_*` method. Two notions of "false" coexist, as in Python:
 * `||`, `&&` and filters use jmespath's `_is_false` (only "", [], {}, null
 * and false; 0 is true), while `!` uses Python truthiness except that
 * `!0` is false.
 */
import { compareNumbers, type OrderOp } from '../value/compare.js';
import { isTruthy, type PyValue } from '../value/model.js';
import type { Comparator, Node } from './ast.js';
import { QueryRuntimeError } from './errors.js';
import { callFunction } from './functions.js';
import type { JDict, JValue } from './values.js';
import { Expref, isActualNumber, pyEquals, pyOrder } from './values.js';

export function evaluate(node: Node, value: JValue): JValue {
  switch (node.type) {
    case 'subexpression':
    case 'index_expression': {
      let result = value;
      for (const child of node.children) result = evaluate(child, result);
      return result;
    }
    case 'pipe':
      return evaluate(node.children[1], evaluate(node.children[0], value));
    case 'field':
      // `value.get(name)`: only a dict has .get; anything else gives None.
      return value instanceof Map ? (value.get(node.value) ?? null) : null;
    case 'comparator':
      return compare(node.value, evaluate(node.children[0], value), evaluate(node.children[1], value));
    case 'current':
    case 'identity':
      return value;
    case 'expref':
      return new Expref(node.children[0], evaluate);
    case 'function_expression': {
      // All arguments are evaluated before the function is even looked up.
      const args = node.children.map((child) => evaluate(child, value));
      return callFunction(node.value, args);
    }
    case 'filter_projection': {
      const base = evaluate(node.children[0], value);
      if (!Array.isArray(base)) return null;
      const [, right, condition] = node.children;
      const collected: JValue[] = [];
      for (const element of base) {
        if (isFalse(evaluate(condition, element))) continue;
        const current = evaluate(right, element);
        if (current !== null) collected.push(current);
      }
      return collected;
    }
    case 'flatten': {
      const base = evaluate(node.children[0], value);
      if (!Array.isArray(base)) return null;
      return base.flatMap((element) => (Array.isArray(element) ? element : [element]));
    }
    case 'index': {
      if (!Array.isArray(value)) return null;
      // Python indexing: negative counts from the end; out of range is None.
      const i = node.value < 0n ? node.value + BigInt(value.length) : node.value;
      return i >= 0n && i < BigInt(value.length) ? value[Number(i)]! : null;
    }
    case 'slice':
      return Array.isArray(value) ? pySlice(value, ...node.children) : null;
    case 'key_val_pair':
      return evaluate(node.children[0], value);
    case 'literal':
      return node.value;
    case 'multi_select_dict': {
      if (value === null) return null;
      const collected: JDict = new Map();
      for (const child of node.children) collected.set(child.value, evaluate(child, value));
      return collected;
    }
    case 'multi_select_list':
      return value === null ? null : node.children.map((child) => evaluate(child, value));
    case 'or_expression': {
      const matched = evaluate(node.children[0], value);
      return isFalse(matched) ? evaluate(node.children[1], value) : matched;
    }
    case 'and_expression': {
      const matched = evaluate(node.children[0], value);
      return isFalse(matched) ? matched : evaluate(node.children[1], value);
    }
    case 'not_expression': {
      const original = evaluate(node.children[0], value);
      // 0 is not special in jmespath, so !0 is false rather than true.
      if (isActualNumber(original) && compareNumbers(original, 0n) === 0) return false;
      return !(original instanceof Expref || isTruthy(original as PyValue));
    }
    case 'projection': {
      const base = evaluate(node.children[0], value);
      return Array.isArray(base) ? project(base, node.children[1]) : null;
    }
    case 'value_projection': {
      // `base.values()`: only dicts have it, lists do not.
      const base = evaluate(node.children[0], value);
      return base instanceof Map ? project([...base.values()], node.children[1]) : null;
    }
  }
}

function project(elements: JValue[], right: Node): JValue[] {
  const collected: JValue[] = [];
  for (const element of elements) {
    const current = evaluate(right, element);
    if (current !== null) collected.push(current);
  }
  return collected;
}

/** `_is_false`: compared with ==, so 0 and 0.0 are not false. */
function isFalse(value: JValue): boolean {
  if (value === null || value === false || value === '') return true;
  if (Array.isArray(value)) return value.length === 0;
  return value instanceof Map && value.size === 0;
}

const ORDER_OPS: Record<Exclude<Comparator, 'eq' | 'ne'>, OrderOp> = { lt: '<', gt: '>', lte: '<=', gte: '>=' };

function compare(op: Comparator, left: JValue, right: JValue): JValue {
  if (op === 'eq') return jmespathEquals(left, right);
  if (op === 'ne') return !jmespathEquals(left, right);
  // Ordering only between numbers and strings; anything else is None. A
  // number against a string still reaches Python's operator: a TypeError.
  if (!isComparable(left) || !isComparable(right)) return null;
  return pyOrder(left, right, ORDER_OPS[op]);
}

function isComparable(value: JValue): boolean {
  return isActualNumber(value) || typeof value === 'string';
}

/**
 * `_equals`: Python's ==, except that a top-level 0 or 1 (int or float) never
 * equals a bool, which Python would call equal. Nested values keep Python's
 * rules, so `[1] == [true]` is still true.
 */
function jmespathEquals(x: JValue, y: JValue): boolean {
  if (isZeroOrOne(x)) {
    if (typeof y === 'boolean') return false;
  } else if (isZeroOrOne(y) && typeof x === 'boolean') {
    return false;
  }
  return pyEquals(x, y);
}

function isZeroOrOne(value: JValue): boolean {
  return isActualNumber(value) && (compareNumbers(value, 0n) === 0 || compareNumbers(value, 1n) === 0);
}

/**
 * `value[start:stop:step]` with Python's slice.indices() clamping; the parts
 * are arbitrary-precision ints, as in Python.
 */
function pySlice(value: JValue[], start: bigint | null, stop: bigint | null, step: bigint | null): JValue[] {
  const s = step ?? 1n;
  if (s === 0n) throw new QueryRuntimeError('slice step cannot be zero', 'ValueError');
  const length = BigInt(value.length);
  const adjust = (index: bigint | null, whenNone: bigint): bigint => {
    if (index === null) return whenNone;
    if (index < 0n) {
      const shifted = index + length;
      return shifted < 0n ? (s < 0n ? -1n : 0n) : shifted;
    }
    return index >= length ? (s < 0n ? length - 1n : length) : index;
  };
  const first = adjust(start, s < 0n ? length - 1n : 0n);
  const end = adjust(stop, s < 0n ? -1n : length);
  const out: JValue[] = [];
  if (s > 0n) for (let i = first; i < end; i += s) out.push(value[Number(i)]!);
  else for (let i = first; i > end; i += s) out.push(value[Number(i)]!);
  return out;
}
