/**
 * Loads test/query/fixtures.json (written by scripts/gen-query-fixtures.py
 * from Python jmespath) and decodes its tagged values into the value model.
 */
import { readFileSync } from 'node:fs';
import type { PyValue } from '../../src/value/model.js';
import { decodeTagged, type Tagged as PlainTagged } from '../support/tagged.js';

/** A result: a plain value, or one the port reports as an error instead. */
export type Tagged = PlainTagged | { expref: true } | { unrepresentable: string };

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

export function decode(value: Tagged): PyValue {
  return decodeTagged(value, { bytes: 'base64' });
}

/** Whether a tagged result is one the port reports as an error instead. */
export function specialResult(value: Tagged | undefined): 'expref' | 'unrepresentable' | undefined {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    if ('expref' in value) return 'expref';
    if ('unrepresentable' in value) return 'unrepresentable';
  }
  return undefined;
}
