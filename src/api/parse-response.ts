/**
 * A response body read against the operation's output shape, as botocore's
 * JSON parser does before aws-cli formats it: members in model order,
 * unknown members and nulls dropped, values otherwise unchecked (a number
 * where the model says string stays a number), blobs left as base64 text,
 * and timestamps in ISO 8601 local time (cli_timestamp_format iso8601) or
 * exactly as received (wire).
 */
import { GeneralError } from '../errors.js';
import { isDict, pyTypeName, type PyDict, type PyValue } from '../value/model.js';
import type { Shape, ShapeResolver } from './shapes.js';

/** Python's `datetime.fromtimestamp(seconds, tzlocal()).isoformat()`. */
export function isoLocal(seconds: number): string {
  let whole = Math.trunc(seconds);
  let micros = Math.round((seconds - whole) * 1e6);
  if (micros >= 1e6) {
    whole += 1;
    micros -= 1e6;
  } else if (micros < 0) {
    whole -= 1;
    micros += 1e6;
  }
  const date = new Date(whole * 1000);
  const offset = -date.getTimezoneOffset();
  const p = (n: number, w = 2): string => String(n).padStart(w, '0');
  const sign = offset < 0 ? '-' : '+';
  const zone = `${sign}${p(Math.floor(Math.abs(offset) / 60))}:${p(Math.abs(offset) % 60)}`;
  const fraction = micros === 0 ? '' : `.${p(micros, 6)}`;
  return (
    `${p(date.getFullYear(), 4)}-${p(date.getMonth() + 1)}-${p(date.getDate())}T` +
    `${p(date.getHours())}:${p(date.getMinutes())}:${p(date.getSeconds())}${fraction}${zone}`
  );
}

function timestamp(value: PyValue): PyValue {
  if (typeof value === 'bigint' || typeof value === 'number') return isoLocal(Number(value));
  if (typeof value === 'string') {
    const seconds = Number(value);
    if (value.trim() !== '' && !Number.isNaN(seconds)) return isoLocal(seconds);
    const ms = Date.parse(value);
    if (!Number.isNaN(ms)) return isoLocal(ms / 1000);
  }
  throw new GeneralError(`Invalid timestamp "${String(value)}"`);
}

export function parseResponse(
  resolver: ShapeResolver,
  outputShape: string | null,
  body: PyValue,
  timestampFormat: 'iso8601' | 'wire',
): PyValue {
  if (outputShape === null) return new Map();

  const parse = (shape: Shape, value: PyValue): PyValue => {
    switch (shape.type) {
      case 'structure': {
        if (value === null) return null;
        if (!isDict(value)) throw new GeneralError(`'${pyTypeName(value)}' object has no attribute 'get'`);
        const out: PyDict = new Map();
        for (const [member, ref] of Object.entries(shape.members ?? {})) {
          const raw = value.get(member);
          if (raw !== undefined && raw !== null) out.set(member, parse(resolver.shape(ref.shape), raw));
        }
        return out;
      }
      case 'list': {
        const member = resolver.shape(shape.member!);
        if (Array.isArray(value)) return value.map((item) => parse(member, item));
        if (isDict(value)) return [...value.keys()].map((key) => parse(member, key));
        if (typeof value === 'string') return [...value].map((ch) => parse(member, ch));
        throw new GeneralError(`'${pyTypeName(value)}' object is not iterable`);
      }
      case 'map': {
        if (!isDict(value)) throw new GeneralError(`'${pyTypeName(value)}' object has no attribute 'items'`);
        const valueShape = resolver.shape(shape.value!);
        return new Map([...value].map(([k, v]) => [k, parse(valueShape, v)]));
      }
      case 'timestamp':
        return timestampFormat === 'wire' ? value : timestamp(value);
      default:
        return value;
    }
  };
  return parse(resolver.shape(outputShape), body);
}
