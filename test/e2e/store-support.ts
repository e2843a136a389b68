/**
 * Shared by the end-to-end tests of the local store: a store under a fresh
 * HOME (both removed after the file's tests), the built CLI run against it
 * with an environment built from nothing, and reads of the store's files.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, expect } from 'vitest';
import { BIN, baseEnv, freshHome, runCli, type RunResult } from '../support/cli.js';

export const REGION_DIR = path.join('123456789012', 'us-east-1');

const homes: string[] = [];
afterAll(() => {
  for (const home of homes.splice(0)) fs.rmSync(home, { recursive: true, force: true });
});

export interface StoreHome {
  home: string;
  env: Record<string, string>;
  /** The store directory (created by the CLI on first write). */
  dir: string;
  /** `--endpoint-url file://<dir>` */
  endpoint: string[];
  /** Runs the CLI with the store's environment, HOME as the working directory. */
  cli(args: readonly string[]): Promise<RunResult>;
  /** Like `cli`, but fails the test unless it exits 0 with nothing on stderr. */
  ok(args: readonly string[]): Promise<string>;
}

export function storeHome(files: Record<string, string | Buffer> = {}): StoreHome {
  const home = freshHome(files);
  homes.push(home);
  const env = baseEnv(home);
  const dir = path.join(home, 'store');
  const cli = (args: readonly string[]) => runCli(args, { env, cwd: home });
  return {
    home,
    env,
    dir,
    endpoint: ['--endpoint-url', `file://${dir}`],
    cli,
    async ok(args) {
      const r = await cli(args);
      expect({ args, exit: r.exit, stderr: r.stderr }).toEqual({ args, exit: 0, stderr: '' });
      return r.stdout;
    },
  };
}

/** The CLI as a child process the test may kill; settles with what it printed. */
export function spawnCli(args: readonly string[], env: Record<string, string>, cwd: string): { child: ChildProcess; done: Promise<RunResult & { signal: NodeJS.Signals | null }> } {
  const child = spawn(process.execPath, [BIN, ...args], { env, cwd, stdio: ['ignore', 'pipe', 'pipe'] });
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  child.stdout!.on('data', (d: Buffer) => out.push(d));
  child.stderr!.on('data', (d: Buffer) => err.push(d));
  const done = new Promise<RunResult & { signal: NodeJS.Signals | null }>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) =>
      resolve({ stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8'), exit: code ?? -1, signal }),
    );
  });
  return { child, done };
}

export interface ListedVersion {
  VersionId: string;
  VersionStages?: string[];
}

/** Every version of `secret` through `local list-secret-version-ids --include-deprecated`, page by page. */
export async function listAllVersions(s: StoreHome, secret: string): Promise<ListedVersion[]> {
  const versions: ListedVersion[] = [];
  let next: string | undefined;
  do {
    const page = JSON.parse(
      await s.ok(['local', 'list-secret-version-ids', '--secret-id', secret, '--include-deprecated', ...(next ? ['--next-token', next] : []), ...s.endpoint]),
    ) as { Versions: ListedVersion[]; NextToken?: string };
    versions.push(...page.Versions);
    next = page.NextToken;
  } while (next !== undefined);
  return versions;
}

/** Every file under `dir`, recursively. */
export function filesUnder(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath, e.name));
}

/** The one secret directory under the store (tests that use it hold a single secret). */
export function secretDirs(dir: string): string[] {
  const secrets = path.join(dir, REGION_DIR, 'secrets');
  return fs.readdirSync(secrets).map((name) => path.join(secrets, name));
}

/** The newest metadata record of the secret in `secretDir`. */
export function latestMeta(secretDir: string): { file: string; secret: { id: string; name: string; versions: Record<string, { seq: number; stages: string[] }> } } {
  const metaDir = path.join(secretDir, 'meta');
  const rev = Math.max(...fs.readdirSync(metaDir).filter((n) => /^\d+$/.test(n)).map(Number));
  const file = path.join(metaDir, String(rev));
  return { file, secret: (JSON.parse(fs.readFileSync(file, 'utf8')) as { secret: ReturnType<typeof latestMeta>['secret'] }).secret };
}

/** The directory of the secret called `name`, found through its metadata record. */
export function secretDirOf(dir: string, name: string): string {
  const found = secretDirs(dir).find((d) => latestMeta(d).secret.name === name);
  if (!found) throw new Error(`no secret ${name} in ${dir}`);
  return found;
}

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** A stack trace line, which no error output may contain. */
export const STACK_FRAME = /^\s+at .+[(:]/m;

export const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
