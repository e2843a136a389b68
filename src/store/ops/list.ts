/**
 * ListSecrets (service-semantics §8): filters (AND across filters; within one,
 * any plain value may match and no `!`-negated value may), sorting, paging,
 * and secrets scheduled for deletion only on request.
 */
import type { Ctx } from '../context.js';
import { serviceErrors } from '../errors.js';
import { paginate } from '../pagination.js';
import type { SecretMeta } from '../records.js';
import { validateInput, type Input } from '../validate.js';
import { describe, wire } from '../wire.js';

interface Filter {
  Key?: string;
  Values?: string[];
}

const sortKeys: Record<string, (meta: SecretMeta) => number | string> = {
  'created-date': (m) => m.created,
  'last-accessed-date': (m) => m.accessed ?? 0,
  'last-changed-date': (m) => m.changed,
  name: (m) => m.name,
};

export async function listSecrets(ctx: Ctx, raw: Input): Promise<Input> {
  const input = validateInput('ListSecrets', raw);
  const filters = (input.Filters ?? []) as Filter[];
  if (filters.some((f) => f.Key === undefined || !f.Values?.length)) throw serviceErrors.invalidFilter();
  const keyOf = sortKeys[(input.SortBy as string | undefined) ?? 'created-date']!;
  const direction = input.SortOrder === 'desc' ? -1 : 1;
  const secrets = ctx
    .allSecrets()
    .filter((m) => input.IncludePlannedDeletion === true || m.deletion === undefined)
    .filter((m) => filters.every((f) => matches(m, f.Key!, f.Values!)))
    .sort((a, b) => direction * (compare(keyOf(a), keyOf(b)) || compare(a.name, b.name)));
  const { page, nextToken } = paginate(secrets, input.MaxResults, input.NextToken);
  return wire({ SecretList: page.map((m) => describe(m, 'SecretVersionsToStages')), NextToken: nextToken });
}

const compare = (a: number | string, b: number | string) => (a < b ? -1 : a > b ? 1 : 0);

function matches(meta: SecretMeta, key: string, values: string[]): boolean {
  const plain = values.filter((v) => !v.startsWith('!'));
  const negated = values.filter((v) => v.startsWith('!')).map((v) => v.slice(1));
  const test = (value: string) => attributeMatches(meta, key, value);
  return (plain.length === 0 || plain.some(test)) && !negated.some(test);
}

/** The documented match of each key: prefix, case-sensitive except `description` and `all`. */
function attributeMatches(meta: SecretMeta, key: string, value: string): boolean {
  const tags = meta.tags ?? [];
  switch (key) {
    case 'name':
      return meta.name.startsWith(value);
    case 'description':
      return (meta.description ?? '').toLowerCase().startsWith(value.toLowerCase());
    case 'tag-key':
      return tags.some((t) => t.Key.startsWith(value));
    case 'tag-value':
      return tags.some((t) => t.Value.startsWith(value));
    case 'all': {
      // Each word of the value must start some attribute, or some word within one.
      const attributes = [meta.name, meta.description ?? '', ...tags.flatMap((t) => [t.Key, t.Value])].map((a) => a.toLowerCase());
      const words = value.toLowerCase().split(/\s+/).filter(Boolean);
      return words.every((w) => attributes.some((a) => a.startsWith(w) || a.split(/[^a-z0-9]+/).some((part) => part.startsWith(w))));
    }
    default:
      // primary-region and owning-service: a local secret has neither.
      return false;
  }
}
