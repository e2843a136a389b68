/**
 * DeleteSecret and RestoreSecret (service-semantics §4, §8): a recovery window
 * of 7–30 days (default 30) or a forced, immediate removal. A scheduled secret
 * disappears for good once its DeletionDate passes (see Ctx.files).
 */
import { newSecretArn } from '../arn.js';
import type { Ctx } from '../context.js';
import { serviceErrors } from '../errors.js';
import { validateInput, type Input } from '../validate.js';
import { DAY_MS, seconds } from '../wire.js';
import { filesOf, found, identity, targetOf, touch } from './common.js';


export async function deleteSecret(ctx: Ctx, raw: Input): Promise<Input> {
  const input = validateInput('DeleteSecret', raw);
  const window = input.RecoveryWindowInDays as number | undefined;
  const force = input.ForceDeleteWithoutRecovery === true;
  if (window !== undefined && (window < 7 || window > 30)) throw serviceErrors.recoveryWindow();
  if (force && window !== undefined) throw serviceErrors.forceWithWindow();
  const secretId = input.SecretId as string;
  const target = targetOf(ctx, secretId);
  // Forcing the removal of a secret that does not exist succeeds, as in AWS.
  const nothingToDelete = () => {
    if (!force) throw serviceErrors.secretNotFound();
    const arn = secretId.startsWith('arn:') ? secretId : newSecretArn(ctx.secretArnPrefix, secretId);
    return { result: { ARN: arn, Name: target?.name ?? secretId, DeletionDate: seconds(ctx.now) } };
  };
  if (!target) return nothingToDelete().result;
  return ctx.files(target.name).transact((current) => {
    if (!current || (target.arn !== undefined && current.arn !== target.arn)) return nothingToDelete();
    const meta = found(current, target);
    if (force) return { result: { ...identity(meta), DeletionDate: seconds(ctx.now) }, next: null };
    if (meta.deletion !== undefined) throw serviceErrors.markedForDeletion();
    meta.deletion = ctx.now + (window ?? 30) * DAY_MS;
    touch(meta, ctx.now);
    return { result: { ...identity(meta), DeletionDate: seconds(meta.deletion) }, next: meta };
  });
}

export async function restoreSecret(ctx: Ctx, raw: Input): Promise<Input> {
  const input = validateInput('RestoreSecret', raw);
  const target = targetOf(ctx, input.SecretId);
  return filesOf(ctx, target).transact((current) => {
    const meta = found(current, target);
    if (meta.deletion === undefined) return { result: identity(meta) };
    delete meta.deletion;
    touch(meta, ctx.now);
    return { result: identity(meta), next: meta };
  });
}
