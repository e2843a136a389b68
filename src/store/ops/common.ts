/**
 * Steps shared by the operations: naming the secret, the existence and
 * deletion checks, LastChangedDate, and reading a stored value.
 */
import { parseSecretId, type Target } from '../arn.js';
import type { Ctx } from '../context.js';
import { openVersion, type SecretValue } from '../encryption.js';
import { serviceErrors } from '../errors.js';
import type { SecretMeta } from '../records.js';
import type { SecretFiles } from '../transaction.js';
import type { VersionInfo } from '../version-files.js';

/** Parses a SecretId (invalid names fail here); undefined names a secret outside this store. */
export const targetOf = (ctx: Ctx, secretId: unknown): Target | undefined => parseSecretId(ctx.secretArnPrefix, secretId as string);

/** The secret `target` names, or ResourceNotFoundException. */
export function found(current: SecretMeta | undefined, target: Target | undefined): SecretMeta {
  if (!current || !target || current.name !== target.name || (target.arn !== undefined && current.arn !== target.arn)) {
    throw serviceErrors.secretNotFound();
  }
  return current;
}

/** Rejects a secret scheduled for deletion (service-semantics §4). */
export function active(meta: SecretMeta): SecretMeta {
  if (meta.deletion !== undefined) throw serviceErrors.markedForDeletion();
  return meta;
}

/** LastChangedDate strictly increases on every change, even within one millisecond. */
export function touch(meta: SecretMeta, now: number): void {
  meta.changed = Math.max(now, meta.changed + 1);
}

export const identity = (meta: SecretMeta) => ({ ARN: meta.arn, Name: meta.name });

export function readValue(ctx: Ctx, files: SecretFiles, meta: SecretMeta, version: VersionInfo): SecretValue {
  const file = files.versions.valueOf(meta, version);
  return openVersion(ctx, meta, version, file, files.paths.valueFile(meta.id, version.seq));
}

/** Where a record of this secret can be found for the given SecretId, if anywhere. */
export function filesOf(ctx: Ctx, target: Target | undefined): SecretFiles {
  if (!target) throw serviceErrors.secretNotFound();
  return ctx.files(target.name);
}
