/**
 * CLI processes killed with SIGKILL at random moments while updating one
 * secret (DESIGN §4: atomic writes, a lock that survives crashed holders).
 * After every round the store opens, every VersionId printed before a kill
 * holds its value, one version is AWSCURRENT, and the next write goes
 * through promptly, leaving no lock or temp file behind.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/index.js';
import { Layout } from '../../src/store/layout.js';
import { listAllVersions, secretDirs, spawnCli, storeHome, UUID, type StoreHome } from './store-support.js';

const ROUNDS = 12;
const LOOPERS = 2;
/** Kills land anywhere in the first few invocations of a round (one takes ~0.1–0.4 s). */
const KILL_WITHIN_MS = 700;

interface Ack {
  vid: string;
  value: string;
}

/** Updates `secret` in a loop of CLI processes until the deadline, then SIGKILLs the one running. */
async function loopUntilKilled(s: StoreHome, secret: string, label: string, killAt: number): Promise<{ acks: Ack[]; killed: number; failures: string[] }> {
  const acks: Ack[] = [];
  const failures: string[] = [];
  let killed = 0;
  for (let i = 0; ; i++) {
    const value = `${label}-v${i}`;
    const run = spawnCli(['--secret-id', secret, '--secret-string', value, ...s.endpoint, '--query', 'VersionId', '--output', 'text'], s.env, s.home);
    const timer = setTimeout(() => run.child.kill('SIGKILL'), Math.max(0, killAt - Date.now()));
    const r = await run.done;
    clearTimeout(timer);
    // A VersionId printed in full was acknowledged, even if the kill came before the exit.
    if (r.stdout.endsWith('\n') && UUID.test(r.stdout.trim())) acks.push({ vid: r.stdout.trim(), value });
    if (r.signal === 'SIGKILL') {
      killed++;
      return { acks, killed, failures };
    }
    if (r.exit !== 0 || r.stderr !== '') failures.push(`${label} #${i}: exit ${r.exit} ${r.stderr}`);
    if (Date.now() >= killAt) return { acks, killed, failures };
  }
}

async function checkStore(dir: string, acks: Ack[]) {
  const store = openStore(dir, { region: 'us-east-1' });
  for (const ack of acks) {
    expect((await store.handle('GetSecretValue', { SecretId: 'crashy', VersionId: ack.vid })).SecretString).toBe(ack.value);
  }
}

describe('CLI processes killed at random moments', () => {
  it(`keeps every printed version over ${ROUNDS} rounds of SIGKILLs, and the next write goes through`, async () => {
    const s = storeHome();
    await s.ok(['local', 'create-secret', '--name', 'crashy', ...s.endpoint]);
    const acks: Ack[] = [];
    let kills = 0;
    /** Rounds whose kills left a lock or temp file behind: the kill hit a write. */
    let debris = 0;
    const nextWrite: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const killAt = Date.now() + 50 + Math.random() * KILL_WITHIN_MS;
      const loops = await Promise.all(Array.from({ length: LOOPERS }, (_, l) => loopUntilKilled(s, 'crashy', `r${round}l${l}`, killAt + l * 37)));
      expect(loops.flatMap((l) => l.failures)).toEqual([]);
      kills += loops.reduce((n, l) => n + l.killed, 0);
      acks.push(...loops.flatMap((l) => l.acks));

      await checkStore(s.dir, acks);
      const [secretDir] = secretDirs(s.dir);
      const lockFile = path.join(secretDir!, 'lock');
      const tempDir = path.join(secretDir!, 'tmp');
      if (fs.existsSync(lockFile) || fs.readdirSync(tempDir).length > 0) debris++;

      // The next write succeeds promptly: a dead writer's lock or temp files do not block it.
      const started = Date.now();
      const vid = (await s.ok(['--secret-id', 'crashy', '--secret-string', `after-${round}`, ...s.endpoint, '--query', 'VersionId', '--output', 'text'])).trim();
      nextWrite.push(Date.now() - started);
      expect(nextWrite.at(-1)).toBeLessThan(5_000);
      acks.push({ vid, value: `after-${round}` });
      expect(fs.existsSync(lockFile)).toBe(false);
      expect(fs.readdirSync(tempDir)).toEqual([]);
    }
    expect(kills).toBeGreaterThanOrEqual(ROUNDS);

    // The CLI opens the store, reads the versions, and sees one AWSCURRENT and one AWSPREVIOUS.
    const listed = await listAllVersions(s, 'crashy');
    expect(listed.map((v) => v.VersionId)).toEqual(expect.arrayContaining(acks.map((a) => a.vid)));
    expect(listed.filter((v) => v.VersionStages?.includes('AWSCURRENT')).map((v) => v.VersionId)).toEqual([acks.at(-1)!.vid]);
    expect(listed.filter((v) => v.VersionStages?.includes('AWSPREVIOUS'))).toHaveLength(1);
    const sample = acks.filter((_, i) => i % 5 === 0);
    const read = await Promise.all(
      sample.map((ack) => s.ok(['local', 'get-secret-value', '--secret-id', 'crashy', '--version-id', ack.vid, '--query', 'SecretString', '--output', 'text', ...s.endpoint])),
    );
    expect(read).toEqual(sample.map((ack) => `${ack.value}\n`));
    console.log(`store-crash: ${ROUNDS} rounds, ${kills} processes killed, ${acks.length} versions acknowledged, ${debris} rounds left a dead writer's lock or temp file; next write after a kill took ${Math.min(...nextWrite)}–${Math.max(...nextWrite)} ms`);
  }, 120_000);

  /*
   * A writer killed between creating the lock and writing its owner would
   * leave an empty lock for the next writer to wait out. The lock is
   * therefore written beside it first and linked into place, so no lock file
   * is ever seen without its owner, whenever a writer dies.
   */
  it('never shows a lock file without its owner, so a writer killed at any instant leaves nothing to wait out', async () => {
    const s = storeHome();
    await s.ok(['local', 'create-secret', '--name', 'crashy', '--secret-string', 'v0', ...s.endpoint]);
    const lockFile = new Layout(s.dir, '123456789012', 'us-east-1').secret('crashy').lockFile;
    let running = true;
    let seen = 0;
    let empty = 0;
    const watch = (async () => {
      while (running) {
        try {
          const text = fs.readFileSync(lockFile, 'utf8');
          seen++;
          if (text === '') empty++;
        } catch {
          // no lock at this instant
        }
        await new Promise((r) => setImmediate(r));
      }
    })();
    await Promise.all([0, 1, 2, 3].map(async (w) => {
      for (let i = 0; i < 8; i++) await s.ok(['--secret-id', 'crashy', '--secret-string', `w${w}-${i}`, ...s.endpoint]);
    }));
    running = false;
    await watch;
    expect(seen).toBeGreaterThan(0);
    expect(empty).toBe(0);
  }, 60_000);
});
