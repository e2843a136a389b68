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
import { pyFloatFromText } from '../value/numbers.js';
import { pyStr } from '../value/repr.js';

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

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,6})\d*)?)?)?\s*(Z|UTC|GMT|[+-]\d{2}:?\d{2})?$/i;

/**
 * A timestamp string that is not a number goes to dateutil in botocore,
 * which keeps the zone the text gives (none stays none): the ISO 8601 forms
 * a service would send are read here the same way.
 */
const RFC_822 = /^(?:[A-Za-z]{3},?\s*)?(\d{1,2})\s+([A-Za-z]{3})\s+(\d{4})\s+(\d{2}):(\d{2}):(\d{2})\s*(Z|UTC|GMT|[+-]\d{2}:?\d{2})?$/;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

export function isoFromText(value: string): string | undefined {
  const rfc = RFC_822.exec(value.trim());
  if (rfc) {
    const month = MONTHS.indexOf(rfc[2]!.toLowerCase());
    if (month < 0) return undefined;
    const [, d, , y, h, mi, sec, zone] = rfc;
    return isoFromText(`${y}-${String(month + 1).padStart(2, '0')}-${d!.padStart(2, '0')}T${h}:${mi}:${sec}${zone ?? ''}`);
  }
  const m = ISO.exec(value.trim());
  if (!m) return undefined;
  const [, y, mo, d, h = '00', mi = '00', sec = '00', frac, zone] = m;
  const micros = frac ? frac.padEnd(6, '0') : '';
  const fraction = micros && Number(micros) !== 0 ? `.${micros}` : '';
  let offset = '';
  if (zone) {
    if (/^(Z|UTC|GMT)$/i.test(zone)) offset = '+00:00';
    else offset = zone.includes(':') ? zone : `${zone.slice(0, 3)}:${zone.slice(3)}`;
  }
  return `${y}-${mo}-${d}T${h}:${mi}:${sec}${fraction}${offset}`;
}

function timestamp(value: PyValue): PyValue {
  // A bool is an int to Python: fromtimestamp(True) is one second past the epoch.
  if (typeof value === 'boolean') return isoLocal(Number(value));
  if (typeof value === 'bigint' || typeof value === 'number') return isoLocal(Number(value));
  if (typeof value === 'string') {
    const seconds = pyFloatFromText(value);
    if (seconds !== undefined) return isoLocal(seconds);
    const iso = isoFromText(value);
    if (iso !== undefined) return iso;
    throw new GeneralError(`Invalid timestamp "${value}": Unknown string format: ${value}`);
  }
  throw new GeneralError(`Invalid timestamp "${pyStr(value)}": Parser must be a string or character stream, not ${pyTypeName(value)}`);
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
