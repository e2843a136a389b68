/**
 * A small record kept as numbered, write-once files (`<dir>/1`, `<dir>/2`, …).
 * Committing revision N+1 is `link(temp, <dir>/N+1)`: exactly one writer can
 * create it, so a writer that started from a stale revision fails instead of
 * overwriting what another committed (compare-and-swap). Readers take the
 * highest number; revisions older than the previous one are pruned.
 */
import fs from 'node:fs';
import path from 'node:path';
import { DamagedStoreError } from './errors.js';
import { errorCode, parseStoreJson, publishNew, readStoreFile, removeQuietly, syncDir } from './fsx.js';

export interface Revision {
  rev: number;
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
    return { rev, file, body };
  }
  throw new DamagedStoreError(dir, 'its newest revision kept disappearing while being read');
}

/**
 * Commits `body` as revision `rev` (which must be the one after the revision
 * it was derived from). Returns false when another writer committed `rev` first.
 */
export function commitRevision(dir: string, tempDir: string, rev: number, body: Record<string, unknown>): boolean {
  if (!publishNew(tempDir, path.join(dir, String(rev)), JSON.stringify({ ...body, rev }))) return false;
  syncDir(dir);
  for (const old of revisionsIn(dir) ?? []) {
    if (old < rev - 1) removeQuietly(path.join(dir, String(old)));
  }
  return true;
}
