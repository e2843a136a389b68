/**
 * Several processes on one store: concurrent writers never lose an
 * acknowledged version, and writers killed at random moments leave a store
 * that opens, serves every acknowledged version and takes the next write.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';
import os from 'node:os';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openStore } from '../../src/store/index.js';
import { tempDir } from './helpers.js';

let workerDir: string;
let worker: string;

beforeAll(() => {
  // Not a tempDir(): those are removed after each test.
  workerDir = fs.mkdtempSync(path.join(os.tmpdir(), 'store-worker-'));
  worker = path.join(workerDir, 'worker.mjs');
  buildSync({
    entryPoints: [path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures', 'worker.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile: worker,
    logLevel: 'error',
  });
});

afterAll(() => fs.rmSync(workerDir, { recursive: true, force: true }));

interface Ack {
  vid: string;
  value: string;
}

interface Worker {
  child: ChildProcess;
  /** Settles once the worker acknowledged its first update. */
  started: Promise<void>;
  done: Promise<{ acks: Ack[]; code: number | null; stderr: string }>;
}

function run(dir: string, name: string, count: number, label: string): Worker {
  const child = spawn(process.execPath, [worker, dir, name, String(count), label], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let stderr = '';
  let markStarted = () => {};
  const started = new Promise<void>((resolve) => (markStarted = resolve));
  child.stdout!.on('data', (d: Buffer) => {
    out += d.toString();
    markStarted();
  });
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  const done = new Promise<{ acks: Ack[]; code: number | null; stderr: string }>((resolve) => {
    child.on('close', (code) => {
      markStarted();
      // A line cut short by SIGKILL was never acknowledged.
      const lines = out.split('\n').filter((l) => l.endsWith('}'));
      resolve({ acks: lines.map((l) => JSON.parse(l) as Ack), code, stderr });
    });
  });
  return { child, started, done };
}

async function checkStore(dir: string, name: string, acks: Ack[]) {
  const store = openStore(dir, { region: 'us-east-1' });
  for (const ack of acks) {
    const got = await store.handle('GetSecretValue', { SecretId: name, VersionId: ack.vid });
    expect(got.SecretString).toBe(ack.value);
  }
  const labels = Object.values(((await store.handle('DescribeSecret', { SecretId: name })).VersionIdsToStages ?? {}) as Record<string, string[]>).flat();
  return { store, labels };
}

describe('concurrent processes', () => {
  test('8 writers × 50 updates on one secret lose nothing, while another process updates other secrets', async () => {
    const dir = tempDir();
    const setup = openStore(dir, { region: 'us-east-1' });
    await setup.handle('CreateSecret', { Name: 'shared' });
    for (let i = 0; i < 3; i++) await setup.handle('CreateSecret', { Name: `other-${i}` });

    const writers = Array.from({ length: 8 }, (_, i) => run(dir, 'shared', 50, `w${i}`));
    const others = [0, 1, 2].map((i) => run(dir, `other-${i}`, 20, `o${i}`));
    const results = await Promise.all([...writers, ...others].map((w) => w.done));
    for (const r of results) expect([r.code, r.stderr]).toEqual([0, '']);

    const acks = results.slice(0, 8).flatMap((r) => r.acks);
    expect(acks).toHaveLength(400);
    expect(new Set(acks.map((a) => a.vid)).size).toBe(400);
    const { store, labels } = await checkStore(dir, 'shared', acks);
    expect(labels.filter((l) => l === 'AWSCURRENT')).toHaveLength(1);
    expect(labels.filter((l) => l === 'AWSPREVIOUS')).toHaveLength(1);
    const versions: string[] = [];
    let next: unknown;
    do {
      const page = await store.handle('ListSecretVersionIds', { SecretId: 'shared', IncludeDeprecated: true, NextToken: next });
      versions.push(...(page.Versions as Array<{ VersionId: string }>).map((v) => v.VersionId));
      next = page.NextToken;
    } while (next !== undefined);
    expect(versions).toHaveLength(400);

    for (let i = 0; i < 3; i++) await checkStore(dir, `other-${i}`, results[8 + i]!.acks);
  }, 120_000);
});

describe('crashes', () => {
  test('writers killed at random moments leave every acknowledged version readable and the store writable', async () => {
    const dir = tempDir();
    const setup = openStore(dir, { region: 'us-east-1' });
    await setup.handle('CreateSecret', { Name: 'crashy' });
    const acks: Ack[] = [];
    let workerAcks = 0;
    const rounds = 20;
    for (let round = 0; round < rounds; round++) {
      const writers = Array.from({ length: 3 }, (_, i) => run(dir, 'crashy', 0, `r${round}w${i}`));
      // Kill in the middle of the writing, not during start-up.
      await Promise.race(writers.map((w) => w.started));
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 300));
      for (const w of writers) w.child.kill('SIGKILL');
      for (const w of writers) {
        const { acks: acked, stderr } = await w.done;
        expect(stderr).toBe('');
        acks.push(...acked);
        workerAcks += acked.length;
      }

      const { store, labels } = await checkStore(dir, 'crashy', acks);
      if (acks.length > 0) expect(labels.filter((l) => l === 'AWSCURRENT')).toHaveLength(1);
      expect(labels.filter((l) => l === 'AWSPREVIOUS').length).toBeLessThanOrEqual(1);
      const started = Date.now();
      const token = `00000000-0000-4000-8000-${String(round).padStart(12, '0')}`;
      await store.handle('UpdateSecret', { SecretId: 'crashy', SecretString: `after-${round}`, ClientRequestToken: token });
      expect(Date.now() - started).toBeLessThan(2000);
      acks.push({ vid: token, value: `after-${round}` });
      const secretDir = path.join(dir, '123456789012', 'us-east-1', 'secrets', fs.readdirSync(path.join(dir, '123456789012', 'us-east-1', 'secrets'))[0]!);
      expect(fs.existsSync(path.join(secretDir, 'lock'))).toBe(false);
      expect(fs.readdirSync(path.join(secretDir, 'tmp'))).toEqual([]);
    }
    // Each round killed its writers after at least one acknowledged update.
    expect(workerAcks).toBeGreaterThanOrEqual(rounds);
  }, 180_000);
});
