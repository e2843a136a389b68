/**
 * Loads test/params/fixtures.json, written by scripts/gen-params-fixtures.py
 * from aws-cli's own skeleton generators, ParamValidator and input loaders,
 * and turns its tagged values back into the Python value model.
 */
import { readFileSync } from 'node:fs';
import type { PyValue } from '../../src/value/model.js';
import { decodeTagged } from '../support/tagged.js';

export interface SkeletonFixture {
  input: string;
  'json-first': string;
  'json-last': string;
  'yaml-first': string;
  'yaml-last': string;
  output?: string;
  'output-json'?: string;
}

export interface ValidationFixture {
  shape: string;
  params: unknown;
  report: string | null;
}

export interface InputFixture {
  text: string;
  value?: unknown;
  error?: true;
}

interface Fixtures {
  skeletons: Record<string, SkeletonFixture>;
  validation: ValidationFixture[];
  cliInput: { json: InputFixture[]; yaml: InputFixture[] };
}

export const fixtures: Fixtures = JSON.parse(readFileSync(new URL('./fixtures.json', import.meta.url), 'utf8'));

/** Python values Python has and the model has not (datetime.date and datetime). */
export class NotInModel extends Error {}

export function decode(encoded: unknown): PyValue {
  return decodeTagged(encoded, {
    bytes: 'hex',
    other: (tagged) => {
      throw new NotInModel(JSON.stringify(tagged));
    },
  });
}

/** True when the encoded value holds a date or datetime somewhere. */
export function hasDates(encoded: unknown): boolean {
  return JSON.stringify(encoded ?? null).includes('"date');
}
