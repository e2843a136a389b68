/**
 * Python values as the fixture generators write them
 * (scripts/fixture_json.py): None, booleans and strings as they are, lists as
 * arrays, and tagged objects for ints, floats, bytes and dicts.
 */
import type { PyValue } from '../../src/value/model.js';

export type Tagged =
  | null
  | boolean
  | string
  | Tagged[]
  | { int: string }
  | { float: string }
  | { bytes: string }
  | { dict: [string, Tagged][] };

const SPECIAL_FLOATS: Record<string, number> = { nan: NaN, inf: Infinity, '-inf': -Infinity };

/** A float from its Python repr (`nan`, `inf` and `-inf` included). */
export function pyFloat(repr: string): number {
  return SPECIAL_FLOATS[repr] ?? Number(repr);
}

export interface DecodeOptions {
  /** How the generator wrote bytes. */
  bytes: 'hex' | 'base64';
  /** Decodes any other tag (`decode` decodes nested values); by default they are an error. */
  other?: (tagged: Record<string, unknown>, decode: (encoded: unknown) => PyValue) => PyValue;
}

export function decodeTagged(encoded: unknown, options: DecodeOptions): PyValue {
  const decode = (value: unknown): PyValue => {
    if (value === null || typeof value === 'boolean' || typeof value === 'string') return value;
    if (Array.isArray(value)) return value.map(decode);
    const tagged = value as Record<string, unknown>;
    if ('int' in tagged) return BigInt(tagged.int as string);
    if ('float' in tagged) return pyFloat(tagged.float as string);
    if ('bytes' in tagged) return Uint8Array.from(Buffer.from(tagged.bytes as string, options.bytes));
    if ('dict' in tagged) return new Map((tagged.dict as [string, unknown][]).map(([k, v]) => [k, decode(v)]));
    if (options.other) return options.other(tagged, decode);
    throw new Error(`not a plain value: ${JSON.stringify(value)}`);
  };
  return decode(encoded);
}
