/** ListSecrets (service-semantics §8, §4, §10 #6, #31). */
import { describe, expect, test } from 'vitest';
import { DAY, makeStore, seed, T0, tok, type TestStore } from './helpers.js';

const names = async (s: TestStore, input: Record<string, unknown> = {}) =>
  ((await s.call('ListSecrets', input)).SecretList as Array<{ Name: string }>).map((e) => e.Name);

async function fixture() {
  const s = makeStore();
  await s.call('CreateSecret', { Name: 'prod/db', Description: 'Main Database', Tags: [{ Key: 'team', Value: 'core' }] });
  s.clock.advance(1000);
  await s.call('CreateSecret', { Name: 'prod/api', Description: 'api key', Tags: [{ Key: 'owner', Value: 'web' }] });
  s.clock.advance(1000);
  await s.call('CreateSecret', { Name: 'dev/db', SecretString: 'x', ClientRequestToken: tok(1) });
  return s;
}

describe('ListSecrets', () => {
  test('names the label map SecretVersionsToStages and omits absent fields', async () => {
    const s = makeStore();
    const arn = await seed(s);
    const [entry] = (await s.call('ListSecrets', {})).SecretList as Array<Record<string, unknown>>;
    expect(entry).toEqual({
      ARN: arn,
      Name: 'app/db',
      LastChangedDate: expect.any(Number),
      SecretVersionsToStages: { [tok(1)]: ['AWSCURRENT'] },
      CreatedDate: expect.any(Number),
    });
  });

  test('returns an empty list for a store that does not exist', async () => {
    expect(await makeStore().call('ListSecrets', {})).toEqual({ SecretList: [] });
  });

  test('lists by CreatedDate by default, and sorts by name or date in either order', async () => {
    const s = await fixture();
    expect(await names(s)).toEqual(['prod/db', 'prod/api', 'dev/db']);
    expect(await names(s, { SortOrder: 'desc' })).toEqual(['dev/db', 'prod/api', 'prod/db']);
    expect(await names(s, { SortBy: 'name' })).toEqual(['dev/db', 'prod/api', 'prod/db']);
    s.clock.advance(1000);
    await s.call('UpdateSecret', { SecretId: 'prod/db', Description: 'changed' });
    expect(await names(s, { SortBy: 'last-changed-date', SortOrder: 'desc' })).toEqual(['prod/db', 'dev/db', 'prod/api']);
  });

  test('filters names by case-sensitive prefix', async () => {
    const s = await fixture();
    expect(await names(s, { Filters: [{ Key: 'name', Values: ['prod/'] }] })).toEqual(['prod/db', 'prod/api']);
    expect(await names(s, { Filters: [{ Key: 'name', Values: ['PROD/'] }] })).toEqual([]);
  });

  test('filters descriptions by case-insensitive prefix', async () => {
    const s = await fixture();
    expect(await names(s, { Filters: [{ Key: 'description', Values: ['main'] }] })).toEqual(['prod/db']);
  });

  test('filters by tag key and tag value', async () => {
    const s = await fixture();
    expect(await names(s, { Filters: [{ Key: 'tag-key', Values: ['own'] }] })).toEqual(['prod/api']);
    expect(await names(s, { Filters: [{ Key: 'tag-value', Values: ['core'] }] })).toEqual(['prod/db']);
  });

  test('negates a value prefixed with "!"', async () => {
    const s = await fixture();
    expect(await names(s, { Filters: [{ Key: 'name', Values: ['!prod/'] }] })).toEqual(['dev/db']);
    expect(await names(s, { Filters: [{ Key: 'name', Values: ['prod/', '!prod/api'] }] })).toEqual(['prod/db']);
  });

  test('matches any value within a filter and every filter', async () => {
    const s = await fixture();
    expect(await names(s, { Filters: [{ Key: 'name', Values: ['dev/', 'prod/api'] }] })).toEqual(['prod/api', 'dev/db']);
    expect(await names(s, { Filters: [{ Key: 'name', Values: ['prod/'] }, { Key: 'tag-key', Values: ['team'] }] })).toEqual(['prod/db']);
  });

  test('searches all attributes word by word, case-insensitively, with the "all" key', async () => {
    const s = await fixture();
    expect(await names(s, { Filters: [{ Key: 'all', Values: ['DATABASE'] }] })).toEqual(['prod/db']);
    expect(await names(s, { Filters: [{ Key: 'all', Values: ['db'] }] })).toEqual(['prod/db', 'dev/db']);
    expect(await names(s, { Filters: [{ Key: 'all', Values: ['web api'] }] })).toEqual(['prod/api']);
  });

  test('matches nothing on primary-region and owning-service, which local secrets lack', async () => {
    const s = await fixture();
    expect(await names(s, { Filters: [{ Key: 'primary-region', Values: ['us'] }] })).toEqual([]);
    expect(await names(s, { Filters: [{ Key: 'owning-service', Values: ['!x'] }] })).toHaveLength(3);
  });

  test('rejects a filter without values provisional', async () => {
    const s = await fixture();
    expect((await s.fail('ListSecrets', { Filters: [{ Key: 'name' }] })).code).toBe('InvalidParameterException');
  });

  test('hides secrets scheduled for deletion unless IncludePlannedDeletion', async () => {
    const s = await fixture();
    await s.call('DeleteSecret', { SecretId: 'prod/api' });
    expect(await names(s)).toEqual(['prod/db', 'dev/db']);
    const all = (await s.call('ListSecrets', { IncludePlannedDeletion: true })).SecretList as Array<Record<string, unknown>>;
    expect(all.map((e) => e.Name)).toEqual(['prod/db', 'prod/api', 'dev/db']);
    expect(all[1]!.DeletedDate).toBe((T0 + 2000 + 30 * DAY) / 1000);
  });

  test('pages with MaxResults and NextToken', async () => {
    const s = await fixture();
    const first = await s.call('ListSecrets', { MaxResults: 2 });
    expect((first.SecretList as unknown[]).length).toBe(2);
    const second = await s.call('ListSecrets', { MaxResults: 2, NextToken: first.NextToken });
    expect((second.SecretList as Array<{ Name: string }>).map((e) => e.Name)).toEqual(['dev/db']);
    expect(second).not.toHaveProperty('NextToken');
  });
});
