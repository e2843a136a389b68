/** The companion operations: service-semantics §8, §1.1 and the §10 rows about them. */
import { describe, expect, test } from 'vitest';
import { DAY, makeStore, seed, stagesById, tok, T0 } from './helpers.js';

describe('CreateSecret', () => {
  test('returns ARN, Name and VersionId, and gives the first version AWSCURRENT', async () => {
    const s = makeStore();
    const out = await s.call('CreateSecret', { Name: 'app/db', SecretString: 'v1', ClientRequestToken: tok(1) });
    expect(out.ARN).toMatch(/^arn:aws:secretsmanager:us-east-1:123456789012:secret:app\/db-[A-Za-z0-9]{6}$/);
    expect(out).toEqual({ ARN: out.ARN, Name: 'app/db', VersionId: tok(1) });
    expect(await stagesById(s, 'app/db')).toEqual({ [tok(1)]: ['AWSCURRENT'] });
  });

  test('without a value creates no version, no VersionIdsToStages, and Get fails for AWSCURRENT', async () => {
    const s = makeStore();
    const out = await s.call('CreateSecret', { Name: 'empty', ClientRequestToken: tok(1) });
    expect(out).not.toHaveProperty('VersionId');
    expect(await s.call('DescribeSecret', { SecretId: 'empty' })).not.toHaveProperty('VersionIdsToStages');
    const err = await s.fail('GetSecretValue', { SecretId: 'empty' });
    expect([err.code, err.message]).toEqual([
      'ResourceNotFoundException',
      "Secrets Manager can't find the specified secret value for staging label: AWSCURRENT",
    ]);
  });

  test('omits an empty description', async () => {
    const s = makeStore();
    await s.call('CreateSecret', { Name: 'x', Description: '' });
    expect(await s.call('DescribeSecret', { SecretId: 'x' })).not.toHaveProperty('Description');
  });

  test('rejects an existing name', async () => {
    const s = makeStore();
    await seed(s);
    const err = await s.fail('CreateSecret', { Name: 'app/db', SecretString: 'v', ClientRequestToken: tok(2) });
    expect([err.code, err.message]).toEqual(['ResourceExistsException', 'The operation failed because the secret app/db already exists.']);
  });

  test('replays the same token and value with the original response', async () => {
    const s = makeStore();
    const arn = await seed(s);
    expect(await s.call('CreateSecret', { Name: 'app/db', SecretString: 'v1', ClientRequestToken: tok(1) })).toEqual({
      ARN: arn,
      Name: 'app/db',
      VersionId: tok(1),
    });
  });

  test('rejects the same token with another value', async () => {
    const s = makeStore();
    await seed(s);
    const err = await s.fail('CreateSecret', { Name: 'app/db', SecretString: 'v2', ClientRequestToken: tok(1) });
    expect(err.message).toMatch(/^You can't use ClientRequestToken/);
  });

  test('requires a token with a value (§10 #10)', async () => {
    const s = makeStore();
    const err = await s.fail('CreateSecret', { Name: 'n', SecretString: 'v' });
    expect(err.code).toBe('InvalidRequestException');
  });

  test('rejects a name scheduled for deletion with InvalidRequestException (§10 #25)', async () => {
    const s = makeStore();
    await seed(s);
    await s.call('DeleteSecret', { SecretId: 'app/db' });
    const err = await s.fail('CreateSecret', { Name: 'app/db' });
    expect([err.code, err.message]).toEqual([
      'InvalidRequestException',
      "You can't create this secret because a secret with this name is already scheduled for deletion.",
    ]);
  });

  test('stores tags in order, and the Tags key is absent when none were given', async () => {
    const s = makeStore();
    await s.call('CreateSecret', { Name: 't', Tags: [{ Key: 'b', Value: '2' }, { Key: 'a', Value: '1' }] });
    expect((await s.call('DescribeSecret', { SecretId: 't' })).Tags).toEqual([{ Key: 'b', Value: '2' }, { Key: 'a', Value: '1' }]);
    await s.call('CreateSecret', { Name: 'u' });
    expect(await s.call('DescribeSecret', { SecretId: 'u' })).not.toHaveProperty('Tags');
  });

  test('rejects a tag without a Key provisional', async () => {
    const s = makeStore();
    const err = await s.fail('CreateSecret', { Name: 't', Tags: [{ Value: '1' }] });
    expect(err.message).toBe(
      "1 validation error detected: Value null at 'tags.1.member.key' failed to satisfy constraint: Member must not be null",
    );
  });
});

describe('GetSecretValue', () => {
  test('returns AWSCURRENT by default with VersionStages and CreatedDate', async () => {
    const s = makeStore();
    const arn = await seed(s);
    expect(await s.call('GetSecretValue', { SecretId: 'app/db' })).toEqual({
      ARN: arn,
      Name: 'app/db',
      VersionId: tok(1),
      SecretString: 'v1',
      VersionStages: ['AWSCURRENT'],
      CreatedDate: T0 / 1000,
    });
  });

  test('selects by VersionStage and by VersionId', async () => {
    const s = makeStore();
    await seed(s);
    await s.call('UpdateSecret', { SecretId: 'app/db', SecretString: 'v2', ClientRequestToken: tok(2) });
    expect((await s.call('GetSecretValue', { SecretId: 'app/db', VersionStage: 'AWSPREVIOUS' })).SecretString).toBe('v1');
    expect((await s.call('GetSecretValue', { SecretId: 'app/db', VersionId: tok(2), VersionStage: 'AWSCURRENT' })).SecretString).toBe('v2');
  });

  test('rejects a VersionStage not on the given VersionId', async () => {
    const s = makeStore();
    await seed(s);
    const err = await s.fail('GetSecretValue', { SecretId: 'app/db', VersionId: tok(1), VersionStage: 'AWSPREVIOUS' });
    expect([err.code, err.message, err.httpStatus]).toEqual([
      'InvalidRequestException',
      'You provided a VersionStage that is not associated to the provided VersionId.',
      400,
    ]);
  });

  test('names the missing stage or version id (§10 #26)', async () => {
    const s = makeStore();
    await seed(s);
    expect((await s.fail('GetSecretValue', { SecretId: 'app/db', VersionStage: 'nope' })).message).toBe(
      "Secrets Manager can't find the specified secret value for staging label: nope",
    );
    expect((await s.fail('GetSecretValue', { SecretId: 'app/db', VersionId: tok(9) })).message).toBe(
      `Secrets Manager can't find the specified secret value for VersionId: ${tok(9)}`,
    );
  });

  test('sets LastAccessedDate to the UTC date on the secret and the version (§10 #27)', async () => {
    const s = makeStore();
    await seed(s);
    await s.call('UpdateSecret', { SecretId: 'app/db', SecretString: 'v2', ClientRequestToken: tok(2) });
    expect(await s.call('DescribeSecret', { SecretId: 'app/db' })).not.toHaveProperty('LastAccessedDate');
    s.clock.advance(DAY);
    await s.call('GetSecretValue', { SecretId: 'app/db' });
    const midnight = Date.UTC(2024, 0, 16) / 1000;
    expect((await s.call('DescribeSecret', { SecretId: 'app/db' })).LastAccessedDate).toBe(midnight);
    const versions = (await s.call('ListSecretVersionIds', { SecretId: 'app/db' })).Versions as Array<Record<string, unknown>>;
    expect(versions.find((v) => v.VersionId === tok(2))!.LastAccessedDate).toBe(midnight);
    expect(versions.find((v) => v.VersionId === tok(1))).not.toHaveProperty('LastAccessedDate');
  });

  test('does not change LastChangedDate', async () => {
    const s = makeStore();
    await seed(s);
    s.clock.advance(DAY);
    await s.call('GetSecretValue', { SecretId: 'app/db' });
    expect((await s.call('DescribeSecret', { SecretId: 'app/db' })).LastChangedDate).toBe(T0 / 1000);
  });
});

describe('PutSecretValue', () => {
  test('without VersionStages behaves like the UpdateSecret value path', async () => {
    const s = makeStore();
    const arn = await seed(s);
    expect(await s.call('PutSecretValue', { SecretId: 'app/db', SecretString: 'v2', ClientRequestToken: tok(2) })).toEqual({
      ARN: arn,
      Name: 'app/db',
      VersionId: tok(2),
      VersionStages: ['AWSCURRENT'],
    });
    expect(await stagesById(s, 'app/db')).toEqual({ [tok(1)]: ['AWSPREVIOUS'], [tok(2)]: ['AWSCURRENT'] });
  });

  test('with VersionStages attaches exactly those labels and leaves AWSCURRENT in place', async () => {
    const s = makeStore();
    await seed(s);
    const out = await s.call('PutSecretValue', { SecretId: 'app/db', SecretString: 'p', ClientRequestToken: tok(2), VersionStages: ['AWSPENDING', 'PUT1'] });
    expect(out.VersionStages).toEqual(['AWSPENDING', 'PUT1']);
    expect(await stagesById(s, 'app/db')).toEqual({ [tok(1)]: ['AWSCURRENT'], [tok(2)]: ['AWSPENDING', 'PUT1'] });
  });

  test('moves a listed label from the version holding it, deprecating a version left without labels', async () => {
    const s = makeStore();
    await seed(s);
    await s.call('PutSecretValue', { SecretId: 'app/db', SecretString: 'a', ClientRequestToken: tok(2), VersionStages: ['one', 'two', 'three'] });
    await s.call('PutSecretValue', { SecretId: 'app/db', SecretString: 'b', ClientRequestToken: tok(3), VersionStages: ['one', 'two', 'four'] });
    expect(await stagesById(s, 'app/db')).toEqual({ [tok(1)]: ['AWSCURRENT'], [tok(2)]: ['three'], [tok(3)]: ['four', 'one', 'two'] });
    await s.call('PutSecretValue', { SecretId: 'app/db', SecretString: 'c', ClientRequestToken: tok(4), VersionStages: ['three'] });
    expect(await stagesById(s, 'app/db')).not.toHaveProperty(tok(2));
  });

  test('listing AWSCURRENT moves AWSPREVIOUS as usual', async () => {
    const s = makeStore();
    await seed(s);
    await s.call('PutSecretValue', { SecretId: 'app/db', SecretString: 'b', ClientRequestToken: tok(2), VersionStages: ['AWSCURRENT', 'PUT0'] });
    expect(await stagesById(s, 'app/db')).toEqual({ [tok(1)]: ['AWSPREVIOUS'], [tok(2)]: ['AWSCURRENT', 'PUT0'] });
  });

  test('adds AWSCURRENT to the first version of a secret', async () => {
    const s = makeStore();
    await s.call('CreateSecret', { Name: 'empty' });
    const out = await s.call('PutSecretValue', { SecretId: 'empty', SecretString: 'x', ClientRequestToken: tok(1), VersionStages: ['custom'] });
    expect([...(out.VersionStages as string[])].sort()).toEqual(['AWSCURRENT', 'custom']);
  });

  test("replays a token with the version's current labels", async () => {
    const s = makeStore();
    await seed(s);
    await s.call('PutSecretValue', { SecretId: 'app/db', SecretString: 'v2', ClientRequestToken: tok(2) });
    const out = await s.call('PutSecretValue', { SecretId: 'app/db', SecretString: 'v1', ClientRequestToken: tok(1) });
    expect(out.VersionStages).toEqual(['AWSPREVIOUS']);
  });

  test('requires a value provisional', async () => {
    const s = makeStore();
    await seed(s);
    const err = await s.fail('PutSecretValue', { SecretId: 'app/db', ClientRequestToken: tok(2) });
    expect([err.code, err.message]).toEqual(['InvalidRequestException', 'You must provide either SecretString or SecretBinary.']);
  });

  test('is rejected on a secret scheduled for deletion (§10 #24)', async () => {
    const s = makeStore();
    await seed(s);
    await s.call('DeleteSecret', { SecretId: 'app/db' });
    expect((await s.fail('PutSecretValue', { SecretId: 'app/db', SecretString: 'x', ClientRequestToken: tok(2) })).code).toBe('InvalidRequestException');
  });
});

describe('DescribeSecret', () => {
  test('omits absent fields instead of sending null (§10 #6)', async () => {
    const s = makeStore();
    const arn = await seed(s);
    const d = await s.call('DescribeSecret', { SecretId: 'app/db' });
    expect(d).toEqual({
      ARN: arn,
      Name: 'app/db',
      LastChangedDate: T0 / 1000,
      VersionIdsToStages: { [tok(1)]: ['AWSCURRENT'] },
      CreatedDate: T0 / 1000,
    });
    expect(Object.values(d)).not.toContain(null);
  });

  test('writes timestamps as epoch seconds with a millisecond fraction (§10 #5)', async () => {
    const s = makeStore();
    await seed(s);
    expect(JSON.stringify(await s.call('DescribeSecret', { SecretId: 'app/db' }))).toContain(`"CreatedDate":${T0 / 1000}`);
    expect(T0 / 1000).toBe(1705314600.123);
  });
});

describe('ListSecretVersionIds', () => {
  test('returns the full ARN, real dates, KmsKeyIds and no NextToken on the last page (§10 #8, #34)', async () => {
    const s = makeStore();
    const arn = await seed(s);
    expect(await s.call('ListSecretVersionIds', { SecretId: 'app/db' })).toEqual({
      Versions: [{ VersionId: tok(1), VersionStages: ['AWSCURRENT'], CreatedDate: T0 / 1000, KmsKeyIds: ['DefaultEncryptionKey'] }],
      ARN: arn,
      Name: 'app/db',
    });
  });

  test('paginates with MaxResults and NextToken', async () => {
    const s = makeStore();
    await seed(s);
    for (let i = 2; i <= 5; i++) await s.call('UpdateSecret', { SecretId: 'app/db', SecretString: `v${i}`, ClientRequestToken: tok(i) });
    const seen: string[] = [];
    let next: unknown;
    let pages = 0;
    do {
      const out = await s.call('ListSecretVersionIds', { SecretId: 'app/db', IncludeDeprecated: true, MaxResults: 2, NextToken: next });
      seen.push(...(out.Versions as Array<{ VersionId: string }>).map((v) => v.VersionId));
      next = out.NextToken;
      pages++;
    } while (next !== undefined);
    expect(pages).toBe(3);
    expect(seen).toEqual([1, 2, 3, 4, 5].map(tok));
  });

  test('rejects a NextToken it did not issue provisional', async () => {
    const s = makeStore();
    await seed(s);
    const err = await s.fail('ListSecretVersionIds', { SecretId: 'app/db', NextToken: 'garbage' });
    expect([err.code, err.message]).toEqual(['InvalidNextTokenException', 'The NextToken value is invalid.']);
  });

  test('reports an unknown secret as ResourceNotFoundException', async () => {
    const s = makeStore();
    expect((await s.fail('ListSecretVersionIds', { SecretId: 'nope' })).code).toBe('ResourceNotFoundException');
  });
});

describe('UpdateSecretVersionStage', () => {
  test('moves AWSCURRENT with RemoveFromVersionId, AWSPREVIOUS following, AWSPENDING staying', async () => {
    const s = makeStore();
    const arn = await seed(s);
    await s.call('PutSecretValue', { SecretId: 'app/db', SecretString: 'p', ClientRequestToken: tok(2), VersionStages: ['AWSPENDING'] });
    const out = await s.call('UpdateSecretVersionStage', { SecretId: 'app/db', VersionStage: 'AWSCURRENT', MoveToVersionId: tok(2), RemoveFromVersionId: tok(1) });
    expect(out).toEqual({ ARN: arn, Name: 'app/db' });
    expect(await stagesById(s, 'app/db')).toEqual({ [tok(1)]: ['AWSPREVIOUS'], [tok(2)]: ['AWSCURRENT', 'AWSPENDING'] });
  });

  test('keeps custom labels on both versions when AWSCURRENT moves', async () => {
    const s = makeStore();
    await s.call('CreateSecret', { Name: 'c', SecretString: 'a', ClientRequestToken: tok(1) });
    await s.call('PutSecretValue', { SecretId: 'c', SecretString: 'b', ClientRequestToken: tok(2), VersionStages: ['AWSCURRENT', 'PUT0'] });
    await s.call('PutSecretValue', { SecretId: 'c', SecretString: 'c', ClientRequestToken: tok(3), VersionStages: ['AWSPENDING', 'PUT1'] });
    await s.call('UpdateSecretVersionStage', { SecretId: 'c', VersionStage: 'AWSCURRENT', MoveToVersionId: tok(3), RemoveFromVersionId: tok(2) });
    expect(await stagesById(s, 'c')).toEqual({ [tok(2)]: ['AWSPREVIOUS', 'PUT0'], [tok(3)]: ['AWSCURRENT', 'AWSPENDING', 'PUT1'] });
  });

  test('requires RemoveFromVersionId to move AWSCURRENT', async () => {
    const s = makeStore();
    await seed(s);
    await s.call('PutSecretValue', { SecretId: 'app/db', SecretString: 'p', ClientRequestToken: tok(2), VersionStages: ['AWSPENDING'] });
    const err = await s.fail('UpdateSecretVersionStage', { SecretId: 'app/db', VersionStage: 'AWSCURRENT', MoveToVersionId: tok(2) });
    expect([err.code, err.message]).toEqual([
      'InvalidParameterException',
      `The parameter RemoveFromVersionId can't be empty. Staging label AWSCURRENT is currently attached to version ${tok(1)}, so you must explicitly reference that version in RemoveFromVersionId.`,
    ]);
  });

  test('requires RemoveFromVersionId to move a custom label that is attached elsewhere provisional', async () => {
    const s = makeStore();
    await seed(s);
    await s.call('PutSecretValue', { SecretId: 'app/db', SecretString: 'p', ClientRequestToken: tok(2), VersionStages: ['blue'] });
    const err = await s.fail('UpdateSecretVersionStage', { SecretId: 'app/db', VersionStage: 'blue', MoveToVersionId: tok(1) });
    expect(err.code).toBe('InvalidParameterException');
  });

  test('rejects RemoveFromVersionId naming a version without the label provisional', async () => {
    const s = makeStore();
    await seed(s);
    const err = await s.fail('UpdateSecretVersionStage', { SecretId: 'app/db', VersionStage: 'blue', RemoveFromVersionId: tok(1) });
    expect([err.code, err.message]).toEqual([
      'InvalidParameterException',
      `The staging label blue is not attached to version ${tok(1)}, so it can't be removed from that version.`,
    ]);
  });

  test('rejects an unknown MoveToVersionId provisional', async () => {
    const s = makeStore();
    await seed(s);
    const err = await s.fail('UpdateSecretVersionStage', { SecretId: 'app/db', VersionStage: 'blue', MoveToVersionId: tok(9) });
    expect([err.code, err.message]).toEqual([
      'ResourceNotFoundException',
      `Secrets Manager can't find the specified secret value for VersionId: ${tok(9)}`,
    ]);
  });

  test('refuses to remove AWSCURRENT without moving it provisional', async () => {
    const s = makeStore();
    await seed(s);
    const err = await s.fail('UpdateSecretVersionStage', { SecretId: 'app/db', VersionStage: 'AWSCURRENT', RemoveFromVersionId: tok(1) });
    expect(err.code).toBe('InvalidParameterException');
  });

  test('deprecates a version whose last label is removed, and relabels a deprecated version', async () => {
    const s = makeStore();
    await seed(s);
    await s.call('PutSecretValue', { SecretId: 'app/db', SecretString: 'p', ClientRequestToken: tok(2), VersionStages: ['blue'] });
    await s.call('UpdateSecretVersionStage', { SecretId: 'app/db', VersionStage: 'blue', RemoveFromVersionId: tok(2) });
    expect(await stagesById(s, 'app/db')).toEqual({ [tok(1)]: ['AWSCURRENT'] });
    expect((await s.call('GetSecretValue', { SecretId: 'app/db', VersionId: tok(2) })).SecretString).toBe('p');
    await s.call('UpdateSecretVersionStage', { SecretId: 'app/db', VersionStage: 'green', MoveToVersionId: tok(2) });
    expect(await stagesById(s, 'app/db')).toEqual({ [tok(1)]: ['AWSCURRENT'], [tok(2)]: ['green'] });
  });

  test('is rejected on a secret scheduled for deletion (§10 #24)', async () => {
    const s = makeStore();
    await seed(s);
    await s.call('DeleteSecret', { SecretId: 'app/db' });
    expect((await s.fail('UpdateSecretVersionStage', { SecretId: 'app/db', VersionStage: 'x', MoveToVersionId: tok(1) })).code).toBe('InvalidRequestException');
    expect((await s.fail('ListSecretVersionIds', { SecretId: 'app/db' })).code).toBe('InvalidRequestException');
  });
});

describe('TagResource and UntagResource', () => {
  test('appends tags and replaces an existing key in place, returning {}', async () => {
    const s = makeStore();
    await seed(s);
    expect(await s.call('TagResource', { SecretId: 'app/db', Tags: [{ Key: 'a', Value: '1' }, { Key: 'b', Value: '2' }] })).toEqual({});
    await s.call('TagResource', { SecretId: 'app/db', Tags: [{ Key: 'a', Value: 'x' }, { Key: 'c', Value: '3' }] });
    expect((await s.call('DescribeSecret', { SecretId: 'app/db' })).Tags).toEqual([
      { Key: 'a', Value: 'x' },
      { Key: 'b', Value: '2' },
      { Key: 'c', Value: '3' },
    ]);
  });

  test('shows Tags as [] once every tag is removed, ignoring missing keys', async () => {
    const s = makeStore();
    await seed(s);
    await s.call('TagResource', { SecretId: 'app/db', Tags: [{ Key: 'a', Value: '1' }] });
    expect(await s.call('UntagResource', { SecretId: 'app/db', TagKeys: ['a', 'missing'] })).toEqual({});
    expect((await s.call('DescribeSecret', { SecretId: 'app/db' })).Tags).toEqual([]);
  });

  test('bumps LastChangedDate', async () => {
    const s = makeStore();
    await seed(s);
    s.clock.advance(1000);
    await s.call('TagResource', { SecretId: 'app/db', Tags: [{ Key: 'a', Value: '1' }] });
    expect((await s.call('DescribeSecret', { SecretId: 'app/db' })).LastChangedDate).toBe((T0 + 1000) / 1000);
  });

  test('are rejected on a secret scheduled for deletion (§10 #24)', async () => {
    const s = makeStore();
    await seed(s);
    await s.call('DeleteSecret', { SecretId: 'app/db' });
    expect((await s.fail('TagResource', { SecretId: 'app/db', Tags: [{ Key: 'a', Value: '1' }] })).code).toBe('InvalidRequestException');
    expect((await s.fail('UntagResource', { SecretId: 'app/db', TagKeys: ['a'] })).message).toBe(
      "You can't perform this operation on the secret because it was marked for deletion.",
    );
  });
});
