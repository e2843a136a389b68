/**
 * One secret's storage: reading its metadata record and changing it.
 *
 * A change runs as: take the lock; read the newest revision; let the
 * operation decide (it may write new value files); delete the files of
 * versions the previous revision removed; write markers for versions losing
 * their last label; flush the versions directory; commit the next revision
 * (compare-and-swap, see revisions.ts); on a lost race start over from the
 * newer revision. Nothing is acknowledged before its commit is durable.
 */
import fs from 'node:fs';
import path from 'node:path';
import { ensureDir, removeDeadTemps, removeQuietly, syncDir } from './fsx.js';
import type { SecretPaths } from './layout.js';
import { acquireLock } from './lock.js';
import { parseMeta, type SecretMeta, type ValueFile } from './records.js';
import { commitRevision, readLatest, type Base } from './revisions.js';
import { VersionFiles } from './version-files.js';

export interface SecretRecord extends Base {
  secret?: SecretMeta;
}

/** What a version number holds, as the retention walk sees it. */
export type Probe =
  | { kind: 'gone' }
  | { kind: 'labelled' }
  | { kind: 'deprecated'; vid: string; created: number };

export interface Tx {
  /** Writes a new version's value file under the next free number, and returns that number. */
  addVersion(meta: SecretMeta, value: Omit<ValueFile, 'seq'>): number;
  /** Classifies version number `seq` for `next`, the record being built. */
  probe(next: SecretMeta, seq: number): Probe;
}

export interface Outcome<T> {
  result: T;
  /** The record to commit: a secret, null to remove it, undefined to change nothing. */
  next?: SecretMeta | null;
}

/** Decides a change from the committed secret (a private copy, without its removal list). */
export type Decide<T> = (current: SecretMeta | undefined, tx: Tx) => Outcome<T>;

export class SecretFiles {
  readonly versions: VersionFiles;

  constructor(
    readonly paths: SecretPaths,
    /** True for a secret whose scheduled deletion has taken effect: it is absent, and purged when next written. */
    private readonly isGone: (meta: SecretMeta) => boolean,
  ) {
    this.versions = new VersionFiles(paths);
  }

  read(): SecretRecord {
    const latest = readLatest(this.paths.metaDir);
    return latest ? { rev: latest.rev, id: latest.id, secret: parseMeta(latest.file, latest.body) } : { rev: 0 };
  }

  /** The committed secret unless it is gone (then purged first). */
  async readLive(): Promise<SecretMeta | undefined> {
    const secret = this.read().secret;
    if (secret && this.isGone(secret)) return this.transact(() => ({ result: undefined }));
    return secret;
  }

  /**
   * Runs `decide` and commits its outcome. `mayCreate` lets it create the
   * secret's directories; otherwise a secret without a directory is absent
   * and nothing is written.
   */
  async transact<T>(decide: Decide<T>, mayCreate = false): Promise<T> {
    if (!fs.existsSync(this.paths.metaDir)) {
      if (!mayCreate) return this.attempt({ rev: 0 }, decide, false).result;
      ensureDir(this.paths.metaDir);
      ensureDir(this.paths.tempDir);
    }
    const lock = await acquireLock(this.paths.lockFile);
    try {
      if (lock.tookOverDead) removeDeadTemps(this.paths.tempDir);
      for (;;) {
        const outcome = this.attempt(this.read(), decide, true);
        if (outcome.committed) return outcome.result;
      }
    } finally {
      lock.release();
    }
  }

  private attempt<T>(record: SecretRecord, decide: Decide<T>, mayWrite: boolean): { result: T; committed: boolean } {
    const prev = record.secret;
    const gone = prev !== undefined && this.isGone(prev);
    const created: string[] = [];
    const discard = () => created.forEach(removeQuietly);
    let outcome: Outcome<T>;
    try {
      outcome = decide(prev && !gone ? privateCopy(prev) : undefined, this.tx(prev, created, mayWrite));
    } catch (error) {
      discard();
      if (gone && mayWrite) this.commit(record, null); // lazy purge; losing a race to another writer is fine
      throw error;
    }
    const next = outcome.next === undefined && gone && mayWrite ? null : outcome.next;
    if (next === undefined) return { result: outcome.result, committed: true };
    if (!mayWrite) throw new Error('store: a change was decided for a secret without a directory');
    if (!this.commit(record, next, created.length > 0)) {
      discard();
      return { result: outcome.result, committed: false };
    }
    return { result: outcome.result, committed: true };
  }

  private commit(record: SecretRecord, next: SecretMeta | null, wroteValue = false): boolean {
    this.prepare(record.secret, next, wroteValue);
    if (commitRevision(this.paths.metaDir, this.paths.tempDir, record, { secret: next ?? undefined }) === undefined) return false;
    this.finish(record.secret, next);
    return true;
  }

  private tx(prev: SecretMeta | undefined, created: string[], mayWrite: boolean): Tx {
    return {
      addVersion: (meta, value) => {
        if (!mayWrite) throw new Error('store: a version was written for a secret without a directory');
        // A number already taken belongs to a writer that crashed or is about to lose its commit.
        for (let seq = meta.nextSeq; ; seq++) {
          if (this.versions.writeValue(meta.id, { ...value, seq })) {
            created.push(this.paths.valueFile(meta.id, seq));
            meta.nextSeq = seq + 1;
            return seq;
          }
        }
      },
      probe: (next, seq) => this.probe(prev, next, seq),
    };
  }

  private probe(prev: SecretMeta | undefined, next: SecretMeta, seq: number): Probe {
    if (!prev || prev.id !== next.id || prev.collect?.some((c) => c.seq === seq)) return { kind: 'gone' };
    const value = this.versions.readValue(next.id, seq);
    if (!value) return { kind: 'gone' };
    if (next.versions[value.vid]?.seq === seq) return { kind: 'labelled' };
    const wasLabelled = prev.versions[value.vid]?.seq === seq;
    if (wasLabelled || this.versions.readMarker(next.id, value.vid)?.seq === seq) {
      return { kind: 'deprecated', vid: value.vid, created: value.created };
    }
    // Unreferenced below the committed counter: no writer can still commit it.
    if (seq < prev.nextSeq) this.versions.remove(next.id, value.vid, seq);
    return { kind: 'gone' };
  }

  /** File work that must be durable before the commit. */
  private prepare(prev: SecretMeta | undefined, next: SecretMeta | null, wroteValue: boolean): void {
    for (const c of prev?.collect ?? []) this.versions.remove(prev!.id, c.vid, c.seq);
    if (!prev || !next || prev.id !== next.id) {
      if (next && wroteValue) syncDir(this.paths.versionsDir(next.id));
      return;
    }
    const removed = new Set(next.collect?.map((c) => c.vid));
    let marked = false;
    for (const [vid, version] of Object.entries(prev.versions)) {
      if (next.versions[vid] || removed.has(vid)) continue;
      this.versions.writeMarker(next.id, { vid, seq: version.seq, created: version.created, wrap: version.wrap });
      marked = true;
    }
    if (marked || wroteValue) syncDir(this.paths.versionsDir(next.id));
  }

  /** Clean-up after the commit; a crash here leaves only garbage that later commits remove. */
  private finish(prev: SecretMeta | undefined, next: SecretMeta | null): void {
    for (const c of next?.collect ?? []) this.versions.remove(next!.id, c.vid, c.seq);
    if (prev && prev.id !== next?.id) removeQuietly(this.paths.versionsDir(prev.id));
    if (!prev && next) {
      // Directories of earlier lives of this name whose removal was interrupted.
      for (const entry of fs.readdirSync(this.paths.dir)) {
        if (/^[0-9a-f]+$/.test(entry) && entry !== next.id) removeQuietly(path.join(this.paths.dir, entry));
      }
    }
  }
}

function privateCopy(meta: SecretMeta): SecretMeta {
  const copy = structuredClone(meta);
  delete copy.collect;
  return copy;
}
