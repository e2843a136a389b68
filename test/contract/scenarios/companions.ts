/**
 * The companion operations (service-semantics §8) and the key ring (§7):
 * the rules a user relies on to seed and inspect what UpdateSecret changed.
 */
import { describe, expect, it } from 'vitest';
import { ARN_PREFIX, b64, create, expectFor, labels, listed, tok, update, valueOf, type Backend } from '../harness.js';

const NOT_FOUND = "Secrets Manager can't find the specified secret.";
const utcDay = (seconds: number) => Math.floor(seconds / 86_400) * 86_400;

export function companions(b: Backend): void {
  describe('CreateSecret (§8)', () => {
    it('returns a VersionId only when a value is given, and gives that version AWSCURRENT (§8)', async () => {
      const withValue = await b.call('CreateSecret', { Name: 'app/a', SecretString: 'v1', ClientRequestToken: tok(1) });
      expect(withValue).toEqual({ ARN: expect.stringMatching(/^arn:aws:secretsmanager:us-east-1:123456789012:secret:app\/a-/), Name: 'app/a', VersionId: tok(1) });
      expect(await labels(b, 'app/a')).toEqual({ [tok(1)]: ['AWSCURRENT'] });
      const without = await b.call('CreateSecret', { Name: 'app/b' });
      expect(Object.keys(without).sort()).toEqual(['ARN', 'Name']);
    });

    it('makes a secret without versions whose AWSCURRENT cannot be read (§8)', async () => {
      await create(b, 'app/db', null);
      const described = await b.call('DescribeSecret', { SecretId: 'app/db' });
      expect(described).not.toHaveProperty('VersionIdsToStages');
      expect(await b.fail('GetSecretValue', { SecretId: 'app/db' })).toEqual({
        code: 'ResourceNotFoundException',
        message: "Secrets Manager can't find the specified secret value for staging label: AWSCURRENT",
        status: expectFor(b, { store: 400, moto: 404 }), // §10 row 1
      });
    });

    it('omits an empty Description (§1.1)', async () => {
      await b.call('CreateSecret', { Name: 'app/db', Description: '' });
      expect(await b.call('DescribeSecret', { SecretId: 'app/db' })).not.toHaveProperty('Description');
    });

    it('rejects an existing name (§8)', async () => {
      await create(b, 'app/db');
      expect(await b.fail('CreateSecret', { Name: 'app/db', SecretString: 'x', ClientRequestToken: tok(9) })).toEqual({
        code: 'ResourceExistsException',
        message: 'The operation failed because the secret app/db already exists.',
        status: 400,
      });
    });

    it('replays the same token and value with the original response (§8)', async () => {
      const first = await b.call('CreateSecret', { Name: 'app/db', SecretString: 'v1', ClientRequestToken: tok(1) });
      expect(await b.call('CreateSecret', { Name: 'app/db', SecretString: 'v1', ClientRequestToken: tok(1) })).toEqual(first);
      expect(await listed(b, 'app/db', true)).toHaveLength(1);
    });

    it('rejects the same token with a different value (§8, §2.3)', async () => {
      const arn = await create(b, 'app/db');
      expect(await b.fail('CreateSecret', { Name: 'app/db', SecretString: 'other', ClientRequestToken: tok(1) })).toEqual({
        code: 'ResourceExistsException',
        message: `You can't use ClientRequestToken ${tok(1)} because that value is already in use for a version of secret ${arn}.`,
        status: 400,
      });
    });

    it('requires a token with a value (§8, §2.1 step 2)', async () => {
      const out = await b.send('CreateSecret', { Name: 'app/db', SecretString: 'v1' });
      // Not in §10: moto 5.2.1 accepts this and makes up a VersionId.
      expect(out.ok ? 'accepted' : out.error).toEqual(
        expectFor(b, {
          store: { code: 'InvalidRequestException', message: 'You must provide a ClientRequestToken value. We recommend a UUID-type value.', status: 400 },
          moto: 'accepted',
        }),
      );
    });
  });

  describe('GetSecretValue (§8)', () => {
    it('returns AWSCURRENT by default with its labels and CreatedDate (§8)', async () => {
      const arn = await create(b, 'app/db');
      await update(b, 'app/db', 'v2', tok(2));
      const got = await b.call('GetSecretValue', { SecretId: 'app/db' });
      expect(got).toEqual({ ARN: arn, Name: 'app/db', VersionId: tok(2), SecretString: 'v2', VersionStages: ['AWSCURRENT'], CreatedDate: expect.any(Number) });
    });

    it('reads by VersionStage, by VersionId, and by both when they agree (§8)', async () => {
      await create(b, 'app/db');
      await update(b, 'app/db', 'v2', tok(2));
      expect(await valueOf(b, 'app/db', { VersionStage: 'AWSPREVIOUS' })).toBe('v1');
      expect(await valueOf(b, 'app/db', { VersionId: tok(1) })).toBe('v1');
      expect(await valueOf(b, 'app/db', { VersionId: tok(2), VersionStage: 'AWSCURRENT' })).toBe('v2');
    });

    it('rejects a VersionId and a VersionStage that disagree (§8; §10 row 1)', async () => {
      await create(b, 'app/db');
      await update(b, 'app/db', 'v2', tok(2));
      expect(await b.fail('GetSecretValue', { SecretId: 'app/db', VersionId: tok(1), VersionStage: 'AWSCURRENT' })).toEqual({
        code: 'InvalidRequestException',
        message: 'You provided a VersionStage that is not associated to the provided VersionId.',
        status: expectFor(b, { store: 400, moto: 404 }),
      });
    });

    it('names the missing staging label (§8; §10 row 26)', async () => {
      await create(b, 'app/db');
      expect(await b.fail('GetSecretValue', { SecretId: 'app/db', VersionStage: 'NOPE' })).toEqual(
        expectFor(b, {
          store: { code: 'ResourceNotFoundException', message: "Secrets Manager can't find the specified secret value for staging label: NOPE", status: 400 },
          moto: { code: 'ResourceNotFoundException', message: NOT_FOUND, status: 404 },
        }),
      );
    });

    it('names the missing VersionId (§8; §10 row 1)', async () => {
      await create(b, 'app/db');
      expect(await b.fail('GetSecretValue', { SecretId: 'app/db', VersionId: tok(77) })).toEqual({
        code: 'ResourceNotFoundException',
        message: `Secrets Manager can't find the specified secret value for VersionId: ${tok(77)}`,
        status: expectFor(b, { store: 400, moto: 404 }),
      });
    });

    it('records the UTC day of the read as LastAccessedDate on the secret and the version read (§1.1, §1.2; §10 rows 6, 8, 27)', async () => {
      await create(b, 'app/db');
      await update(b, 'app/db', 'v2', tok(2));
      const before = await b.call('DescribeSecret', { SecretId: 'app/db' });
      // §10 row 6: moto sends null for a field without a value.
      expect(before.LastAccessedDate).toEqual(expectFor(b, { store: undefined, moto: null }));
      await b.call('GetSecretValue', { SecretId: 'app/db', VersionId: tok(1) });
      const today = utcDay(Date.now() / 1000);
      // §10 row 27: moto never sets it.
      expect((await b.call('DescribeSecret', { SecretId: 'app/db' })).LastAccessedDate).toEqual(expectFor(b, { store: today, moto: null }));
      const byId = Object.fromEntries((await listed(b, 'app/db')).map((v) => [v.VersionId, v.LastAccessedDate]));
      // §10 row 8: moto shows "now" on every version, read or not.
      if (b.flavour === 'store') expect(byId).toEqual({ [tok(1)]: today, [tok(2)]: undefined });
      else for (const at of Object.values(byId)) expect(Math.abs(at! - Date.now() / 1000)).toBeLessThan(5);
    });
  });

  describe('DescribeSecret and ListSecrets (§8)', () => {
    it('omits fields without a value and names the label map VersionIdsToStages (§8; §10 row 6)', async () => {
      await create(b, 'app/db');
      const described = await b.call('DescribeSecret', { SecretId: 'app/db' });
      const nulls = Object.keys(described).filter((k) => described[k] === null).sort();
      expect(nulls).toEqual(expectFor(b, { store: [], moto: ['DeletedDate', 'KmsKeyId', 'LastAccessedDate', 'NextRotationDate'] }));
      expect(described.VersionIdsToStages).toEqual({ [tok(1)]: ['AWSCURRENT'] });
      expect('SecretVersionsToStages' in described).toBe(expectFor(b, { store: false, moto: true }));
    });

    it('names the label map SecretVersionsToStages in ListSecrets entries (§8; §10 row 6)', async () => {
      await create(b, 'app/db');
      const [entry] = (await b.call('ListSecrets', {})).SecretList as Array<Record<string, unknown>>;
      expect(entry!.SecretVersionsToStages).toEqual({ [tok(1)]: ['AWSCURRENT'] });
      expect('VersionIdsToStages' in entry!).toBe(expectFor(b, { store: false, moto: true }));
      expect(Object.values(entry!).includes(null)).toBe(expectFor(b, { store: false, moto: true }));
    });

    it('lists secrets in CreatedDate order by default (§8)', async () => {
      for (const name of ['app/c', 'app/a', 'app/b']) await create(b, name, null);
      expect(((await b.call('ListSecrets', {})).SecretList as Array<{ Name: string }>).map((s) => s.Name)).toEqual(['app/c', 'app/a', 'app/b']);
    });

    it('sorts by name when asked, in either order (§8)', async () => {
      for (const name of ['app/b', 'app/c', 'app/a']) await create(b, name, null);
      const names = async (SortOrder: string) =>
        ((await b.call('ListSecrets', { SortBy: 'name', SortOrder })).SecretList as Array<{ Name: string }>).map((s) => s.Name);
      // Not in §10: moto 5.2.1 ignores SortBy and SortOrder.
      expect(await names('asc')).toEqual(expectFor(b, { store: ['app/a', 'app/b', 'app/c'], moto: ['app/b', 'app/c', 'app/a'] }));
      expect(await names('desc')).toEqual(expectFor(b, { store: ['app/c', 'app/b', 'app/a'], moto: ['app/b', 'app/c', 'app/a'] }));
    });

    it('filters names by prefix, case-sensitively, and descriptions by prefix, case-insensitively (§8)', async () => {
      await b.call('CreateSecret', { Name: 'app/db', Description: 'Main database' });
      await b.call('CreateSecret', { Name: 'App/cache', Description: 'cache' });
      const names = async (Key: string, value: string) =>
        ((await b.call('ListSecrets', { Filters: [{ Key, Values: [value] }] })).SecretList as Array<{ Name: string }>).map((s) => s.Name);
      expect(await names('name', 'app/')).toEqual(['app/db']);
      expect(await names('description', 'main')).toEqual(['app/db']);
    });
  });

  describe('ListSecretVersionIds (§8)', () => {
    it('answers with the full ARN, real creation dates and no NextToken on the last page (§8; §10 row 8)', async () => {
      const arn = await create(b, 'app/db');
      const created = (await b.call('GetSecretValue', { SecretId: 'app/db' })).CreatedDate as number;
      const page = await b.call('ListSecretVersionIds', { SecretId: 'app/db' });
      // §10 row 8: moto answers with the name as ARN and NextToken "".
      expect(page.ARN).toBe(expectFor(b, { store: arn, moto: 'app/db' }));
      expect(page.NextToken).toEqual(expectFor(b, { store: undefined, moto: '' }));
      if (b.flavour === 'store') expect((page.Versions as Array<{ CreatedDate: number }>)[0]!.CreatedDate).toBe(created);
    });

    it('pages with MaxResults and NextToken (§8; §10 row 8)', async () => {
      await create(b, 'app/db');
      await b.call('PutSecretValue', { SecretId: 'app/db', SecretString: 'v2', ClientRequestToken: tok(2), VersionStages: ['A'] });
      await b.call('PutSecretValue', { SecretId: 'app/db', SecretString: 'v3', ClientRequestToken: tok(3), VersionStages: ['B'] });
      const first = await b.call('ListSecretVersionIds', { SecretId: 'app/db', MaxResults: 2 });
      // §10 row 8: moto ignores MaxResults.
      expect((first.Versions as unknown[]).length).toBe(expectFor(b, { store: 2, moto: 3 }));
      if (b.flavour === 'store') {
        const second = await b.call('ListSecretVersionIds', { SecretId: 'app/db', MaxResults: 2, NextToken: first.NextToken });
        expect(second).not.toHaveProperty('NextToken');
        const ids = [...(first.Versions as Array<{ VersionId: string }>), ...(second.Versions as Array<{ VersionId: string }>)].map((v) => v.VersionId);
        expect(ids.sort()).toEqual([tok(1), tok(2), tok(3)]);
      }
    });

    it('reports an unknown secret as ResourceNotFoundException (§8; §10 row 8)', async () => {
      const err = await b.fail('ListSecretVersionIds', { SecretId: 'ghost' });
      // §10 row 8: moto fails with an HTML 500 page.
      expect(err).toMatchObject(expectFor(b, { store: { code: 'ResourceNotFoundException', message: NOT_FOUND, status: 400 }, moto: { code: '500', status: 500 } }));
    });

    it('lists KmsKeyIds, DefaultEncryptionKey for the AWS managed key and the key ARN otherwise (§1.2, §7; §10 row 34)', async () => {
      const key = (await b.call('CreateKey', { Description: 'ci', Alias: 'alias/ci' })).KeyMetadata as { Arn: string };
      await create(b, 'app/db');
      await b.call('CreateSecret', { Name: 'app/ci', KmsKeyId: 'alias/ci', SecretString: 'v1', ClientRequestToken: tok(1) });
      // §10 row 34: moto sends no KmsKeyIds.
      expect((await listed(b, 'app/db'))[0]!.KmsKeyIds).toEqual(expectFor(b, { store: ['DefaultEncryptionKey'], moto: undefined }));
      expect((await listed(b, 'app/ci'))[0]!.KmsKeyIds).toEqual(expectFor(b, { store: [key.Arn], moto: undefined }));
    });
  });

  describe('PutSecretValue (§8)', () => {
    it('without VersionStages moves the labels as UpdateSecret does (§8, §2.4)', async () => {
      const arn = await create(b, 'app/db');
      const out = await b.call('PutSecretValue', { SecretId: 'app/db', SecretString: 'v2', ClientRequestToken: tok(2) });
      expect(out).toEqual({ ARN: arn, Name: 'app/db', VersionId: tok(2), VersionStages: ['AWSCURRENT'] });
      expect(await labels(b, 'app/db')).toEqual({ [tok(1)]: ['AWSPREVIOUS'], [tok(2)]: ['AWSCURRENT'] });
    });

    it('with VersionStages attaches exactly those labels and leaves AWSCURRENT where it is (§8)', async () => {
      await create(b, 'app/db');
      const out = await b.call('PutSecretValue', { SecretId: 'app/db', SecretString: 'p', ClientRequestToken: tok(2), VersionStages: ['AWSPENDING'] });
      expect(out.VersionStages).toEqual(['AWSPENDING']);
      expect(await labels(b, 'app/db')).toEqual({ [tok(1)]: ['AWSCURRENT'], [tok(2)]: ['AWSPENDING'] });
      expect(await valueOf(b, 'app/db')).toBe('v1');
    });

    it('moves a label from the version holding it (§8, §1.3)', async () => {
      await create(b, 'app/db');
      await b.call('PutSecretValue', { SecretId: 'app/db', SecretString: 'p1', ClientRequestToken: tok(2), VersionStages: ['AWSPENDING'] });
      await b.call('PutSecretValue', { SecretId: 'app/db', SecretString: 'p2', ClientRequestToken: tok(3), VersionStages: ['AWSPENDING'] });
      expect(await labels(b, 'app/db')).toEqual({ [tok(1)]: ['AWSCURRENT'], [tok(3)]: ['AWSPENDING'] });
    });

    it('with AWSCURRENT listed moves AWSPREVIOUS too (§8)', async () => {
      await create(b, 'app/db');
      await update(b, 'app/db', 'v2', tok(2));
      await b.call('PutSecretValue', { SecretId: 'app/db', SecretString: 'v3', ClientRequestToken: tok(3), VersionStages: ['AWSCURRENT'] });
      expect(await labels(b, 'app/db')).toEqual({ [tok(2)]: ['AWSPREVIOUS'], [tok(3)]: ['AWSCURRENT'] });
    });

    it('replays a token with the version’s current labels (§8, §2.3)', async () => {
      await create(b, 'app/db');
      await b.call('PutSecretValue', { SecretId: 'app/db', SecretString: 'v2', ClientRequestToken: tok(2) });
      const again = await b.call('PutSecretValue', { SecretId: 'app/db', SecretString: 'v2', ClientRequestToken: tok(2) });
      expect(again.VersionId).toBe(tok(2));
      expect(again.VersionStages).toEqual(['AWSCURRENT']);
      expect(await listed(b, 'app/db', true)).toHaveLength(2);
    });

    it('gives the first version of a secret AWSCURRENT even when other labels are asked for (§1.3)', async () => {
      await create(b, 'app/db', null);
      await b.call('PutSecretValue', { SecretId: 'app/db', SecretString: 'v1', ClientRequestToken: tok(1), VersionStages: ['MINE'] });
      expect(await labels(b, 'app/db')).toEqual({ [tok(1)]: ['AWSCURRENT', 'MINE'] });
    });

    it('stores a binary value (§8, §9)', async () => {
      await create(b, 'app/db');
      await b.call('PutSecretValue', { SecretId: 'app/db', SecretBinary: b64('footest'), ClientRequestToken: tok(2) });
      expect((await b.call('GetSecretValue', { SecretId: 'app/db' })).SecretBinary).toBe('Zm9vdGVzdA==');
    });
  });

  describe('UpdateSecretVersionStage (§8)', () => {
    it('moves a custom label between versions, answering with ARN and Name (§8)', async () => {
      const arn = await create(b, 'app/db');
      await update(b, 'app/db', 'v2', tok(2));
      expect(await b.call('UpdateSecretVersionStage', { SecretId: 'app/db', VersionStage: 'MINE', MoveToVersionId: tok(1) })).toEqual({ ARN: arn, Name: 'app/db' });
      await b.call('UpdateSecretVersionStage', { SecretId: 'app/db', VersionStage: 'MINE', MoveToVersionId: tok(2), RemoveFromVersionId: tok(1) });
      expect(await labels(b, 'app/db')).toEqual({ [tok(1)]: ['AWSPREVIOUS'], [tok(2)]: ['AWSCURRENT', 'MINE'] });
    });

    it('requires RemoveFromVersionId to name the version holding AWSCURRENT (§8)', async () => {
      await create(b, 'app/db');
      await update(b, 'app/db', 'v2', tok(2));
      expect(await b.fail('UpdateSecretVersionStage', { SecretId: 'app/db', VersionStage: 'AWSCURRENT', MoveToVersionId: tok(1) })).toEqual({
        code: 'InvalidParameterException',
        message: `The parameter RemoveFromVersionId can't be empty. Staging label AWSCURRENT is currently attached to version ${tok(2)}, so you must explicitly reference that version in RemoveFromVersionId.`,
        status: 400,
      });
    });

    it('moving AWSCURRENT moves AWSPREVIOUS and keeps the other labels on both versions (§8, §1.3)', async () => {
      await create(b, 'app/db');
      await update(b, 'app/db', 'v2', tok(2));
      await update(b, 'app/db', 'v3', tok(3));
      await b.call('UpdateSecretVersionStage', { SecretId: 'app/db', VersionStage: 'MINE', MoveToVersionId: tok(3) });
      await b.call('UpdateSecretVersionStage', { SecretId: 'app/db', VersionStage: 'AWSCURRENT', MoveToVersionId: tok(1), RemoveFromVersionId: tok(3) });
      expect(await labels(b, 'app/db')).toEqual({ [tok(1)]: ['AWSCURRENT'], [tok(3)]: ['AWSPREVIOUS', 'MINE'] });
    });

    it('moving AWSCURRENT onto an AWSPENDING version leaves it with both labels (§1.3)', async () => {
      await create(b, 'app/db');
      await b.call('PutSecretValue', { SecretId: 'app/db', SecretString: 'p', ClientRequestToken: tok(2), VersionStages: ['AWSPENDING'] });
      await b.call('UpdateSecretVersionStage', { SecretId: 'app/db', VersionStage: 'AWSCURRENT', MoveToVersionId: tok(2), RemoveFromVersionId: tok(1) });
      expect(await labels(b, 'app/db')).toEqual({ [tok(1)]: ['AWSPREVIOUS'], [tok(2)]: ['AWSCURRENT', 'AWSPENDING'] });
    });

    it('after AWSCURRENT was moved back, Get and the next UpdateSecret follow the label (§8; §10 row 32)', async () => {
      await create(b, 'app/db');
      await update(b, 'app/db', 'v2', tok(2));
      await b.call('UpdateSecretVersionStage', { SecretId: 'app/db', VersionStage: 'AWSCURRENT', MoveToVersionId: tok(1), RemoveFromVersionId: tok(2) });
      // §10 row 32: moto's internal "current version" stays on v2.
      expect(await valueOf(b, 'app/db')).toBe(expectFor(b, { store: 'v1', moto: 'v2' }));
      await update(b, 'app/db', 'v3', tok(3));
      const current = Object.entries(await labels(b, 'app/db')).filter(([, l]) => l.includes('AWSCURRENT')).map(([vid]) => vid).sort();
      expect(current).toEqual(expectFor(b, { store: [tok(3)], moto: [tok(1), tok(3)] }));
    });

    it('labels a deprecated version again when AWSCURRENT moves onto it, listing it once (§8, §2.4)', async () => {
      await create(b, 'app/db');
      await update(b, 'app/db', 'v2', tok(2));
      await update(b, 'app/db', 'v3', tok(3));
      await b.call('UpdateSecretVersionStage', { SecretId: 'app/db', VersionStage: 'AWSCURRENT', MoveToVersionId: tok(1), RemoveFromVersionId: tok(3) });
      expect(await labels(b, 'app/db')).toEqual({ [tok(1)]: ['AWSCURRENT'], [tok(3)]: ['AWSPREVIOUS'] });
      const all = (await listed(b, 'app/db', true)).map((v) => v.VersionId).sort();
      expect(all).toEqual([tok(1), tok(2), tok(3)]);
    });

    it('deprecates a version when its last label is removed (§8)', async () => {
      await create(b, 'app/db');
      await b.call('PutSecretValue', { SecretId: 'app/db', SecretString: 'p', ClientRequestToken: tok(2), VersionStages: ['MINE'] });
      await b.call('UpdateSecretVersionStage', { SecretId: 'app/db', VersionStage: 'MINE', RemoveFromVersionId: tok(2) });
      expect(await labels(b, 'app/db')).toEqual({ [tok(1)]: ['AWSCURRENT'] });
      expect(await valueOf(b, 'app/db', { VersionId: tok(2) })).toBe('p');
    });

    it('rejects an unknown MoveToVersionId and a label that is not on RemoveFromVersionId (§8, texts provisional §11 q6)', async () => {
      await create(b, 'app/db');
      const unknown = await b.fail('UpdateSecretVersionStage', { SecretId: 'app/db', VersionStage: 'X', MoveToVersionId: tok(99) });
      const notOn = await b.fail('UpdateSecretVersionStage', { SecretId: 'app/db', VersionStage: 'X', RemoveFromVersionId: tok(1) });
      expect([unknown, notOn]).toEqual(
        expectFor(b, {
          store: [
            { code: 'ResourceNotFoundException', message: `Secrets Manager can't find the specified secret value for VersionId: ${tok(99)}`, status: 400 },
            { code: 'InvalidParameterException', message: `The staging label X is not attached to version ${tok(1)}, so it can't be removed from that version.`, status: 400 },
          ],
          moto: [
            { code: 'InvalidParameterException', message: `Not a valid version: ${tok(99)}`, status: 400 },
            { code: 'InvalidParameterException', message: `Version stage X not found in version ${tok(1)}`, status: 400 },
          ],
        }),
      );
    });
  });

  describe('TagResource and UntagResource (§8, §1.1)', () => {
    it('appends tags, replaces an existing key’s value in place, and answers {} (§8)', async () => {
      await create(b, 'app/db');
      expect(await b.call('TagResource', { SecretId: 'app/db', Tags: [{ Key: 'a', Value: '1' }, { Key: 'b', Value: '2' }] })).toEqual({});
      await b.call('TagResource', { SecretId: 'app/db', Tags: [{ Key: 'a', Value: '3' }, { Key: 'c', Value: '4' }] });
      expect((await b.call('DescribeSecret', { SecretId: 'app/db' })).Tags).toEqual([
        { Key: 'a', Value: '3' },
        { Key: 'b', Value: '2' },
        { Key: 'c', Value: '4' },
      ]);
    });

    it('bumps LastChangedDate when tagging and untagging (§8 [DOC "modified in any way"])', async () => {
      await create(b, 'app/db');
      const changed = async () => (await b.call('DescribeSecret', { SecretId: 'app/db' })).LastChangedDate as number;
      const before = await changed();
      // moto keeps whole seconds (§10 row 5): let one pass so a bump would show.
      if (b.flavour === 'moto') await new Promise((r) => setTimeout(r, 1100));
      await b.call('TagResource', { SecretId: 'app/db', Tags: [{ Key: 'a', Value: '1' }] });
      const tagged = await changed();
      await b.call('UntagResource', { SecretId: 'app/db', TagKeys: ['a'] });
      const untagged = await changed();
      // Not in §10: moto 5.2.1 leaves LastChangedDate alone on both.
      expect([tagged > before, untagged > tagged]).toEqual(expectFor(b, { store: [true, true], moto: [false, false] }));
    });

    it('shows no Tags before the first tag and Tags: [] after the last is removed, ignoring missing keys (§1.1, §8)', async () => {
      await create(b, 'app/db');
      expect(await b.call('DescribeSecret', { SecretId: 'app/db' })).not.toHaveProperty('Tags');
      await b.call('TagResource', { SecretId: 'app/db', Tags: [{ Key: 'a', Value: '1' }] });
      expect(await b.call('UntagResource', { SecretId: 'app/db', TagKeys: ['a', 'never-there'] })).toEqual({});
      expect((await b.call('DescribeSecret', { SecretId: 'app/db' })).Tags).toEqual([]);
    });
  });

  describe('the key ring (§7)', () => {
    it('creates a key usable by alias, key id and ARN, and lists it (§7)', async () => {
      const key = (await b.call('CreateKey', { Description: 'ci', Alias: 'alias/ci' })).KeyMetadata as { KeyId: string; Arn: string };
      expect(key.Arn).toBe(`arn:aws:kms:us-east-1:123456789012:key/${key.KeyId}`);
      const keys = (await b.call('ListKeys', {})).Keys as Array<{ KeyId: string; KeyArn: string }>;
      expect(keys).toContainEqual({ KeyId: key.KeyId, KeyArn: key.Arn });
      for (const [i, ref] of ['alias/ci', key.KeyId, key.Arn].entries()) {
        await b.call('CreateSecret', { Name: `app/k${i}`, KmsKeyId: ref, SecretString: 'v', ClientRequestToken: tok(1) });
        expect((await b.call('DescribeSecret', { SecretId: `app/k${i}` })).KmsKeyId).toBe(ref);
        expect(await valueOf(b, `app/k${i}`)).toBe('v');
      }
    });

    it('fails reads under a disabled key with DecryptionFailure until it is enabled again (§7; §10 row 35)', async () => {
      const key = (await b.call('CreateKey', { Description: 'ci', Alias: 'alias/ci' })).KeyMetadata as { KeyId: string };
      await b.call('CreateSecret', { Name: 'app/db', KmsKeyId: 'alias/ci', SecretString: 'v1', ClientRequestToken: tok(1) });
      await b.call('DisableKey', { KeyId: key.KeyId });
      const read = await b.send('GetSecretValue', { SecretId: 'app/db' });
      // §10 row 35: moto reads on.
      expect(read.ok ? 'readable' : read.error.code).toBe(expectFor(b, { store: 'DecryptionFailure', moto: 'readable' }));
      await b.call('EnableKey', { KeyId: key.KeyId });
      expect(await valueOf(b, 'app/db')).toBe('v1');
    });
  });

  it('keeps ARNs in this account and region (§1.1)', async () => {
    expect((await create(b, 'app/db')).startsWith(`${ARN_PREFIX}app/db-`)).toBe(true);
  });
}
