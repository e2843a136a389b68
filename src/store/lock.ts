/**
 * The per-secret writer lock. It only spares writers from retry storms and
 * keeps them fair: correctness comes from the compare-and-swap commit, so a
 * race while stealing a stale lock, or giving up waiting, costs at worst a
 * commit retry (or, for a writer overtaken by several commits while it was
 * stopped, an error instead of an acknowledgement; see revisions.ts).
 *
 * The lock is a file created exclusively, holding the owner's pid, host and a
 * nonce. An owner that is dead (same host, pid gone) or that has held it far
 * longer than any operation takes is stale, and its lock is stolen.
 */
import fs from 'node:fs';
import os from 'node:os';
import { randomBytes } from 'node:crypto';
import { FILE_MODE, linkNew, processAlive, removeQuietly, unlinkQuietly } from './fsx.js';

/** No operation holds the lock for seconds; a holder this old is hung. */
const STALE_AFTER_MS = 30_000;
/** A lock file still empty this long after creation belongs to a writer that died creating it. */
const EMPTY_STALE_AFTER_MS = 2_000;
/** Waiting longer than this, proceed unlocked: the commit protocol stays correct. */
const GIVE_UP_AFTER_MS = 10_000;

export interface Lock {
  release(): void;
  /** True when a dead writer's lock was taken over, so its temp files may be cleaned. */
  readonly tookOverDead: boolean;
}

interface Owner {
  pid: number;
  host: string;
  nonce: string;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function acquireLock(file: string): Promise<Lock> {
  const me: Owner = { pid: process.pid, host: os.hostname(), nonce: randomBytes(8).toString('hex') };
  const text = JSON.stringify(me);
  const started = Date.now();
  let tookOverDead = false;
  for (let delay = 1; ; delay = Math.min(delay * 2, 25)) {
    if (tryCreate(file, text, me)) return { tookOverDead, release: () => release(file, me.nonce) };
    const seen = inspect(file);
    if (seen?.stale) {
      tookOverDead ||= seen.dead;
      steal(file, seen.text);
      continue;
    }
    if (Date.now() - started > GIVE_UP_AFTER_MS) return { tookOverDead, release: () => {} };
    await sleep(delay + Math.random() * delay);
  }
}

/**
 * Creates the lock with its owner already in it: written beside it first,
 * then linked into place (exclusive), so a writer killed at any instant
 * never leaves an empty lock behind for others to wait out.
 */
function tryCreate(file: string, text: string, me: Owner): boolean {
  const temp = ownerFile(file, me);
  fs.writeFileSync(temp, text, { mode: FILE_MODE, flag: 'w' });
  return linkNew(temp, file);
}

function ownerFile(file: string, owner: Owner): string {
  return `${file}.${owner.pid}.${owner.nonce}`;
}

function inspect(file: string): { text: string; stale: boolean; dead: boolean } | undefined {
  let text: string;
  let age: number;
  try {
    text = fs.readFileSync(file, 'utf8');
    age = Date.now() - fs.statSync(file).mtimeMs;
  } catch {
    return undefined; // released meanwhile: try again at once
  }
  let owner: Partial<Owner> = {};
  try {
    owner = JSON.parse(text) as Partial<Owner>;
  } catch {
    return { text, stale: age > EMPTY_STALE_AFTER_MS, dead: age > EMPTY_STALE_AFTER_MS };
  }
  const dead = owner.host === os.hostname() && typeof owner.pid === 'number' && !processAlive(owner.pid);
  return { text, stale: dead || age > STALE_AFTER_MS, dead };
}

/**
 * Moves the stale lock aside under a unique name. If what was moved is not
 * the lock we judged stale (its owner released it and another writer locked
 * meanwhile), it is put back; should that fail, two writers proceed and the
 * commit protocol sorts them out.
 */
function steal(file: string, staleText: string): void {
  try {
    // A writer that died between writing its owner file and linking it left that file.
    const owner = JSON.parse(staleText) as Owner;
    if (typeof owner.pid === 'number' && typeof owner.nonce === 'string') unlinkQuietly(ownerFile(file, owner));
  } catch {
    // not an owner record
  }
  const aside = `${file}.stale-${process.pid}-${randomBytes(4).toString('hex')}`;
  try {
    fs.renameSync(file, aside);
  } catch {
    return;
  }
  try {
    if (fs.readFileSync(aside, 'utf8') !== staleText) fs.linkSync(aside, file);
  } catch {
    // Another writer holds the lock now; ours was stolen at worst.
  }
  removeQuietly(aside);
}

function release(file: string, nonce: string): void {
  try {
    if ((JSON.parse(fs.readFileSync(file, 'utf8')) as Owner).nonce === nonce) fs.unlinkSync(file);
  } catch {
    // Already gone or taken over: nothing of ours to release.
  }
}
