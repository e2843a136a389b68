/**
 * Version retention (service-semantics §5, DESIGN §5): when a version-creating
 * write leaves more than 100 versions, the oldest deprecated versions created
 * more than 24 hours ago are removed until 100 remain; labelled versions never
 * are. With a hard cap configured, a write that would still exceed it fails.
 *
 * Without scanning: versions are numbered in creation order, and a cursor
 * walks those numbers. Everything below it is labelled or removed; a version
 * below it that loses its last label moves the cursor back. `gc.at` is the
 * earliest instant anything at or above the cursor can become removable, so
 * until then a write does not look at old versions at all.
 */
import { serviceErrors } from './errors.js';
import type { SecretMeta, VersionRef } from './records.js';
import type { Probe } from './transaction.js';

const KEEP = 100;
const MIN_AGE_MS = 24 * 60 * 60 * 1000;

export function noteDeprecated(meta: SecretMeta, version: VersionRef): void {
  meta.gc.cursor = Math.min(meta.gc.cursor, version.seq);
  const at = version.created + MIN_AGE_MS;
  meta.gc.at = meta.gc.at === undefined ? at : Math.min(meta.gc.at, at);
}

/** Call after a new version was counted in `meta.count` and labels were applied. */
export function makeRoom(meta: SecretMeta, now: number, cap: number | undefined, probe: (seq: number) => Probe): void {
  const limit = Math.min(KEEP, cap ?? Infinity);
  const collect: Array<{ vid: string; seq: number }> = [];
  const { gc } = meta;
  while (meta.count > limit && gc.at !== undefined && gc.at <= now) {
    if (gc.cursor >= meta.nextSeq) {
      gc.at = undefined;
      break;
    }
    const found = probe(gc.cursor);
    if (found.kind === 'deprecated') {
      if (found.created + MIN_AGE_MS > now) {
        gc.at = found.created + MIN_AGE_MS;
        break;
      }
      collect.push({ vid: found.vid, seq: gc.cursor });
      meta.count--;
    }
    gc.cursor++;
  }
  if (cap !== undefined && meta.count > cap) throw serviceErrors.versionQuota(meta.name, cap);
  if (collect.length > 0) meta.collect = collect;
}
