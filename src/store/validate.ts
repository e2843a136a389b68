/**
 * Server-side validation driven by the service model (model.json, plus
 * local-model.json for the key ring): required members, types, lengths, list
 * sizes, ranges and enums, reported in AWS's ValidationException format with
 * lower-camel member paths and sensitive values left out (service-semantics
 * §6.3). Members the model does not know are ignored; null counts as absent.
 */
import model from '../api/model.json' with { type: 'json' };
import localModel from '../api/local-model.json' with { type: 'json' };
import { serviceErrors } from './errors.js';

interface Shape {
  type: string;
  min?: number;
  max?: number;
  enum?: string[];
  sensitive?: boolean;
  required?: string[];
  members?: Record<string, { shape: string }>;
  member?: string;
}

const shapes = { ...model.shapes, ...localModel.shapes } as Record<string, Shape>;
const inputShapes: Record<string, string> = Object.fromEntries(
  Object.entries({ ...model.operations, ...localModel.operations }).map(([name, op]) => [name, op.input]),
);

export type Input = Record<string, unknown>;

/** Checks `input` against the operation's request shape; returns it without null members. */
export function validateInput(operation: string, input: Input): Input {
  const problems: string[] = [];
  const clean = checkStructure(shapes[inputShapes[operation]!]!, input, '', problems);
  if (problems.length > 0) {
    const count = problems.length === 1 ? '1 validation error' : `${problems.length} validation errors`;
    throw serviceErrors.validation(`${count} detected: ${problems.join('; ')}`);
  }
  return clean;
}

const lowerCamel = (name: string) => name.charAt(0).toLowerCase() + name.slice(1);

function checkStructure(shape: Shape, value: unknown, path: string, problems: string[]): Input {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw serviceErrors.serialization(`Expected an object for ${path || 'the request body'}.`);
  }
  const clean: Input = {};
  for (const [name, ref] of Object.entries(shape.members ?? {})) {
    const memberPath = path ? `${path}.${lowerCamel(name)}` : lowerCamel(name);
    const member = (value as Input)[name];
    if (member === undefined || member === null) {
      if (shape.required?.includes(name)) {
        problems.push(`Value null at '${memberPath}' failed to satisfy constraint: Member must not be null`);
      }
      continue;
    }
    clean[name] = checkValue(shapes[ref.shape]!, member, memberPath, name, problems);
  }
  return clean;
}

function checkValue(shape: Shape, value: unknown, path: string, name: string, problems: string[]): unknown {
  const mismatch = (expected: string) => serviceErrors.serialization(`Expected ${expected} for ${name}.`);
  switch (shape.type) {
    case 'structure':
      return checkStructure(shape, value, path, problems);
    case 'list': {
      if (!Array.isArray(value)) throw mismatch('a list');
      const items = value
        .map((item, i) => ({ item, i }))
        .filter(({ item }) => item !== null && item !== undefined)
        .map(({ item, i }) => checkValue(shapes[shape.member!]!, item, `${path}.${i + 1}.member`, name, problems));
      checkLength(shape, items.length, render(items), path, problems);
      return items;
    }
    case 'string':
      if (typeof value !== 'string') throw mismatch('a string');
      checkLength(shape, value.length, `'${value}'`, path, problems);
      if (shape.enum && !shape.enum.includes(value)) {
        problems.push(
          `Value '${value}' at '${path}' failed to satisfy constraint: Member must satisfy enum value set: [${shape.enum.join(', ')}]`,
        );
      }
      return value;
    case 'blob': {
      if (typeof value !== 'string') throw mismatch('a base64-encoded string');
      if (!/^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/.test(value)) {
        throw serviceErrors.serialization(`The value of ${name} is not valid base64.`);
      }
      checkLength(shape, Buffer.from(value, 'base64').length, `'${value}'`, path, problems);
      return value;
    }
    case 'integer':
    case 'long':
      if (typeof value !== 'number' || !Number.isInteger(value)) throw mismatch('an integer');
      if (shape.min !== undefined && value < shape.min) {
        problems.push(`Value '${value}' at '${path}' failed to satisfy constraint: Member must have value greater than or equal to ${shape.min}`);
      }
      if (shape.max !== undefined && value > shape.max) {
        problems.push(`Value '${value}' at '${path}' failed to satisfy constraint: Member must have value less than or equal to ${shape.max}`);
      }
      return value;
    case 'boolean':
      if (typeof value !== 'boolean') throw mismatch('a boolean');
      return value;
    default:
      return value;
  }

  function checkLength(s: Shape, length: number, shown: string, at: string, out: string[]) {
    const prefix = s.sensitive ? `Value at '${at}'` : `Value ${shown} at '${at}'`;
    if (s.min !== undefined && length < s.min) {
      out.push(`${prefix} failed to satisfy constraint: Member must have length greater than or equal to ${s.min}`);
    } else if (s.max !== undefined && length > s.max) {
      out.push(`${prefix} failed to satisfy constraint: Member must have length less than or equal to ${s.max}`);
    }
  }
}

/** Java's List.toString, which is how AWS echoes a list value. */
function render(items: unknown[]): string {
  const show = (v: unknown): string =>
    Array.isArray(v) ? `[${v.map(show).join(', ')}]` : typeof v === 'object' && v !== null ? JSON.stringify(v) : String(v);
  return `'${show(items)}'`;
}
