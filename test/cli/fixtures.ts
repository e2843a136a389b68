/**
 * Loads test/cli/fixtures.json, written by scripts/gen-cli-fixtures.py from
 * Python 3.11's argparse and difflib and aws-cli's xform_name.
 */
import { readFileSync } from 'node:fs';
import type { OptionSpec, ParserSpec } from '../../src/cli/argparse.js';

export interface ArgparseCase {
  parser: string;
  args: string[];
  values?: Record<string, string | boolean | string[]>;
  positional?: string | null;
  extras?: string[];
  terminal?: string;
  error?: string;
}

interface Fixtures {
  python: string;
  specs: Record<string, { name: string; options: OptionSpec[]; positional?: ParserSpec['positional'] }>;
  argparse: ArgparseCase[];
  ratios: { a: string; b: string; ratio: number }[];
  closeMatches: { word: string; possibilities: string[]; n?: number; cutoff?: number; matches: string[] }[];
  xformName: { name: string; dash: string; snake: string }[];
  /** aws-cli's argument table per operation, paging options included. */
  operationOptions: Record<string, { name: string; arity: string; required: boolean; flagValue?: boolean }[]>;
}

export const fixtures: Fixtures = JSON.parse(readFileSync(new URL('./fixtures.json', import.meta.url), 'utf8'));

export function parserSpec(name: string): ParserSpec {
  const spec = fixtures.specs[name];
  if (!spec) throw new Error(`no parser ${name} in the fixtures`);
  return { options: spec.options, ...(spec.positional ? { positional: spec.positional } : {}) };
}
