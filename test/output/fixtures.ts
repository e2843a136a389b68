/**
 * Loads test/output/fixtures.json, written by scripts/gen-output-fixtures.py
 * from aws-cli's own formatters, and turns its tagged values back into the
 * Python value model.
 */
import { readFileSync } from 'node:fs';
import type { PyValue } from '../../src/value/model.js';

export interface Outcome {
  out: string;
  error?: string;
  type?: string;
}
export interface TableOutcome extends Partial<Outcome> {
  widths: number[];
  chunks?: string[];
  bytes?: string;
}
export interface Fixture {
  title: string;
  value: unknown;
  json: Outcome;
  text: Outcome;
  yaml: Outcome;
  'yaml-stream': Outcome;
  /** Absent for cases recorded for the other formats only; null where Python
   *  itself is not deterministic. */
  table?: TableOutcome[] | null;
  'table-color'?: TableOutcome[] | null;
}

export const fixtures: Fixture[] = JSON.parse(
  readFileSync(new URL('./fixtures.json', import.meta.url), 'utf8'),
).cases;

export function decode(encoded: unknown, shared = new Map<number, PyValue>()): PyValue {
  if (encoded === null || typeof encoded === 'boolean' || typeof encoded === 'string') return encoded;
  if (Array.isArray(encoded)) return encoded.map((item) => decode(item, shared));
  const tagged = encoded as Record<string, unknown>;
  if ('int' in tagged) return BigInt(tagged.int as string);
  if ('float' in tagged) return parseFloatRepr(tagged.float as string);
  if ('bytes' in tagged) return Uint8Array.from(Buffer.from(tagged.bytes as string, 'hex'));
  if ('dict' in tagged) {
    return new Map((tagged.dict as [string, unknown][]).map(([k, v]) => [k, decode(v, shared)]));
  }
  if ('def' in tagged) {
    const value = decode(tagged.value, shared);
    shared.set(tagged.def as number, value);
    return value;
  }
  if ('ref' in tagged) return shared.get(tagged.ref as number)!;
  throw new Error(`unknown fixture value ${JSON.stringify(encoded)}`);
}

function parseFloatRepr(text: string): number {
  if (text === 'nan') return NaN;
  if (text === 'inf') return Infinity;
  if (text === '-inf') return -Infinity;
  return Number(text);
}

/** A short label for a test name. */
export function describeValue(encoded: unknown): string {
  const text = JSON.stringify(encoded);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
