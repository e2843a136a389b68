/**
 * Version retention (service-semantics §5, DESIGN §5): deprecated versions
 * beyond 100 go once older than 24 hours; labelled ones never do. The rules
 * need a clock that moves, so they run on the store; moto keeps every
 * version whatever happens (§10 row 9), which the first scenario shows.
 */
import { expect, it } from 'vitest';
import { create, expectFor, HOUR, listed, tok, update, valueOf, type Backend } from '../harness.js';

/** Creates app/db with versions tok(1)…tok(n), each deprecated by the next but the last two. */
async function versions(b: Backend, n: number): Promise<void> {
  await create(b, 'app/db');
  for (let i = 2; i <= n; i++) await update(b, 'app/db', `v${i}`, tok(i));
}

const ids = async (b: Backend) => (await listed(b, 'app/db', true)).map((v) => v.VersionId);

export function retentionBeyond100(b: Backend): void {
  it('removes deprecated versions beyond 100 once they are older than 24 hours (§5; §10 row 9)', async () => {
    await versions(b, 105);
    expect(await ids(b)).toHaveLength(105);
    // A deprecated version stays readable until it is removed.
    expect(await valueOf(b, 'app/db', { VersionId: tok(1) })).toBe('v1');
    b.advance(25 * HOUR);
    await update(b, 'app/db', 'v106', tok(106));
    const left = await ids(b);
    // §10 row 9: moto never removes a version.
    expect(left).toHaveLength(expectFor(b, { store: 100, moto: 106 }));
    expect([...left].sort()[0]).toBe(expectFor(b, { store: tok(7), moto: tok(1) }));
    const removed = await b.send('GetSecretValue', { SecretId: 'app/db', VersionId: tok(1) });
    expect(removed.ok ? removed.body.SecretString : removed.error).toEqual(
      expectFor(b, {
        store: { code: 'ResourceNotFoundException', message: `Secrets Manager can't find the specified secret value for VersionId: ${tok(1)}`, status: 400 },
        moto: 'v1',
      }),
    );
    expect(await valueOf(b, 'app/db', { VersionId: tok(7) })).toBe('v7');
  });
}

export function retention(b: Backend): void {
  it('keeps more than 100 versions while the deprecated ones are younger than 24 hours (§5)', async () => {
    await versions(b, 104);
    b.advance(23 * HOUR);
    await update(b, 'app/db', 'v105', tok(105));
    expect(await ids(b)).toHaveLength(105);
  });

  it('never removes a labelled version, however old (§5)', async () => {
    await create(b, 'app/db');
    await b.call('UpdateSecretVersionStage', { SecretId: 'app/db', VersionStage: 'keep', MoveToVersionId: tok(1) });
    for (let i = 2; i <= 105; i++) await update(b, 'app/db', `v${i}`, tok(i));
    b.advance(25 * HOUR);
    await update(b, 'app/db', 'v106', tok(106));
    const left = await ids(b);
    expect(left).toHaveLength(100);
    expect(left).toContain(tok(1));
    expect(await valueOf(b, 'app/db', { VersionId: tok(1) })).toBe('v1');
  });
}

/** Needs a store opened with `maxVersionsPerSecret: 5`. */
export function versionCap(b: Backend): void {
  it('refuses a write beyond a configured version cap when nothing is old enough to remove (DESIGN §5)', async () => {
    await versions(b, 5);
    const err = await b.fail('UpdateSecret', { SecretId: 'app/db', SecretString: 'v6', ClientRequestToken: tok(6) });
    expect(err.code).toBe('LimitExceededException');
    expect(err.status).toBe(400);
    expect(await ids(b)).toHaveLength(5);
    b.advance(25 * HOUR);
    expect((await update(b, 'app/db', 'v6', tok(6))).VersionId).toBe(tok(6));
    expect(await ids(b)).toHaveLength(5);
  });
}
