/**
 * Runs the built bin/update-secret as a user would: a fresh HOME that is
 * also the working directory, and an environment built from nothing but
 * PATH (so nothing of the test runner's environment leaks in).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const BIN = join(ROOT, 'bin', 'update-secret');

export interface RunResult {
  stdout: string;
  stderr: string;
  exit: number;
}

export function freshHome(files: Record<string, string | Buffer> = {}): string {
  const home = mkdtempSync(join(tmpdir(), 'update-secret-test-'));
  for (const [name, content] of Object.entries(files)) {
    const path = join(home, name);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, content);
  }
  return home;
}

/** The base environment of every golden case. */
export function baseEnv(home: string): Record<string, string> {
  return {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: home,
    AWS_ACCESS_KEY_ID: 'testing',
    AWS_SECRET_ACCESS_KEY: 'testing',
    AWS_DEFAULT_REGION: 'us-east-1',
    AWS_PAGER: '',
    LANG: 'C.UTF-8',
    TERM: 'dumb',
  };
}

export function runCli(args: readonly string[], options: { env: Record<string, string>; cwd: string; stdin?: string }): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { env: options.env, cwd: options.cwd, stdio: ['pipe', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (d: Buffer) => out.push(d));
    child.stderr.on('data', (d: Buffer) => err.push(d));
    child.on('error', reject);
    child.on('close', (code, signal) =>
      resolve({
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
        exit: code ?? (signal ? 128 : -1),
      }),
    );
    child.stdin.end(options.stdin ?? '');
  });
}
