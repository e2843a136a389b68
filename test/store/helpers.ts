import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';
import { ServiceError } from '../../src/errors.js';
import { openStore, type StoreOptions } from '../../src/store/index.js';

export const T0 = Date.UTC(2024, 0, 15, 10, 30, 0, 123);
export const HOUR = 60 * 60 * 1000;
export const DAY = 24 * HOUR;

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

export function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'store-test-'));
  dirs.push(dir);
  return dir;
}

/** A VersionId-shaped token (36 chars, like the SDKs' UUIDs) numbered `n`. */
export const tok = (n: number): string => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

export type Body = Record<string, unknown>;

export function makeStore(options: Partial<StoreOptions> = {}, dir = tempDir()) {
  const clock = { t: T0, now() { return this.t; }, advance(ms: number) { this.t += ms; } };
  const store = openStore(dir, { region: 'us-east-1', clock, ...options });
  const call = (operation: string, input: Body = {}) => store.handle(operation, input);
  /** The ServiceError an operation fails with; fails the test when it succeeds. */
  const fail = async (operation: string, input: Body = {}): Promise<ServiceError> => {
    try {
      await store.handle(operation, input);
    } catch (error) {
      if (error instanceof ServiceError) return error;
      throw error;
    }
    throw new Error(`${operation} succeeded but was expected to fail`);
  };
  return { dir, clock, store, call, fail };
}

export type TestStore = ReturnType<typeof makeStore>;

/** Creates `name` with a first version `v1` and returns its ARN. */
export async function seed(s: TestStore, name = 'app/db', value = 'v1', token = tok(1)): Promise<string> {
  const out = await s.call('CreateSecret', { Name: name, SecretString: value, ClientRequestToken: token });
  return out.ARN as string;
}

export async function stagesById(s: TestStore, secretId: string, includeDeprecated = false): Promise<Record<string, string[]>> {
  const out = await s.call('ListSecretVersionIds', { SecretId: secretId, IncludeDeprecated: includeDeprecated });
  return Object.fromEntries(
    (out.Versions as Array<{ VersionId: string; VersionStages?: string[] }>).map((v) => [v.VersionId, [...(v.VersionStages ?? [])].sort()]),
  );
}

export function allFiles(dir: string): string[] {
  return fs.readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath, e.name));
}
