/**
 * UpdateSecret (the product, service-semantics §2) and PutSecretValue (§8):
 * the request checks in the order of §2.1, the token rules of §2.3, and the
 * shared path that stores a new version.
 */
import type { Ctx } from '../context.js';
import { encryptionKey, rewrap, sameValue, sealVersion, shownKeyId, valueOf, type SecretValue } from '../encryption.js';
import { serviceErrors } from '../errors.js';
import type { KeyEntry } from '../keyring.js';
import { applyStages, attach, CURRENT, PENDING, PREVIOUS, promote, stagesOf, type Stages } from '../labels.js';
import type { SecretMeta } from '../records.js';
import { makeRoom } from '../retention.js';
import type { SecretFiles, Tx } from '../transaction.js';
import { validateInput, type Input } from '../validate.js';
import type { VersionInfo } from '../version-files.js';
import { wire } from '../wire.js';
import { active, filesOf, found, identity, readValue, targetOf, touch } from './common.js';

/**
 * Steps 1–4 of §2.1, shared with CreateSecret: the input's shape, a token
 * for any value, the secret's name (`locate` parses it, rejecting a bad
 * one), and at most one value.
 */
export function checkRequest<T>(operation: string, raw: Input, locate: (input: Input) => T) {
  const input = validateInput(operation, raw);
  const value = valueOf(input);
  if (value && input.ClientRequestToken === undefined) throw serviceErrors.tokenRequired();
  const target = locate(input);
  if (input.SecretString !== undefined && input.SecretBinary !== undefined) throw serviceErrors.bothValues();
  return { input, target, value, token: input.ClientRequestToken as string | undefined };
}

const secretIdOf = (ctx: Ctx) => (input: Input) => targetOf(ctx, input.SecretId);

export async function updateSecret(ctx: Ctx, raw: Input): Promise<Input> {
  const { input, target, value, token } = checkRequest('UpdateSecret', raw, secretIdOf(ctx));
  const files = filesOf(ctx, target);
  return files.transact((current, tx) => {
    const meta = active(found(current, target));
    if (value && replayOf(ctx, files, meta, token!, value)) return { result: { ...identity(meta), VersionId: token } };
    const kmsKeyId = input.KmsKeyId as string | undefined;
    const newKey = kmsKeyId === undefined ? undefined : encryptionKey(ctx, kmsKeyId || undefined);
    const description = input.Description as string | undefined;
    if (!value && description === undefined && !newKey) return { result: identity(meta) };

    if (description === '') delete meta.description;
    else if (description !== undefined) meta.description = description;
    if (newKey) {
      const shown = shownKeyId(kmsKeyId!, newKey);
      if (shown === undefined) delete meta.kmsKeyId;
      else meta.kmsKeyId = shown;
    }
    if (value) storeVersion(ctx, tx, meta, token!, value, (stages) => promote(stages, token!));
    if (newKey) rewrapStaged(ctx, files, meta, newKey);
    touch(meta, ctx.now);
    return { result: wire({ ...identity(meta), VersionId: value ? token : undefined }), next: meta };
  });
}

export async function putSecretValue(ctx: Ctx, raw: Input): Promise<Input> {
  const { input, target, value, token } = checkRequest('PutSecretValue', raw, secretIdOf(ctx));
  if (!value) throw serviceErrors.noValue();
  const labels = input.VersionStages as string[] | undefined;
  const files = filesOf(ctx, target);
  return files.transact((current, tx) => {
    const meta = active(found(current, target));
    const replay = replayOf(ctx, files, meta, token!, value);
    if (replay) return { result: versionResult(meta, token!, replay.stages) };
    storeVersion(ctx, tx, meta, token!, value, (stages) => (labels ? attach(stages, token!, labels) : promote(stages, token!)));
    touch(meta, ctx.now);
    return { result: versionResult(meta, token!, meta.versions[token!]!.stages), next: meta };
  });
}

const versionResult = (meta: SecretMeta, vid: string, stages: string[]) =>
  wire({ ...identity(meta), VersionId: vid, VersionStages: stages.length > 0 ? [...stages] : undefined });

/**
 * §2.3: a token naming an existing version of this secret is a replay when
 * the value is the same (plaintexts compared), and an error otherwise.
 */
export function replayOf(ctx: Ctx, files: SecretFiles, meta: SecretMeta, token: string, value: SecretValue): VersionInfo | undefined {
  const existing = files.versions.find(meta, token);
  if (!existing) return undefined;
  if (sameValue(readValue(ctx, files, meta, existing), value)) return existing;
  throw serviceErrors.tokenInUse(token, meta.arn);
}

/** Encrypts and stores version `vid`, relabels, and applies the retention rule. */
export function storeVersion(
  ctx: Ctx,
  tx: Tx,
  meta: SecretMeta,
  vid: string,
  value: SecretValue,
  relabel: (stages: Stages) => Stages,
): void {
  const key = encryptionKey(ctx, meta.kmsKeyId);
  const seq = tx.addVersion(meta, sealVersion(ctx, meta, vid, value, key));
  applyStages(meta, relabel(stagesOf(meta)), { [vid]: { seq, created: ctx.now } });
  meta.count++;
  makeRoom(meta, ctx.now, ctx.maxVersions, (n) => tx.probe(meta, n));
}

/** After a key change, the versions labelled AWSCURRENT, AWSPENDING or AWSPREVIOUS are re-wrapped under it. */
function rewrapStaged(ctx: Ctx, files: SecretFiles, meta: SecretMeta, key: KeyEntry): void {
  for (const [vid, version] of Object.entries(meta.versions)) {
    if (!version.stages.some((s) => s === CURRENT || s === PENDING || s === PREVIOUS)) continue;
    const info = { vid, ...version };
    const file = files.versions.valueOf(meta, info);
    if (file.wrap.key === key.id) delete version.wrap;
    else if (version.wrap?.key !== key.id) version.wrap = rewrap(ctx, info, file, key, files.paths.valueFile(meta.id, version.seq));
  }
}
