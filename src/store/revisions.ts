/**
 * A small record kept as numbered, write-once files (`<dir>/1`, `<dir>/2`, …).
 * Committing revision N+1 is `link(temp, <dir>/N+1)`: exactly one writer can
 * create it, so a writer that started from a stale revision fails instead of
 * overwriting what another committed (compare-and-swap). Readers take the
 * highest number; revisions older than the previous one are pruned.
 *
 * Pruning frees old numbers, so a writer stale by three or more commits (one
 * that lost its lock while suspended, say) could create a pruned number
 * again. Each revision therefore carries a random id and its parent's id, and
 * a commit that finds newer revisions beside it checks that the next one
 * descends from it: if not, it was stale, and it is withdrawn as a lost race;
 * if that revision is pruned too, the commit cannot be told apart from one
 * that others built on at once, and it is reported, never acknowledged.
 */
import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { DamagedStoreError, UnconfirmedCommitError } from './errors.js';
import { errorCode, parseStoreJson, publishNew, readStoreFile, removeQuietly, syncDir } from './fsx.js';

/** The revision a change was derived from: its number (0 for none) and id. */
export interface Base {
  rev: number;
  id?: string;
}

export interface Revision extends Base {
  file: string;
  body: Record<string, unknown>;
}

function revisionsIn(dir: string): number[] | undefined {
  try {
    return fs
      .readdirSync(dir)
      .filter((name) => /^[1-9]\d*$/.test(name))
      .map(Number);
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return undefined;
    throw new DamagedStoreError(dir, `it cannot be listed (${errorCode(error) ?? String(error)})`);
  }
}

/** The newest revision, or undefined when none was ever committed. */
export function readLatest(dir: string, privateOnly = false): Revision | undefined {
  // A concurrent commit may prune the revision we picked between listing and
  // reading it; a newer one then exists, so list again.
  for (let attempt = 0; attempt < 1000; attempt++) {
    const revs = revisionsIn(dir);
    if (!revs || revs.length === 0) return undefined;
    const rev = Math.max(...revs);
    const file = path.join(dir, String(rev));
    const text = readStoreFile(file, privateOnly);
    if (text === undefined) continue;
    const body = parseStoreJson(file, text);
    if (body.rev !== rev) throw new DamagedStoreError(file, `it claims to be revision ${String(body.rev)}`);
    return { rev, file, body, ...(typeof body.id === 'string' ? { id: body.id } : {}) };
  }
  throw new DamagedStoreError(dir, 'its newest revision kept disappearing while being read');
}

/**
 * Commits `body` as the revision after `base`, the one it was derived from.
 * Returns its id, or undefined when another writer committed that number
 * first (or had, before this writer's base went stale).
 */
export function commitRevision(dir: string, tempDir: string, base: Base, body: Record<string, unknown>): string | undefined {
  const rev = base.rev + 1;
  const id = randomBytes(8).toString('hex');
  const file = path.join(dir, String(rev));
  if (!publishNew(tempDir, file, JSON.stringify({ ...body, rev, id, parent: base.id }))) return undefined;
  syncDir(dir);
  const revs = revisionsIn(dir) ?? [];
  if (Math.max(...revs) > rev && !succeededBy(dir, rev, id)) {
    removeQuietly(file);
    return undefined;
  }
  for (const old of revs) {
    if (old < rev - 1) removeQuietly(path.join(dir, String(old)));
  }
  return id;
}

/**
 * Whether the revision after `rev` descends from the one just committed as
 * `rev` with `id` (another writer built on it at once) rather than from an
 * earlier revision of that number, pruned before this writer reused it.
 */
function succeededBy(dir: string, rev: number, id: string): boolean {
  const file = path.join(dir, String(rev + 1));
  const text = readStoreFile(file);
  if (text === undefined) throw new UnconfirmedCommitError(dir);
  return parseStoreJson(file, text).parent === id;
}
