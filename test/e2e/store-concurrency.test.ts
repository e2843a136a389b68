/**
 * Many CLI processes on one local store (DESIGN §4: writes serialised per
 * secret by a lock; versions are never lost): 8 processes × 50 sequential
 * `update-secret` invocations on one secret, while other secrets of the
 * same store are updated alongside and are not held up by that secret's lock.
 */
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { acquireLock } from '../../src/store/lock.js';
import { Layout } from '../../src/store/layout.js';
import { openStore } from '../../src/store/index.js';
import { listAllVersions, median, spawnCli, storeHome, UUID, type StoreHome } from './store-support.js';

const WRITERS = 8;
const UPDATES = 50;

interface Ack {
  vid: string;
  value: string;
  /** When the invocation started, and how long it took. */
  at: number;
  ms: number;
}

/** `count` sequential updates of `secret`, each printing its VersionId; failures are collected, not thrown. */
async function updateLoop(s: StoreHome, secret: string, label: string, count: number) {
  const acks: Ack[] = [];
  const failures: string[] = [];
  for (let i = 0; i < count; i++) {
    const value = `${label}-${i}-${randomUUID()}`;
    const started = Date.now();
    const r = await s.cli(['--secret-id', secret, '--secret-string', value, ...s.endpoint, '--query', 'VersionId', '--output', 'text']);
    const ms = Date.now() - started;
    if (r.exit !== 0 || r.stderr !== '' || !UUID.test(r.stdout.trim())) failures.push(`${label} #${i}: exit ${r.exit} ${r.stderr}${r.stdout}`);
    else acks.push({ vid: r.stdout.trim(), value, at: started, ms });
  }
  return { acks, failures, finished: Date.now() };
}

describe('concurrent CLI processes on one store', () => {
  it(`${WRITERS} processes × ${UPDATES} updates of one secret make ${WRITERS * UPDATES} readable versions, with other secrets updated alongside`, async () => {
    const s = storeHome();
    await s.ok(['local', 'create-secret', '--name', 'S', ...s.endpoint]);
    for (const other of ['O1', 'O2']) await s.ok(['local', 'create-secret', '--name', other, ...s.endpoint]);

    const started = Date.now();
    const [writers, others] = await Promise.all([
      Promise.all(Array.from({ length: WRITERS }, (_, w) => updateLoop(s, 'S', `w${w}`, UPDATES))),
      Promise.all(['O1', 'O2'].map((o) => updateLoop(s, o, o, 10))),
    ]);
    const elapsed = Date.now() - started;

    expect([...writers, ...others].flatMap((r) => r.failures)).toEqual([]);
    const acks = writers.flatMap((r) => r.acks);
    expect(acks).toHaveLength(WRITERS * UPDATES);
    expect(new Set(acks.map((a) => a.vid)).size).toBe(WRITERS * UPDATES);

    // Every acknowledged version holds the value it was written with.
    const store = openStore(s.dir, { region: 'us-east-1' });
    for (const ack of acks) {
      expect((await store.handle('GetSecretValue', { SecretId: 'S', VersionId: ack.vid })).SecretString).toBe(ack.value);
    }
    // And through `local get-secret-value`, five versions of each writer, four processes at a time.
    const sample = writers.flatMap((r) => r.acks.filter((_, i) => i % 10 === 7));
    const read: string[] = [];
    for (let i = 0; i < sample.length; i += 4) {
      read.push(
        ...(await Promise.all(
          sample
            .slice(i, i + 4)
            .map((ack) => s.ok(['local', 'get-secret-value', '--secret-id', 'S', '--version-id', ack.vid, '--query', 'SecretString', '--output', 'text', ...s.endpoint])),
        )),
      );
    }
    expect(sample).toHaveLength(WRITERS * 5);
    expect(read).toEqual(sample.map((ack) => `${ack.value}\n`));

    const listed = await listAllVersions(s, 'S');
    expect(listed.map((v) => v.VersionId).sort()).toEqual(acks.map((a) => a.vid).sort());
    const holders = (label: string) => listed.filter((v) => v.VersionStages?.includes(label)).map((v) => v.VersionId);
    expect(holders('AWSCURRENT')).toHaveLength(1);
    expect(holders('AWSPREVIOUS')).toHaveLength(1);
    expect(listed.filter((v) => v.VersionStages !== undefined)).toHaveLength(2);

    // The other secrets got all their versions, no slower than the contended one's writers.
    for (const [i, other] of ['O1', 'O2'].entries()) {
      expect((await listAllVersions(s, other)).map((v) => v.VersionId).sort()).toEqual(others[i]!.acks.map((a) => a.vid).sort());
    }
    // Compared with S's invocations over the same stretch of time, under the same load.
    const othersDone = Math.max(...others.map((r) => r.finished));
    const contended = median(acks.filter((a) => a.at < othersDone).map((a) => a.ms));
    const uncontended = median(others.flatMap((r) => r.acks.map((a) => a.ms)));
    expect(uncontended).toBeLessThan(contended * 1.5);
    console.log(
      `store-concurrency: ${acks.length} updates of S in ${elapsed} ms; median latency meanwhile: S ${contended} ms, other secrets ${uncontended} ms; ` +
        `other secrets done after ${othersDone - started} ms, S writers after ${Math.max(...writers.map((r) => r.finished)) - started} ms`,
    );
  }, 240_000);

  it('updates other secrets at once while a writer holds the lock of the contended one', async () => {
    const s = storeHome();
    for (const name of ['S', 'O1', 'O2', 'O3']) await s.ok(['local', 'create-secret', '--name', name, '--secret-string', 'v0', ...s.endpoint]);
    // A live writer holding S's lock, as a slow writer would.
    const lock = await acquireLock(new Layout(s.dir, '123456789012', 'us-east-1').secret('S').lockFile);
    let waiter: ReturnType<typeof spawnCli> | undefined;
    try {
      waiter = spawnCli(['--secret-id', 'S', '--secret-string', 'after-the-lock', ...s.endpoint, '--query', 'VersionId', '--output', 'text'], s.env, s.home);
      let waiterDone = false;
      void waiter.done.then(() => (waiterDone = true));
      const latencies: number[] = [];
      for (const other of ['O1', 'O2', 'O3']) {
        const started = Date.now();
        const vid = (await s.ok(['--secret-id', other, '--secret-string', `new-${other}`, ...s.endpoint, '--query', 'VersionId', '--output', 'text'])).trim();
        latencies.push(Date.now() - started);
        expect(vid).toMatch(UUID);
      }
      // All three finished while S's writer was still waiting for the lock.
      expect(waiterDone).toBe(false);
      console.log(`store-concurrency: other secrets updated in ${latencies.join(', ')} ms while S's lock was held`);
    } finally {
      lock.release();
    }
    const releasedAt = Date.now();
    const r = await waiter!.done;
    expect({ exit: r.exit, stderr: r.stderr }).toEqual({ exit: 0, stderr: '' });
    expect(Date.now() - releasedAt).toBeLessThan(5_000);
    const got = await s.ok(['local', 'get-secret-value', '--secret-id', 'S', '--query', '[VersionId,SecretString]', '--output', 'text', ...s.endpoint]);
    expect(got).toBe(`${r.stdout.trim()}\tafter-the-lock\n`);
  }, 60_000);
});
