/**
 * The reading operations: GetSecretValue, DescribeSecret and
 * ListSecretVersionIds (service-semantics §8). They take no lock; a read only
 * writes to record the day it happened (LastAccessedDate).
 */
import type { Ctx } from '../context.js';
import { kmsKeyIds, wrapOf } from '../encryption.js';
import { serviceErrors } from '../errors.js';
import { errorCode } from '../fsx.js';
import { CURRENT, holderOf, stagesOf } from '../labels.js';
import { paginate } from '../pagination.js';
import type { SecretMeta } from '../records.js';
import type { SecretFiles } from '../transaction.js';
import { validateInput, type Input } from '../validate.js';
import type { VersionInfo } from '../version-files.js';
import { dayOf, describe, seconds, wire } from '../wire.js';
import { active, filesOf, found, identity, readValue, targetOf } from './common.js';

async function load(ctx: Ctx, operation: string, raw: Input) {
  const input = validateInput(operation, raw);
  const target = targetOf(ctx, input.SecretId);
  const files = filesOf(ctx, target);
  return { input, files, meta: found(await files.readLive(), target) };
}

export async function getSecretValue(ctx: Ctx, raw: Input): Promise<Input> {
  const { input, files, meta } = await load(ctx, 'GetSecretValue', raw);
  active(meta);
  const vid = input.VersionId as string | undefined;
  const stage = input.VersionStage as string | undefined;
  let version: VersionInfo;
  if (vid !== undefined) {
    version = files.versions.find(meta, vid) ?? throwError(serviceErrors.versionNotFound(vid));
    if (stage !== undefined && !version.stages.includes(stage)) throw serviceErrors.stageMismatch();
  } else {
    const holder = holderOf(stagesOf(meta), stage ?? CURRENT) ?? throwError(serviceErrors.stageNotFound(stage ?? CURRENT));
    version = { vid: holder, ...meta.versions[holder]! };
  }
  const value = readValue(ctx, files, meta, version);
  await recordAccess(ctx, files, meta, version);
  return wire({
    ...identity(meta),
    VersionId: version.vid,
    SecretBinary: value.kind === 'binary' ? value.bytes.toString('base64') : undefined,
    SecretString: value.kind === 'string' ? value.bytes.toString('utf8') : undefined,
    VersionStages: version.stages.length > 0 ? [...version.stages] : undefined,
    CreatedDate: seconds(version.created),
  });
}

export async function describeSecret(ctx: Ctx, raw: Input): Promise<Input> {
  const { meta } = await load(ctx, 'DescribeSecret', raw);
  return describe(meta, 'VersionIdsToStages');
}

export async function listSecretVersionIds(ctx: Ctx, raw: Input): Promise<Input> {
  const { input, files, meta } = await load(ctx, 'ListSecretVersionIds', raw);
  active(meta);
  const labelled: VersionInfo[] = Object.entries(meta.versions).map(([vid, v]) => ({ vid, ...v }));
  const all = input.IncludeDeprecated === true ? [...labelled, ...files.versions.deprecated(meta)] : labelled;
  const { page, nextToken } = paginate(
    all.sort((a, b) => a.seq - b.seq),
    input.MaxResults,
    input.NextToken,
  );
  const Versions = page.map((version) => {
    const accessed = files.versions.readAccess(meta.id, version.seq);
    return wire({
      VersionId: version.vid,
      VersionStages: version.stages.length > 0 ? [...version.stages] : undefined,
      LastAccessedDate: accessed === undefined ? undefined : seconds(accessed),
      CreatedDate: seconds(version.created),
      KmsKeyIds: kmsKeyIds(ctx, wrapOf(version, files.versions.valueOf(meta, version)).key),
    });
  });
  return wire({ Versions, NextToken: nextToken, ...identity(meta) });
}

/**
 * Records today as the last-read day of the secret and the version. A store
 * on a read-only file system still serves reads: only the record is skipped.
 */
async function recordAccess(ctx: Ctx, files: SecretFiles, meta: SecretMeta, version: VersionInfo): Promise<void> {
  const day = dayOf(ctx.now);
  try {
    if (files.versions.readAccess(meta.id, version.seq) !== day) files.versions.writeAccess(meta.id, version.seq, day);
    if (meta.accessed === day) return;
    await files.transact((current) => {
      if (!current || current.id !== meta.id || current.accessed === day) return { result: undefined };
      current.accessed = day;
      return { result: undefined, next: current };
    });
  } catch (error) {
    if (!['EROFS', 'EACCES', 'EPERM'].includes(errorCode(error) ?? '')) throw error;
  }
}

function throwError(error: Error): never {
  throw error;
}
