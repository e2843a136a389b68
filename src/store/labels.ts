/**
 * Staging labels (service-semantics §1.3, §2.4, §8): pure functions over the
 * map VersionId → labels, and `applyStages` to write the result into a
 * secret's metadata, noting every version that loses its last label.
 */
import type { LabelledVersion, SecretMeta, VersionRef } from './records.js';
import { noteDeprecated } from './retention.js';

export const CURRENT = 'AWSCURRENT';
export const PREVIOUS = 'AWSPREVIOUS';
export const PENDING = 'AWSPENDING';

export type Stages = Record<string, string[]>;

export function stagesOf(meta: SecretMeta): Stages {
  return Object.fromEntries(Object.entries(meta.versions).map(([vid, v]) => [vid, [...v.stages]]));
}

export function holderOf(stages: Stages, label: string): string | undefined {
  return Object.keys(stages).find((vid) => stages[vid]!.includes(label));
}

const without = (labels: string[] | undefined, ...drop: string[]) => (labels ?? []).filter((l) => !drop.includes(l));

/**
 * A new version `vid` becomes current through UpdateSecret, or PutSecretValue
 * without VersionStages (§2.4). The outgoing current version loses AWSCURRENT
 * and AWSPENDING and gains AWSPREVIOUS; its custom labels stay (DESIGN §5).
 */
export function promote(stages: Stages, vid: string): Stages {
  const out = { ...stages };
  const current = holderOf(out, CURRENT);
  if (current !== undefined) {
    const previous = holderOf(out, PREVIOUS);
    if (previous !== undefined) out[previous] = without(out[previous], PREVIOUS);
    out[current] = [...without(out[current], CURRENT, PENDING), PREVIOUS];
  }
  out[vid] = [CURRENT];
  return out;
}

/**
 * Moves `label` onto `to` from wherever it is. Moving AWSCURRENT hands
 * AWSPREVIOUS to the version that held it; every other label stays put.
 */
export function move(stages: Stages, label: string, to: string): Stages {
  const out = { ...stages };
  const from = holderOf(out, label);
  if (from === to) return out;
  if (from !== undefined) out[from] = without(out[from], label);
  out[to] = [...without(out[to], label), label];
  if (label === CURRENT && from !== undefined) {
    const previous = holderOf(out, PREVIOUS);
    if (previous !== undefined) out[previous] = without(out[previous], PREVIOUS);
    out[from] = [...out[from]!, PREVIOUS];
  }
  return out;
}

/** PutSecretValue with VersionStages: exactly those labels on `vid`; the first version is always current. */
export function attach(stages: Stages, vid: string, labels: string[]): Stages {
  let out: Stages = { ...stages, [vid]: [] };
  for (const label of new Set(labels)) out = move(out, label, vid);
  if (holderOf(out, CURRENT) === undefined) out[vid] = [...out[vid]!, CURRENT];
  return out;
}

export function detach(stages: Stages, label: string, from: string): Stages {
  return { ...stages, [from]: without(stages[from], label) };
}

/**
 * Makes `stages` the secret's labels. `refs` describes versions that were not
 * labelled before (a new version, or a deprecated one being labelled again).
 */
export function applyStages(meta: SecretMeta, stages: Stages, refs: Record<string, VersionRef> = {}): void {
  const next: Record<string, LabelledVersion> = {};
  for (const [vid, labels] of Object.entries(stages)) {
    if (labels.length === 0) continue;
    const { seq, created, wrap } = meta.versions[vid] ?? refs[vid]!;
    next[vid] = wrap ? { seq, created, wrap, stages: labels } : { seq, created, stages: labels };
  }
  for (const [vid, old] of Object.entries(meta.versions)) {
    if (!next[vid]) noteDeprecated(meta, old);
  }
  meta.versions = next;
}
