/**
 * TagResource and UntagResource (service-semantics §1.1, §8): tags keep their
 * order; a key tagged again has its value replaced in place.
 */
import type { Ctx } from '../context.js';
import { serviceErrors } from '../errors.js';
import type { Tag } from '../records.js';
import { validateInput, type Input } from '../validate.js';
import { active, filesOf, found, targetOf, touch } from './common.js';

/** The model leaves Key and Value optional; a tag needs both (text is this project's). */
export function checkTags(tags: unknown): Tag[] | undefined {
  if (tags === undefined) return undefined;
  (tags as Array<Partial<Tag>>).forEach((tag, i) => {
    for (const member of ['Key', 'Value'] as const) {
      if (tag[member] === undefined) {
        throw serviceErrors.validation(
          `1 validation error detected: Value null at 'tags.${i + 1}.member.${member.toLowerCase()}' failed to satisfy constraint: Member must not be null`,
        );
      }
    }
  });
  return tags as Tag[];
}

export function mergeTags(existing: Tag[], added: Tag[]): Tag[] {
  const out = existing.map((t) => ({ ...t }));
  for (const tag of added) {
    const same = out.find((t) => t.Key === tag.Key);
    if (same) same.Value = tag.Value;
    else out.push({ Key: tag.Key, Value: tag.Value });
  }
  return out;
}

export async function tagResource(ctx: Ctx, raw: Input): Promise<Input> {
  const input = validateInput('TagResource', raw);
  const target = targetOf(ctx, input.SecretId);
  const tags = checkTags(input.Tags)!;
  return filesOf(ctx, target).transact((current) => {
    const meta = active(found(current, target));
    meta.tags = mergeTags(meta.tags ?? [], tags);
    touch(meta, ctx.now);
    return { result: {}, next: meta };
  });
}

export async function untagResource(ctx: Ctx, raw: Input): Promise<Input> {
  const input = validateInput('UntagResource', raw);
  const target = targetOf(ctx, input.SecretId);
  const keys = input.TagKeys as string[];
  return filesOf(ctx, target).transact((current) => {
    const meta = active(found(current, target));
    // Once tagged, a secret shows `Tags: []` after its last tag goes; never tagged, it shows none.
    if (meta.tags) meta.tags = meta.tags.filter((t) => !keys.includes(t.Key));
    touch(meta, ctx.now);
    return { result: {}, next: meta };
  });
}
