/**
 * The V8 code cache (src/launcher.ts) is only an accelerator: written once,
 * atomically and privately, under $XDG_CACHE_HOME (else ~/.cache); used on
 * later runs; ignored and rebuilt when damaged or stale; never used from a
 * directory others could write; and never a source of different output.
 * Each test runs its own copy of bin/ and dist/, so it can age the bundles.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { ROOT } from '../support/cli.js';

const temps: string[] = [];
afterAll(() => {
  for (const dir of temps.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'update-secret-cache-'));
  temps.push(dir);
  return dir;
}

interface Install {
  bin: string;
  dist: string;
  home: string;
  run(args: readonly string[], env?: Record<string, string | undefined>): { stdout: string; stderr: string; exit: number | null };
}

/** A copy of the built CLI and a fresh HOME. */
function install(): Install {
  const dir = tempDir();
  fs.cpSync(path.join(ROOT, 'bin'), path.join(dir, 'bin'), { recursive: true });
  fs.cpSync(path.join(ROOT, 'dist'), path.join(dir, 'dist'), { recursive: true });
  const home = path.join(dir, 'home');
  fs.mkdirSync(home);
  const bin = path.join(dir, 'bin', 'update-secret');
  return {
    bin,
    dist: path.join(dir, 'dist'),
    home,
    run(args, extra = {}) {
      const env: Record<string, string> = { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: home, LANG: 'C.UTF-8', AWS_PAGER: '' };
      for (const [k, v] of Object.entries(extra)) {
        if (v === undefined) delete env[k];
        else env[k] = v;
      }
      const r = spawnSync(process.execPath, [bin, ...args], { env, cwd: home, encoding: 'utf8' });
      return { stdout: r.stdout, stderr: r.stderr, exit: r.status };
    },
  };
}

const SKELETON = ['--generate-cli-skeleton'];
const caches = (dir: string): string[] => (fs.existsSync(dir) ? fs.readdirSync(dir).sort() : []);
const mode = (file: string): number => fs.statSync(file).mode & 0o777;

describe('the code cache', () => {
  test('is written on the first run, privately, and used unchanged by the next', () => {
    const cli = install();
    const first = cli.run(SKELETON);
    expect(first.exit).toBe(0);
    const dir = path.join(cli.home, '.cache', 'update-secret');
    const files = caches(dir);
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(/^main-[0-9a-f]{16}-[0-9a-f]{16}\.v8$/);
    expect(mode(dir)).toBe(0o700);
    const file = path.join(dir, files[0]!);
    expect(mode(file)).toBe(0o600);
    const written = fs.statSync(file);
    expect(written.size).toBeGreaterThan(1000);

    const second = cli.run(SKELETON);
    expect(second).toEqual(first);
    // Accepted by V8, so not written again.
    expect(caches(dir)).toEqual(files);
    expect(fs.statSync(file).mtimeMs).toBe(written.mtimeMs);
    expect(fs.statSync(file).ino).toBe(written.ino);
  });

  test('lives under $XDG_CACHE_HOME when that is set', () => {
    const cli = install();
    const xdg = path.join(cli.home, 'xdg');
    expect(cli.run(SKELETON, { XDG_CACHE_HOME: xdg }).exit).toBe(0);
    expect(caches(path.join(xdg, 'update-secret'))).toHaveLength(1);
    expect(fs.existsSync(path.join(cli.home, '.cache'))).toBe(false);
  });

  test('a damaged cache is ignored and replaced, with the same output', () => {
    const cli = install();
    const expected = cli.run(SKELETON);
    const dir = path.join(cli.home, '.cache', 'update-secret');
    const file = path.join(dir, caches(dir)[0]!);
    fs.writeFileSync(file, Buffer.from('not a V8 code cache at all'), { mode: 0o600 });
    expect(cli.run(SKELETON)).toEqual(expected);
    expect(fs.statSync(file).size).toBeGreaterThan(1000);
    expect(caches(dir)).toHaveLength(1);
  });

  test('a rebuilt bundle gets a new cache and the old one is removed', () => {
    const cli = install();
    const expected = cli.run(SKELETON);
    const dir = path.join(cli.home, '.cache', 'update-secret');
    const [old] = caches(dir);
    const later = new Date(Date.now() + 60_000);
    fs.utimesSync(path.join(cli.dist, 'main.cjs'), later, later);
    expect(cli.run(SKELETON)).toEqual(expected);
    const now = caches(dir);
    expect(now).toHaveLength(1);
    expect(now[0]).not.toBe(old);
    // Same bundle file, so the same prefix.
    expect(now[0]!.slice(0, 22)).toBe(old!.slice(0, 22));
  });

  test('two installs keep a cache each', () => {
    const a = install();
    const b = install();
    const xdg = tempDir();
    a.run(SKELETON, { XDG_CACHE_HOME: xdg });
    b.run(SKELETON, { XDG_CACHE_HOME: xdg });
    expect(caches(path.join(xdg, 'update-secret'))).toHaveLength(2);
  });

  test('the SDK bundle is cached beside main when an invocation loads it', () => {
    const cli = install();
    // An unreachable endpoint: the SDK loads and signs; the call fails fast.
    const r = cli.run(['--secret-id', 's', '--secret-string', 'v', '--endpoint-url', 'http://127.0.0.1:9', '--cli-connect-timeout', '1'], {
      AWS_ACCESS_KEY_ID: 'k',
      AWS_SECRET_ACCESS_KEY: 's',
      AWS_DEFAULT_REGION: 'us-east-1',
      AWS_MAX_ATTEMPTS: '1',
    });
    expect(r.exit).toBe(255);
    expect(caches(path.join(cli.home, '.cache', 'update-secret')).map((f) => f.replace(/-.*/, ''))).toEqual(['main', 'sdk']);
  });
});

describe('where no cache is used, the CLI runs the same and writes nothing', () => {
  const expected = (): string => install().run(SKELETON).stdout;

  test('a cache directory others can write', () => {
    const cli = install();
    const dir = path.join(cli.home, '.cache', 'update-secret');
    fs.mkdirSync(dir, { recursive: true });
    fs.chmodSync(dir, 0o777);
    const r = cli.run(SKELETON);
    expect(r).toEqual({ stdout: expected(), stderr: '', exit: 0 });
    expect(caches(dir)).toEqual([]);
  });

  test('a cache file others can write is not read, and is replaced', () => {
    const cli = install();
    cli.run(SKELETON);
    const dir = path.join(cli.home, '.cache', 'update-secret');
    const file = path.join(dir, caches(dir)[0]!);
    fs.chmodSync(file, 0o666);
    expect(cli.run(SKELETON)).toEqual({ stdout: expected(), stderr: '', exit: 0 });
    expect(mode(file)).toBe(0o600);
  });

  test.skipIf(process.getuid?.() !== 0)("a cache directory owned by another user", () => {
    const cli = install();
    const dir = path.join(cli.home, '.cache', 'update-secret');
    fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
    fs.chownSync(dir, 65534, 65534);
    expect(cli.run(SKELETON)).toEqual({ stdout: expected(), stderr: '', exit: 0 });
    expect(caches(dir)).toEqual([]);
  });

  test('a cache location that cannot be a directory, a relative XDG_CACHE_HOME, or no HOME at all', () => {
    const cli = install();
    const blocker = path.join(cli.home, 'file');
    fs.writeFileSync(blocker, '');
    for (const env of [{ XDG_CACHE_HOME: blocker }, { XDG_CACHE_HOME: 'relative/cache' }, { HOME: undefined }]) {
      expect(cli.run(SKELETON, env)).toEqual({ stdout: expected(), stderr: '', exit: 0 });
    }
    expect(fs.existsSync(path.join(cli.home, 'relative'))).toBe(false);
    expect(fs.existsSync(path.join(cli.home, '.cache'))).toBe(false);
  });
});
