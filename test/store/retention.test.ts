/** Version retention (service-semantics §5, §10 #9, DESIGN §5). */
import { describe, expect, test } from 'vitest';
import { HOUR, makeStore, seed, tok, type TestStore } from './helpers.js';

async function update(s: TestStore, n: number, name = 'app/db') {
  return s.call('UpdateSecret', { SecretId: name, SecretString: `v${n}`, ClientRequestToken: tok(n) });
}

async function allVersionIds(s: TestStore, name = 'app/db'): Promise<string[]> {
  const ids: string[] = [];
  let next: unknown;
  do {
    const out = await s.call('ListSecretVersionIds', { SecretId: name, IncludeDeprecated: true, MaxResults: 100, NextToken: next });
    ids.push(...(out.Versions as Array<{ VersionId: string }>).map((v) => v.VersionId));
    next = out.NextToken;
  } while (next !== undefined);
  return ids;
}

describe('retention of deprecated versions (§5)', () => {
  test('keeps more than 100 versions while the deprecated ones are younger than 24 hours', async () => {
    const s = makeStore();
    await seed(s);
    for (let i = 2; i <= 106; i++) await update(s, i);
    expect(await allVersionIds(s)).toHaveLength(106);
  });

  test('removes the oldest deprecated versions older than 24 hours down to 100', async () => {
    const s = makeStore();
    await seed(s);
    for (let i = 2; i <= 105; i++) await update(s, i);
    s.clock.advance(25 * HOUR);
    await update(s, 106);
    const ids = await allVersionIds(s);
    expect(ids).toHaveLength(100);
    expect(ids).toEqual(Array.from({ length: 100 }, (_, i) => tok(i + 7)));
    const err = await s.fail('GetSecretValue', { SecretId: 'app/db', VersionId: tok(1) });
    expect(err.code).toBe('ResourceNotFoundException');
    expect((await s.call('GetSecretValue', { SecretId: 'app/db', VersionId: tok(7) })).SecretString).toBe('v7');
  });

  test('never removes a labelled version, however old', async () => {
    const s = makeStore();
    await seed(s);
    await s.call('UpdateSecretVersionStage', { SecretId: 'app/db', VersionStage: 'keep', MoveToVersionId: tok(1) });
    for (let i = 2; i <= 105; i++) await update(s, i);
    s.clock.advance(25 * HOUR);
    await update(s, 106);
    const ids = await allVersionIds(s);
    expect(ids).toHaveLength(100);
    expect(ids[0]).toBe(tok(1));
    expect(ids[1]).toBe(tok(8));
  });

  test('removes a version deprecated after the collector passed it, oldest first', async () => {
    const s = makeStore();
    await seed(s);
    await s.call('UpdateSecretVersionStage', { SecretId: 'app/db', VersionStage: 'keep', MoveToVersionId: tok(1) });
    for (let i = 2; i <= 105; i++) await update(s, i);
    s.clock.advance(25 * HOUR);
    await update(s, 106);
    await s.call('UpdateSecretVersionStage', { SecretId: 'app/db', VersionStage: 'keep', RemoveFromVersionId: tok(1) });
    await update(s, 107);
    const ids = await allVersionIds(s);
    expect(ids).toHaveLength(100);
    expect(ids).not.toContain(tok(1));
    expect(ids[0]).toBe(tok(8));
  });

  test('lets a token of a removed version create a new version', async () => {
    const s = makeStore();
    await seed(s);
    for (let i = 2; i <= 105; i++) await update(s, i);
    s.clock.advance(25 * HOUR);
    await update(s, 106);
    const out = await s.call('UpdateSecret', { SecretId: 'app/db', SecretString: 'reborn', ClientRequestToken: tok(1) });
    expect(out.VersionId).toBe(tok(1));
    expect((await s.call('GetSecretValue', { SecretId: 'app/db' })).SecretString).toBe('reborn');
  });

  test('applies no hard cap by default (DESIGN §5)', async () => {
    const s = makeStore();
    await seed(s);
    for (let i = 2; i <= 120; i++) await update(s, i);
    expect(await allVersionIds(s)).toHaveLength(120);
  });

  test('rejects a write beyond a configured cap when nothing can be removed, with LimitExceededException provisional', async () => {
    const s = makeStore({ maxVersionsPerSecret: 3 });
    await seed(s);
    await update(s, 2);
    await update(s, 3);
    const err = await s.fail('UpdateSecret', { SecretId: 'app/db', SecretString: 'v4', ClientRequestToken: tok(4) });
    expect([err.code, err.message]).toEqual([
      'LimitExceededException',
      'The secret app/db has reached the quota of 3 versions, and none of its deprecated versions is old enough to be removed (24 hours). Try again later.',
    ]);
    expect(await allVersionIds(s)).toEqual([tok(1), tok(2), tok(3)]);
    s.clock.advance(25 * HOUR);
    await update(s, 4);
    expect(await allVersionIds(s)).toEqual([tok(2), tok(3), tok(4)]);
  });
});
