/**
 * Loads test/output/fixtures.json, written by scripts/gen-output-fixtures.py
 * from aws-cli's own formatters, and turns its tagged values back into the
 * Python value model.
 */
import { readFileSync } from 'node:fs';
import type { PyValue } from '../../src/value/model.js';
import { decodeTagged } from '../support/tagged.js';

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

/** Decodes a fixture value; lists and dicts Python shared are shared here too (`def` once, then `ref`). */
export function decode(encoded: unknown): PyValue {
  const shared = new Map<number, PyValue>();
  return decodeTagged(encoded, {
    bytes: 'hex',
    other: (tagged, inner) => {
      if ('def' in tagged) {
        const value = inner(tagged.value);
        shared.set(tagged.def as number, value);
        return value;
      }
      if ('ref' in tagged) return shared.get(tagged.ref as number)!;
      throw new Error(`unknown fixture value ${JSON.stringify(tagged)}`);
    },
  });
}

/** A short label for a test name. */
export function describeValue(encoded: unknown): string {
  const text = JSON.stringify(encoded);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
