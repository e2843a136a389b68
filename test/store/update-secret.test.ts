/** UpdateSecret, the product: service-semantics §2 (with §1.3 labels and §10's AWS-side rows). */
import { describe, expect, test } from 'vitest';
import { makeStore, seed, stagesById, tok, T0 } from './helpers.js';

describe('UpdateSecret processing order (§2.1)', () => {
  test('requires a ClientRequestToken with a value, before looking the secret up (§10 #10)', async () => {
    const s = makeStore();
    const err = await s.fail('UpdateSecret', { SecretId: 'missing', SecretString: 'x' });
    expect([err.code, err.message, err.httpStatus]).toEqual([
      'InvalidRequestException',
      'You must provide a ClientRequestToken value. We recommend a UUID-type value.',
      400,
    ]);
  });

  test('validates the shape before the token rule', async () => {
    const s = makeStore();
    const err = await s.fail('UpdateSecret', { SecretId: 'x', SecretString: '' });
    expect(err.code).toBe('ValidationException');
  });

  test('checks the token before the name characters', async () => {
    const s = makeStore();
    const err = await s.fail('UpdateSecret', { SecretId: 'bad name', SecretString: 'x' });
    expect(err.code).toBe('InvalidRequestException');
  });

  test('rejects name characters outside [A-Za-z0-9/_+=.@-] before the value check', async () => {
    const s = makeStore();
    const err = await s.fail('UpdateSecret', {
      SecretId: 'bad!name',
      SecretString: 'x',
      SecretBinary: 'eA==',
      ClientRequestToken: tok(1),
    });
    expect([err.code, err.message]).toEqual([
      'ValidationException',
      'Invalid name. Must be a valid name containing alphanumeric characters, or any of the following: -/_+=.@!',
    ]);
  });

  test('rejects both SecretString and SecretBinary before the existence check (§10 #14)', async () => {
    const s = makeStore();
    const err = await s.fail('UpdateSecret', { SecretId: 'missing', SecretString: 'x', SecretBinary: 'eA==', ClientRequestToken: tok(1) });
    expect([err.code, err.message]).toEqual([
      'InvalidParameterException',
      "You can't specify both a binary secret value and a string secret value in the same secret.",
    ]);
  });

  test('reports an unknown secret as ResourceNotFoundException with HTTP 400 (§10 #1)', async () => {
    const s = makeStore();
    const err = await s.fail('UpdateSecret', { SecretId: 'missing', SecretString: 'x', ClientRequestToken: tok(1) });
    expect([err.code, err.message, err.httpStatus]).toEqual([
      'ResourceNotFoundException',
      "Secrets Manager can't find the specified secret.",
      400,
    ]);
  });

  test('rejects a secret scheduled for deletion before the token check (§10 #23)', async () => {
    const s = makeStore();
    await seed(s);
    await s.call('DeleteSecret', { SecretId: 'app/db' });
    const replay = await s.fail('UpdateSecret', { SecretId: 'app/db', SecretString: 'v1', ClientRequestToken: tok(1) });
    expect([replay.code, replay.message]).toEqual([
      'InvalidRequestException',
      "You can't perform this operation on the secret because it was marked for deletion.",
    ]);
    const metadataOnly = await s.fail('UpdateSecret', { SecretId: 'app/db', Description: 'd' });
    expect(metadataOnly.code).toBe('InvalidRequestException');
  });

  test('checks the token before the KMS key', async () => {
    const s = makeStore();
    await seed(s);
    const err = await s.fail('UpdateSecret', { SecretId: 'app/db', SecretString: 'other', ClientRequestToken: tok(1), KmsKeyId: 'alias/nope' });
    expect(err.code).toBe('ResourceExistsException');
  });
});

describe('UpdateSecret effects (§2.2)', () => {
  test('changes nothing when only SecretId is given, and returns no VersionId', async () => {
    const s = makeStore();
    const arn = await seed(s);
    const before = await s.call('DescribeSecret', { SecretId: arn });
    s.clock.advance(5000);
    const out = await s.call('UpdateSecret', { SecretId: 'app/db', ClientRequestToken: tok(9) });
    expect(out).toEqual({ ARN: arn, Name: 'app/db' });
    expect(await s.call('DescribeSecret', { SecretId: arn })).toEqual(before);
  });

  test('accepts a metadata-only update without a token (§10 #11)', async () => {
    const s = makeStore();
    await seed(s);
    expect(await s.call('UpdateSecret', { SecretId: 'app/db', Description: 'd' })).not.toHaveProperty('VersionId');
  });

  test('ignores a metadata-only token equal to an existing VersionId (§10 #20)', async () => {
    const s = makeStore();
    await seed(s);
    const out = await s.call('UpdateSecret', { SecretId: 'app/db', Description: 'new', ClientRequestToken: tok(1) });
    expect(out).not.toHaveProperty('VersionId');
    expect((await s.call('DescribeSecret', { SecretId: 'app/db' })).Description).toBe('new');
  });

  test('replaces the description and bumps LastChangedDate without a version', async () => {
    const s = makeStore();
    await seed(s);
    s.clock.advance(2000);
    await s.call('UpdateSecret', { SecretId: 'app/db', Description: 'the db' });
    const d = await s.call('DescribeSecret', { SecretId: 'app/db' });
    expect(d.Description).toBe('the db');
    expect(d.LastChangedDate).toBe((T0 + 2000) / 1000);
    expect(Object.keys(d.VersionIdsToStages as object)).toEqual([tok(1)]);
  });

  test('clears the description with Description "" (DESIGN §5, §10 #12)', async () => {
    const s = makeStore();
    await s.call('CreateSecret', { Name: 'app/db', Description: 'old' });
    await s.call('UpdateSecret', { SecretId: 'app/db', Description: '' });
    expect(await s.call('DescribeSecret', { SecretId: 'app/db' })).not.toHaveProperty('Description');
  });

  test('creates a version named by the token that becomes AWSCURRENT', async () => {
    const s = makeStore();
    const arn = await seed(s);
    const out = await s.call('UpdateSecret', { SecretId: arn, SecretString: 'v2', ClientRequestToken: tok(2) });
    expect(out).toEqual({ ARN: arn, Name: 'app/db', VersionId: tok(2) });
    expect((await s.call('GetSecretValue', { SecretId: 'app/db' })).SecretString).toBe('v2');
    expect(await stagesById(s, 'app/db')).toEqual({ [tok(1)]: ['AWSPREVIOUS'], [tok(2)]: ['AWSCURRENT'] });
  });

  test('gives a first version on a value-less secret only AWSCURRENT', async () => {
    const s = makeStore();
    await s.call('CreateSecret', { Name: 'empty' });
    await s.call('UpdateSecret', { SecretId: 'empty', SecretString: 'v', ClientRequestToken: tok(1) });
    expect(await stagesById(s, 'empty')).toEqual({ [tok(1)]: ['AWSCURRENT'] });
  });

  test('stores binary values and returns them base64-encoded', async () => {
    const s = makeStore();
    await seed(s);
    await s.call('UpdateSecret', { SecretId: 'app/db', SecretBinary: 'AAEC/w==', ClientRequestToken: tok(2) });
    const got = await s.call('GetSecretValue', { SecretId: 'app/db' });
    expect(got.SecretBinary).toBe('AAEC/w==');
    expect(got).not.toHaveProperty('SecretString');
  });

  test('applies a value and a description in one call', async () => {
    const s = makeStore();
    await seed(s);
    await s.call('UpdateSecret', { SecretId: 'app/db', SecretString: 'v2', Description: 'both', ClientRequestToken: tok(2) });
    const d = await s.call('DescribeSecret', { SecretId: 'app/db' });
    expect(d.Description).toBe('both');
    expect(d.VersionIdsToStages).toEqual({ [tok(1)]: ['AWSPREVIOUS'], [tok(2)]: ['AWSCURRENT'] });
  });

  test('leaves Name, ARN, tags and CreatedDate untouched', async () => {
    const s = makeStore();
    const arn = await seed(s);
    await s.call('TagResource', { SecretId: arn, Tags: [{ Key: 'team', Value: 'a' }] });
    const before = await s.call('DescribeSecret', { SecretId: arn });
    s.clock.advance(1000);
    await s.call('UpdateSecret', { SecretId: arn, SecretString: 'v2', Description: 'x', ClientRequestToken: tok(2) });
    const after = await s.call('DescribeSecret', { SecretId: arn });
    for (const key of ['ARN', 'Name', 'Tags', 'CreatedDate']) expect(after[key]).toEqual(before[key]);
  });

  test('makes LastChangedDate strictly increase even when the same value is stored within one millisecond', async () => {
    const s = makeStore();
    await seed(s);
    const dates: number[] = [];
    for (let i = 2; i < 5; i++) {
      await s.call('UpdateSecret', { SecretId: 'app/db', SecretString: 'same', ClientRequestToken: tok(i) });
      dates.push((await s.call('DescribeSecret', { SecretId: 'app/db' })).LastChangedDate as number);
    }
    expect(dates[0]! < dates[1]! && dates[1]! < dates[2]!).toBe(true);
  });
});

describe('ClientRequestToken rules (§2.3)', () => {
  test('replays an identical token without a new version', async () => {
    const s = makeStore();
    const arn = await seed(s);
    await s.call('UpdateSecret', { SecretId: 'app/db', SecretString: 'v2', ClientRequestToken: tok(2) });
    const changed = (await s.call('DescribeSecret', { SecretId: arn })).LastChangedDate;
    s.clock.advance(1000);
    const out = await s.call('UpdateSecret', { SecretId: 'app/db', SecretString: 'v2', ClientRequestToken: tok(2) });
    expect(out).toEqual({ ARN: arn, Name: 'app/db', VersionId: tok(2) });
    expect(await stagesById(s, 'app/db', true)).toEqual({ [tok(1)]: ['AWSPREVIOUS'], [tok(2)]: ['AWSCURRENT'] });
    expect((await s.call('DescribeSecret', { SecretId: arn })).LastChangedDate).toBe(changed);
  });

  test("replays a non-current version's token with that version's id, moving no label (§10 #18)", async () => {
    const s = makeStore();
    await seed(s);
    await s.call('UpdateSecret', { SecretId: 'app/db', SecretString: 'v2', ClientRequestToken: tok(2) });
    const out = await s.call('UpdateSecret', { SecretId: 'app/db', SecretString: 'v1', ClientRequestToken: tok(1) });
    expect(out.VersionId).toBe(tok(1));
    expect(await stagesById(s, 'app/db')).toEqual({ [tok(1)]: ['AWSPREVIOUS'], [tok(2)]: ['AWSCURRENT'] });
  });

  test('replays the token of a deprecated version', async () => {
    const s = makeStore();
    await seed(s);
    await s.call('UpdateSecret', { SecretId: 'app/db', SecretString: 'v2', ClientRequestToken: tok(2) });
    await s.call('UpdateSecret', { SecretId: 'app/db', SecretString: 'v3', ClientRequestToken: tok(3) });
    const out = await s.call('UpdateSecret', { SecretId: 'app/db', SecretString: 'v1', ClientRequestToken: tok(1) });
    expect(out.VersionId).toBe(tok(1));
    expect(Object.keys(await stagesById(s, 'app/db', true))).toHaveLength(3);
  });

  test('rejects a token already used with a different value (§10 #19)', async () => {
    const s = makeStore();
    const arn = await seed(s);
    const err = await s.fail('UpdateSecret', { SecretId: 'app/db', SecretString: 'other', ClientRequestToken: tok(1) });
    expect([err.code, err.message]).toEqual([
      'ResourceExistsException',
      `You can't use ClientRequestToken ${tok(1)} because that value is already in use for a version of secret ${arn}.`,
    ]);
    expect((await s.call('GetSecretValue', { SecretId: 'app/db', VersionId: tok(1) })).SecretString).toBe('v1');
  });

  test('treats the same bytes of another kind as a different value', async () => {
    const s = makeStore();
    await seed(s, 'app/db', 'abc');
    const err = await s.fail('UpdateSecret', { SecretId: 'app/db', SecretBinary: Buffer.from('abc').toString('base64'), ClientRequestToken: tok(1) });
    expect(err.code).toBe('ResourceExistsException');
  });

  test('allows the same token on another secret', async () => {
    const s = makeStore();
    await seed(s, 'a');
    await seed(s, 'b');
    await s.call('UpdateSecret', { SecretId: 'a', SecretString: 'x', ClientRequestToken: tok(7) });
    expect((await s.call('UpdateSecret', { SecretId: 'b', SecretString: 'y', ClientRequestToken: tok(7) })).VersionId).toBe(tok(7));
  });

  test('rejects an empty-string token as too short (§10 #11)', async () => {
    const s = makeStore();
    await seed(s);
    const err = await s.fail('UpdateSecret', { SecretId: 'app/db', Description: 'd', ClientRequestToken: '' });
    expect(err.message).toBe(
      "1 validation error detected: Value '' at 'clientRequestToken' failed to satisfy constraint: Member must have length greater than or equal to 32",
    );
  });

  test('rejects a token over 64 characters with ValidationException (§10 #16)', async () => {
    const s = makeStore();
    await seed(s);
    const err = await s.fail('UpdateSecret', { SecretId: 'app/db', SecretString: 'x', ClientRequestToken: 'a'.repeat(65) });
    expect(err.code).toBe('ValidationException');
  });
});

describe('label movement on a new version (§2.4, §1.3)', () => {
  test('moves AWSPREVIOUS to the outgoing current version and deprecates the old previous one', async () => {
    const s = makeStore();
    await seed(s);
    await s.call('UpdateSecret', { SecretId: 'app/db', SecretString: 'v2', ClientRequestToken: tok(2) });
    await s.call('UpdateSecret', { SecretId: 'app/db', SecretString: 'v3', ClientRequestToken: tok(3) });
    expect(await stagesById(s, 'app/db')).toEqual({ [tok(2)]: ['AWSPREVIOUS'], [tok(3)]: ['AWSCURRENT'] });
    expect((await s.call('DescribeSecret', { SecretId: 'app/db' })).VersionIdsToStages).not.toHaveProperty(tok(1));
  });

  test('keeps a deprecated version readable by VersionId and listed only with IncludeDeprecated, without VersionStages (§10 #7)', async () => {
    const s = makeStore();
    await seed(s);
    await s.call('UpdateSecret', { SecretId: 'app/db', SecretString: 'v2', ClientRequestToken: tok(2) });
    await s.call('UpdateSecret', { SecretId: 'app/db', SecretString: 'v3', ClientRequestToken: tok(3) });
    const got = await s.call('GetSecretValue', { SecretId: 'app/db', VersionId: tok(1) });
    expect(got.SecretString).toBe('v1');
    expect(got).not.toHaveProperty('VersionStages');
    const all = await s.call('ListSecretVersionIds', { SecretId: 'app/db', IncludeDeprecated: true });
    const deprecated = (all.Versions as Array<Record<string, unknown>>).find((v) => v.VersionId === tok(1));
    expect(deprecated).toBeDefined();
    expect(deprecated).not.toHaveProperty('VersionStages');
  });

  test('drops AWSPENDING from the outgoing current version', async () => {
    const s = makeStore();
    await seed(s);
    await s.call('PutSecretValue', { SecretId: 'app/db', SecretString: 'p', ClientRequestToken: tok(2), VersionStages: ['AWSPENDING'] });
    await s.call('UpdateSecretVersionStage', { SecretId: 'app/db', VersionStage: 'AWSCURRENT', MoveToVersionId: tok(2), RemoveFromVersionId: tok(1) });
    expect((await stagesById(s, 'app/db'))[tok(2)]).toEqual(['AWSCURRENT', 'AWSPENDING']);
    await s.call('UpdateSecret', { SecretId: 'app/db', SecretString: 'v3', ClientRequestToken: tok(3) });
    expect(await stagesById(s, 'app/db')).toEqual({ [tok(2)]: ['AWSPREVIOUS'], [tok(3)]: ['AWSCURRENT'] });
  });

  test('keeps custom labels on the outgoing current version (DESIGN §5) provisional', async () => {
    const s = makeStore();
    await seed(s);
    await s.call('UpdateSecretVersionStage', { SecretId: 'app/db', VersionStage: 'blue', MoveToVersionId: tok(1) });
    await s.call('UpdateSecret', { SecretId: 'app/db', SecretString: 'v2', ClientRequestToken: tok(2) });
    expect(await stagesById(s, 'app/db')).toEqual({ [tok(1)]: ['AWSPREVIOUS', 'blue'], [tok(2)]: ['AWSCURRENT'] });
  });

  test('keeps a version with a custom label after AWSPREVIOUS leaves it', async () => {
    const s = makeStore();
    await seed(s);
    await s.call('UpdateSecretVersionStage', { SecretId: 'app/db', VersionStage: 'keep', MoveToVersionId: tok(1) });
    await s.call('UpdateSecret', { SecretId: 'app/db', SecretString: 'v2', ClientRequestToken: tok(2) });
    await s.call('UpdateSecret', { SecretId: 'app/db', SecretString: 'v3', ClientRequestToken: tok(3) });
    expect(await stagesById(s, 'app/db')).toEqual({ [tok(1)]: ['keep'], [tok(2)]: ['AWSPREVIOUS'], [tok(3)]: ['AWSCURRENT'] });
  });

  test('after a stage move, a later update leaves exactly one AWSCURRENT (§10 #32)', async () => {
    const s = makeStore();
    await seed(s);
    await s.call('PutSecretValue', { SecretId: 'app/db', SecretString: 'v2', ClientRequestToken: tok(2), VersionStages: ['AWSPENDING'] });
    await s.call('UpdateSecretVersionStage', { SecretId: 'app/db', VersionStage: 'AWSCURRENT', MoveToVersionId: tok(2), RemoveFromVersionId: tok(1) });
    expect((await s.call('GetSecretValue', { SecretId: 'app/db' })).SecretString).toBe('v2');
    await s.call('UpdateSecret', { SecretId: 'app/db', SecretString: 'v3', ClientRequestToken: tok(3) });
    const stages = await stagesById(s, 'app/db');
    expect(Object.values(stages).filter((l) => l.includes('AWSCURRENT'))).toHaveLength(1);
    expect(stages[tok(2)]).toEqual(['AWSPREVIOUS']);
  });
});
