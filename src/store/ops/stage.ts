/**
 * UpdateSecretVersionStage (service-semantics §8): moves one label between
 * versions. Moving AWSCURRENT moves AWSPREVIOUS too; AWSPENDING and custom
 * labels stay where they are; a version left without labels is deprecated.
 */
import type { Ctx } from '../context.js';
import { serviceErrors } from '../errors.js';
import { applyStages, CURRENT, detach, holderOf, move, stagesOf } from '../labels.js';
import type { VersionRef } from '../records.js';
import { validateInput, type Input } from '../validate.js';
import { active, filesOf, found, identity, targetOf, touch } from './common.js';

export async function updateSecretVersionStage(ctx: Ctx, raw: Input): Promise<Input> {
  const input = validateInput('UpdateSecretVersionStage', raw);
  const target = targetOf(ctx, input.SecretId);
  const stage = input.VersionStage as string;
  const moveTo = input.MoveToVersionId as string | undefined;
  const removeFrom = input.RemoveFromVersionId as string | undefined;
  const files = filesOf(ctx, target);
  return files.transact((current) => {
    const meta = active(found(current, target));
    const before = stagesOf(meta);
    const refs: Record<string, VersionRef> = {};
    if (moveTo !== undefined) {
      const version = files.versions.find(meta, moveTo);
      if (!version) throw serviceErrors.versionNotFound(moveTo);
      refs[moveTo] = version;
    }
    const holder = holderOf(before, stage);
    if (removeFrom !== undefined && holder !== removeFrom) throw serviceErrors.stageNotOnVersion(stage, removeFrom);
    let after = before;
    if (moveTo !== undefined) {
      if (holder !== undefined && holder !== moveTo && removeFrom === undefined) {
        throw serviceErrors.removeFromRequired(stage, holder);
      }
      after = move(before, stage, moveTo);
    } else if (removeFrom !== undefined) {
      if (stage === CURRENT) throw serviceErrors.currentCannotBeRemoved(removeFrom);
      after = detach(before, stage, removeFrom);
    }
    if (JSON.stringify(after) === JSON.stringify(before)) return { result: identity(meta) };
    applyStages(meta, after, refs);
    touch(meta, ctx.now);
    return { result: identity(meta), next: meta };
  });
}
