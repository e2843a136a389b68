/**
 * Loads test/query/fixtures.json (written by scripts/gen-query-fixtures.py
 * from Python jmespath) and decodes its tagged values into the value model.
 */
import { readFileSync } from 'node:fs';
import type { PyValue } from '../../src/value/model.js';

export type Tagged =
  | null
  | boolean
  | string
  | Tagged[]
  | { int: string }
  | { float: string }
  | { bytes: string }
  | { dict: [string, Tagged][] }
  | { expref: true }
  | { unrepresentable: string };

export interface FixtureCase {
  expression: string;
  doc: string;
  result?: Tagged;
  error?: { phase: 'compile' | 'search'; class: string; message: string };
}

export interface Fixtures {
  python: string;
  jmespath: string;
  docs: Record<string, Tagged>;
  cases: FixtureCase[];
}

export function loadFixtures(): Fixtures {
  return JSON.parse(readFileSync(new URL('./fixtures.json', import.meta.url), 'utf8')) as Fixtures;
}

const FLOATS: Record<string, number> = { nan: NaN, inf: Infinity, '-inf': -Infinity };

export function decode(value: Tagged): PyValue {
  if (value === null || typeof value === 'boolean' || typeof value === 'string') return value;
  if (Array.isArray(value)) return value.map(decode);
  if ('int' in value) return BigInt(value.int);
  if ('float' in value) return FLOATS[value.float] ?? Number(value.float);
  if ('bytes' in value) return new Uint8Array(Buffer.from(value.bytes, 'base64'));
  if ('dict' in value) return new Map(value.dict.map(([k, v]) => [k, decode(v)]));
  throw new Error(`not a plain value: ${JSON.stringify(value)}`);
}

/** Whether a tagged result is one the port reports as an error instead. */
export function specialResult(value: Tagged | undefined): 'expref' | 'unrepresentable' | undefined {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    if ('expref' in value) return 'expref';
    if ('unrepresentable' in value) return 'unrepresentable';
  }
  return undefined;
}
