/**
 * The built-in functions, one per `_func_*` method of jmespath/functions.py.
 * Arguments arrive already checked against the signature (see
 * functions.ts), so each body only does what the Python body does, with
 * Python's results: ints stay ints, `avg` is a float, `max` keeps the first
 * of equal elements, sorts are stable.
 */
import type { OrderOp } from '../value/compare.js';
import { dumpJson } from '../value/json.js';
import { pyList, type PyValue } from '../value/model.js';
import { QueryRuntimeError, typeError } from './errors.js';
import type { FunctionSpec } from './functions.js';
import { pyFloatFromText, pyIntFromText } from '../value/numbers.js';
import { intToFloat, pyRound, pySum } from './numbers.js';
import { codePoints, pyContains, pyEndsWith, pyStartsWith } from '../value/pytext.js';
import type { JDict, JValue } from './values.js';
import { Expref, isActualNumber, jmespathType, jStr, listContains, pyOrder, pyTypeName } from './values.js';

type Num = bigint | number;

const sig = (...types: (readonly string[])[]) => types.map((t) => ({ types: t }));

export const BUILTINS: Record<string, FunctionSpec> = {
  abs: {
    signature: sig(['number']),
    call: ([arg]) => {
      const n = arg as Num;
      return typeof n === 'bigint' ? (n < 0n ? -n : n) : Math.abs(n);
    },
  },
  avg: {
    signature: sig(['array-number']),
    call: ([arg]) => {
      const items = arg as Num[];
      if (items.length === 0) return null;
      // sum(arg) / float(len(arg)): an int total is converted first.
      const total = pySum(items);
      return (typeof total === 'bigint' ? intToFloat(total) : total) / items.length;
    },
  },
  not_null: {
    signature: [{ types: [], variadic: true }],
    call: (args) => args.find((arg) => arg !== null) ?? null,
  },
  to_array: {
    signature: sig([]),
    call: ([arg]) => (Array.isArray(arg) ? arg : [arg!]),
  },
  to_string: {
    signature: sig([]),
    call: ([arg]) => (typeof arg === 'string' ? arg : toJsonText(arg!)),
  },
  to_number: {
    signature: sig([]),
    call: ([arg]) => toNumber(arg!),
  },
  contains: {
    signature: sig(['array', 'string'], []),
    call: ([subject, search]) => {
      if (Array.isArray(subject)) return listContains(subject, search!);
      if (typeof search !== 'string') {
        throw new QueryRuntimeError(
          `'in <string>' requires string as left operand, not ${pyTypeName(search!)}`,
          'TypeError',
        );
      }
      return pyContains(subject as string, search);
    },
  },
  length: {
    signature: sig(['string', 'array', 'object']),
    call: ([arg]) => {
      if (typeof arg === 'string') return BigInt(codePoints(arg).length);
      return BigInt(arg instanceof Map ? arg.size : (arg as JValue[]).length);
    },
  },
  ends_with: {
    signature: sig(['string'], ['string']),
    call: ([search, suffix]) => pyEndsWith(search as string, suffix as string),
  },
  starts_with: {
    signature: sig(['string'], ['string']),
    call: ([search, prefix]) => pyStartsWith(search as string, prefix as string),
  },
  reverse: {
    signature: sig(['array', 'string']),
    call: ([arg]) => (typeof arg === 'string' ? codePoints(arg).reverse().join('') : [...(arg as JValue[])].reverse()),
  },
  ceil: {
    signature: sig(['number']),
    call: ([arg]) => pyRound(arg as Num, 'ceil'),
  },
  floor: {
    signature: sig(['number']),
    call: ([arg]) => pyRound(arg as Num, 'floor'),
  },
  join: {
    signature: sig(['string'], ['array-string']),
    call: ([separator, array]) => (array as string[]).join(separator as string),
  },
  map: {
    signature: sig(['expref'], ['array']),
    call: ([expref, array]) => (array as JValue[]).map((element) => (expref as Expref).visit(element)),
  },
  max: {
    signature: sig(['array-number', 'array-string']),
    call: ([arg]) => extreme(arg as JValue[], '>'),
  },
  merge: {
    signature: [{ types: ['object'], variadic: true }],
    call: (args) => {
      const merged: JDict = new Map();
      for (const arg of args) dictUpdate(merged, arg);
      return merged;
    },
  },
  min: {
    signature: sig(['array-number', 'array-string']),
    call: ([arg]) => extreme(arg as JValue[], '<'),
  },
  sort: {
    signature: sig(['array-string', 'array-number']),
    call: ([arg]) => stableSort(arg as JValue[], (x) => x),
  },
  sum: {
    signature: sig(['array-number']),
    call: ([arg]) => pySum(arg as Num[]),
  },
  keys: {
    signature: sig(['object']),
    call: ([arg]) => [...(arg as JDict).keys()],
  },
  values: {
    signature: sig(['object']),
    call: ([arg]) => [...(arg as JDict).values()],
  },
  type: {
    signature: sig([]),
    call: ([arg]) => typeOf(arg!),
  },
  sort_by: {
    signature: sig(['array'], ['expref']),
    call: ([array, expref]) => sortBy(array as JValue[], expref as Expref),
  },
  min_by: {
    signature: sig(['array'], ['expref']),
    call: ([array, expref]) => extreme(array as JValue[], '<', keyFunction(expref as Expref, ['number', 'string'], 'min_by')),
  },
  max_by: {
    signature: sig(['array'], ['expref']),
    call: ([array, expref]) => extreme(array as JValue[], '>', keyFunction(expref as Expref, ['number', 'string'], 'max_by')),
  },
};

/** `json.dumps(arg, separators=(',', ':'), default=str)`: what JSON cannot hold (bytes, `&expr`) is written as its str(). */
function toJsonText(arg: JValue): string {
  return dumpJson(arg as PyValue, { itemSeparator: ',', keySeparator: ':', fallback: jStr });
}

function toNumber(arg: JValue): JValue {
  if (arg === null || typeof arg === 'boolean' || Array.isArray(arg) || arg instanceof Map) return null;
  if (isActualNumber(arg)) return arg;
  if (arg instanceof Expref) {
    throw new QueryRuntimeError(
      "int() argument must be a string, a bytes-like object or a real number, not '_Expression'",
      'TypeError',
    );
  }
  // int(arg), falling back to float(arg), else None.
  return pyIntFromText(arg) ?? pyFloatFromText(arg) ?? null;
}

function typeOf(arg: JValue): JValue {
  if (typeof arg === 'string') return 'string';
  if (typeof arg === 'boolean') return 'boolean';
  if (Array.isArray(arg)) return 'array';
  if (arg instanceof Map) return 'object';
  if (isActualNumber(arg)) return 'number';
  if (arg === null) return 'null';
  return null; // bytes and `&expr` fall through every isinstance() test
}

/**
 * CPython's min()/max(): the first item wins until a later key compares
 * strictly better (`key > best` for max, `key < best` for min); each key is
 * computed just before its comparison, so errors surface in that order.
 */
function extreme(items: JValue[], op: OrderOp, key: (item: JValue) => JValue = (x) => x): JValue {
  let best: JValue = null;
  let bestKey: JValue = null;
  items.forEach((item, i) => {
    const k = key(item);
    if (i === 0 || pyOrder(k, bestKey, op)) {
      best = item;
      bestKey = k;
    }
  });
  return best;
}

/** `sorted(items, key=key)`: keys are computed first, in order; the sort is stable. */
function stableSort(items: JValue[], key: (item: JValue) => JValue): JValue[] {
  const keyed = items.map((item) => ({ item, key: key(item) }));
  keyed.sort((a, b) => (pyOrder(a.key, b.key, '<') ? -1 : pyOrder(b.key, a.key, '<') ? 1 : 0));
  return keyed.map((entry) => entry.item);
}

function sortBy(array: JValue[], expref: Expref): JValue[] {
  if (array.length === 0) return array;
  // The first element's key decides the type every key must have.
  const requiredType = jmespathType(pyTypeName(expref.visit(array[0]!)));
  if (requiredType !== 'number' && requiredType !== 'string') {
    throw typeError('sort_by', array[0]!, requiredType, ['string', 'number']);
  }
  return stableSort(array, keyFunction(expref, [requiredType], 'sort_by'));
}

function keyFunction(expref: Expref, allowedTypes: string[], fn: string): (item: JValue) => JValue {
  return (item) => {
    const result = expref.visit(item);
    const type = jmespathType(pyTypeName(result));
    if (!allowedTypes.includes(type)) throw typeError(fn, result, type, allowedTypes);
    return result;
  };
}

/**
 * `dict.update(arg)`. Only merge()'s first argument is type-checked, so the
 * rest can be anything: a list of pairs works as in Python, other values
 * fail with Python's TypeError/ValueError texts.
 */
function dictUpdate(target: JDict, arg: JValue): void {
  if (arg instanceof Map) {
    for (const [k, v] of arg) target.set(k, v);
    return;
  }
  const elements = pyList(arg as PyValue);
  if (elements === undefined) throw new QueryRuntimeError(`'${pyTypeName(arg)}' object is not iterable`, 'TypeError');
  elements.forEach((element, i) => {
    // PySequence_Fast(element): any iterable as a list.
    const pair = pyList(element);
    if (pair === undefined) {
      throw new QueryRuntimeError(`cannot convert dictionary update sequence element #${i} to a sequence`, 'TypeError');
    }
    if (pair.length !== 2) {
      throw new QueryRuntimeError(
        `dictionary update sequence element #${i} has length ${pair.length}; 2 is required`,
        'ValueError',
      );
    }
    const [key, value] = pair as [JValue, JValue];
    if (Array.isArray(key) || key instanceof Map) {
      throw new QueryRuntimeError(`unhashable type: '${pyTypeName(key)}'`, 'TypeError');
    }
    if (typeof key !== 'string') {
      // Python would build a dict with a non-str key; the value model
      // (and every aws-cli output format's JSON view) has only str keys.
      throw new QueryRuntimeError(
        `merge() produced a dict key of type '${pyTypeName(key)}', which cannot be represented`,
        'NotRepresentable',
      );
    }
    target.set(key, value);
  });
}
