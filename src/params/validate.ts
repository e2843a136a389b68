/**
 * botocore's client-side ParamValidator: missing required members first,
 * then unknown members, then each known member in the order the caller
 * gave it. Only minimum lengths and ranges are checked, blobs not at all,
 * exactly as aws-cli does; every problem is reported, one per line.
 */
import type { ShapeResolver, Shape } from '../api/shapes.js';
import { ParamValidationError } from '../errors.js';
import { isDict, pyTypeName, type PyValue } from '../value/model.js';
import { pyStr } from '../value/repr.js';
import { pyFloatFromText } from '../value/numbers.js';
import { isoFromText } from '../api/parse-response.js';

const TYPE_NAMES: Record<string, string[]> = {
  structure: ["<class 'dict'>"],
  map: ["<class 'dict'>"],
  string: ["<class 'str'>"],
  list: ["<class 'list'>", "<class 'tuple'>"],
  integer: ["<class 'int'>"],
  long: ["<class 'int'>"],
  boolean: ["<class 'bool'>"],
  double: ["<class 'float'>", "<class 'decimal.Decimal'>", "<class 'int'>"],
  float: ["<class 'float'>", "<class 'decimal.Decimal'>", "<class 'int'>"],
  blob: ["<class 'bytes'>", "<class 'bytearray'>", 'file-like object'],
  timestamp: ["<class 'datetime.datetime'>", 'timestamp-string'],
};

function matchesType(value: PyValue, type: Shape['type']): boolean {
  switch (type) {
    case 'structure':
    case 'map':
      return isDict(value);
    case 'string':
      return typeof value === 'string';
    case 'list':
      return Array.isArray(value);
    case 'integer':
    case 'long':
      return typeof value === 'bigint' || typeof value === 'boolean'; // bool is an int in Python
    case 'boolean':
      return typeof value === 'boolean';
    case 'double':
    case 'float':
      return typeof value === 'number' || typeof value === 'bigint' || typeof value === 'boolean';
    case 'blob':
      return typeof value === 'string' || value instanceof Uint8Array;
    case 'timestamp':
      // botocore parses the text (epoch seconds or a date) and refuses what it cannot.
      if (typeof value === 'string') return pyFloatFromText(value) !== undefined || isoFromText(value) !== undefined;
      return typeof value === 'number' || typeof value === 'bigint';
  }
}

function displayName(name: string): string {
  if (!name) return 'input';
  return name.startsWith('.') ? name.slice(1) : name;
}

export function validateParams(resolver: ShapeResolver, params: PyValue, shapeName: string): void {
  const errors: string[] = [];

  const visit = (value: PyValue, shape: Shape, name: string): void => {
    if (!matchesType(value, shape.type)) {
      errors.push(
        `Invalid type for parameter ${displayName(name)}, value: ${pyStr(value)}, type: <class '${pyTypeName(value)}'>, ` +
          `valid types: ${TYPE_NAMES[shape.type]!.join(', ')}`,
      );
      return;
    }
    const min = shape.min;
    switch (shape.type) {
      case 'structure': {
        const dict = value as Map<string, PyValue>;
        for (const required of shape.required ?? []) {
          if (!dict.has(required)) errors.push(`Missing required parameter in ${displayName(name)}: "${required}"`);
        }
        const members = shape.members ?? {};
        const known: string[] = [];
        for (const key of dict.keys()) {
          if (Object.hasOwn(members, key)) known.push(key);
          else {
            errors.push(
              `Unknown parameter in ${displayName(name)}: "${key}", must be one of: ${Object.keys(members).join(', ')}`,
            );
          }
        }
        for (const key of known) visit(dict.get(key)!, resolver.shape(members[key]!.shape), `${name}.${key}`);
        break;
      }
      case 'string': {
        const length = [...(value as string)].length; // Python counts code points
        if (min !== undefined && length < min) {
          errors.push(`Invalid length for parameter ${displayName(name)}, value: ${length}, valid min length: ${min}`);
        }
        break;
      }
      case 'list': {
        const list = value as PyValue[];
        if (min !== undefined && list.length < min) {
          errors.push(`Invalid length for parameter ${displayName(name)}, value: ${list.length}, valid min length: ${min}`);
        }
        const member = resolver.shape(shape.member!);
        list.forEach((item, i) => visit(item, member, `${name}[${i}]`));
        break;
      }
      case 'map':
        for (const [key, item] of value as Map<string, PyValue>) {
          visit(key, resolver.shape(shape.key!), `${name} (key: ${key})`);
          visit(item, resolver.shape(shape.value!), `${name}.${key}`);
        }
        break;
      case 'integer':
      case 'long':
      case 'double':
      case 'float':
        if (min !== undefined && Number(value) < min) {
          errors.push(`Invalid value for parameter ${displayName(name)}, value: ${pyStr(value)}, valid min value: ${min}`);
        }
        break;
    }
  };

  visit(params, resolver.shape(shapeName), '');
  if (errors.length > 0) throw new ParamValidationError(`Parameter validation failed:\n${errors.join('\n')}`);
}
