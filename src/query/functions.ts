/**
 * The function registry and its argument checking, ported from the
 * `Functions` class of jmespath/functions.py. The checks keep Python's odd
 * corners: arity is checked before types; only as many arguments as the
 * signature has entries are type-checked (so `merge({}, `1`)` reaches
 * dict.update); and an array element of the wrong type is reported with its
 * Python type name ("str", "int", "NoneType") instead of the jmespath one.
 */
import { arityError, QueryRuntimeError, typeError } from './errors.js';
import { BUILTINS } from './builtins.js';
import type { JValue } from './values.js';
import { jmespathType, pyTypeName } from './values.js';

export interface ArgSpec {
  types: readonly string[];
  variadic?: boolean;
}

export interface FunctionSpec {
  signature: readonly ArgSpec[];
  call: (args: JValue[]) => JValue;
}

/** jmespath type name -> the Python type names it accepts. */
const REVERSE_TYPES_MAP: Record<string, readonly string[]> = {
  boolean: ['bool'],
  array: ['list', '_Projection'],
  object: ['dict', 'OrderedDict'],
  null: ['NoneType'],
  string: ['unicode', 'str'],
  number: ['float', 'int', 'long'],
  expref: ['_Expression'],
};

export function callFunction(name: string, args: JValue[]): JValue {
  const spec = Object.hasOwn(BUILTINS, name) ? BUILTINS[name] : undefined;
  if (spec === undefined) throw new QueryRuntimeError(`Unknown function: ${name}()`, 'UnknownFunctionError');
  validateArguments(args, spec.signature, name);
  return spec.call(args);
}

function validateArguments(args: JValue[], signature: readonly ArgSpec[], name: string): void {
  if (signature.length > 0 && signature[signature.length - 1]!.variadic) {
    if (args.length < signature.length) throw arityError(signature.length, args.length, name, true);
  } else if (args.length !== signature.length) {
    throw arityError(signature.length, args.length, name, false);
  }
  signature.forEach((spec, i) => {
    if (spec.types.length > 0) typeCheckSingle(args[i]!, spec.types, name);
  });
}

function typeCheckSingle(current: JValue, types: readonly string[], name: string): void {
  const allowedTypes: string[] = [];
  const allowedSubtypes: (readonly string[])[] = [];
  for (const t of types) {
    const dash = t.indexOf('-');
    if (dash >= 0) {
      allowedSubtypes.push(REVERSE_TYPES_MAP[t.slice(dash + 1)]!);
      allowedTypes.push(...REVERSE_TYPES_MAP[t.slice(0, dash)]!);
    } else {
      allowedTypes.push(...REVERSE_TYPES_MAP[t]!);
    }
  }
  // Python compares type(x).__name__, not isinstance: a bool is no number.
  const actual = pyTypeName(current);
  if (!allowedTypes.includes(actual)) throw typeError(name, current, jmespathType(actual), types);
  if (allowedSubtypes.length > 0) subtypeCheck(current as JValue[], allowedSubtypes, types, name);
}

function subtypeCheck(
  current: JValue[],
  allowedSubtypes: (readonly string[])[],
  types: readonly string[],
  name: string,
): void {
  let allowed: readonly string[];
  if (allowedSubtypes.length === 1) {
    allowed = allowedSubtypes[0]!;
  } else {
    if (current.length === 0) return;
    // Dynamic: the first element's type picks which subtype all must have.
    const first = pyTypeName(current[0]!);
    const match = allowedSubtypes.find((subtypes) => subtypes.includes(first));
    if (match === undefined) throw typeError(name, current[0]!, first, types);
    allowed = match;
  }
  for (const element of current) {
    const actual = pyTypeName(element);
    if (!allowed.includes(actual)) throw typeError(name, element, actual, types);
  }
}
