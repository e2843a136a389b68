/**
 * Response shapes as on the wire: timestamps in epoch seconds with a
 * millisecond fraction, date-only fields at midnight UTC, members in the
 * model's order, and absent members omitted, never null.
 */
import { stagesOf } from './labels.js';
import type { SecretMeta } from './records.js';

export const DAY_MS = 24 * 60 * 60 * 1000;

export const seconds = (ms: number): number => ms / 1000;
export const dayOf = (ms: number): number => Math.floor(ms / DAY_MS) * DAY_MS;

/** Drops undefined members, so they never reach the wire. */
export function wire(members: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(members).filter(([, v]) => v !== undefined));
}

function stageMap(meta: SecretMeta): Record<string, string[]> | undefined {
  const stages = stagesOf(meta);
  return Object.keys(stages).length > 0 ? stages : undefined;
}

/** DescribeSecret's body, or a ListSecrets entry (which names the label map differently). */
export function describe(meta: SecretMeta, stagesMember: 'VersionIdsToStages' | 'SecretVersionsToStages'): Record<string, unknown> {
  return wire({
    ARN: meta.arn,
    Name: meta.name,
    Description: meta.description || undefined,
    KmsKeyId: meta.kmsKeyId,
    LastChangedDate: seconds(meta.changed),
    LastAccessedDate: meta.accessed === undefined ? undefined : seconds(meta.accessed),
    DeletedDate: meta.deletion === undefined ? undefined : seconds(meta.deletion),
    Tags: meta.tags?.map((t) => ({ Key: t.Key, Value: t.Value })),
    [stagesMember]: stageMap(meta),
    CreatedDate: seconds(meta.created),
  });
}
