/** Encryption keys (service-semantics §7, DESIGN §5) and the local key ring operations. */
import { describe, expect, test } from 'vitest';
import { makeStore, seed, tok, type TestStore } from './helpers.js';

async function newKey(s: TestStore, alias?: string): Promise<{ KeyId: string; Arn: string }> {
  return (await s.call('CreateKey', { Description: 'test', ...(alias && { Alias: alias }) })).KeyMetadata as { KeyId: string; Arn: string };
}

const kmsKeyIds = async (s: TestStore, id: string) =>
  Object.fromEntries(
    ((await s.call('ListSecretVersionIds', { SecretId: id, IncludeDeprecated: true })).Versions as Array<{ VersionId: string; KmsKeyIds: string[] }>).map(
      (v) => [v.VersionId, v.KmsKeyIds],
    ),
  );

describe('the key ring', () => {
  test('lists no key on a fresh store and creates alias/aws/secretsmanager on first use', async () => {
    const s = makeStore();
    expect(await s.call('ListKeys', {})).toEqual({ Keys: [], Truncated: false });
    await seed(s);
    const keys = (await s.call('ListKeys', {})).Keys as Array<{ KeyId: string; KeyArn: string }>;
    expect(keys).toHaveLength(1);
    expect(keys[0]!.KeyArn).toBe(`arn:aws:kms:us-east-1:123456789012:key/${keys[0]!.KeyId}`);
  });

  test('creates keys with KMS-shaped metadata and an optional local alias', async () => {
    const s = makeStore();
    const out = (await s.call('CreateKey', { Description: 'ci key', Alias: 'alias/ci' })).KeyMetadata as Record<string, unknown>;
    expect(out).toMatchObject({
      AWSAccountId: '123456789012',
      Enabled: true,
      Description: 'ci key',
      KeyState: 'Enabled',
      KeyManager: 'CUSTOMER',
      KeyUsage: 'ENCRYPT_DECRYPT',
      Aliases: ['alias/ci'],
    });
    expect(out.Arn).toBe(`arn:aws:kms:us-east-1:123456789012:key/${out.KeyId as string}`);
  });

  test('rejects a taken alias provisional', async () => {
    const s = makeStore();
    await newKey(s, 'alias/ci');
    const err = await s.fail('CreateKey', { Alias: 'alias/ci' });
    expect([err.code, err.message]).toEqual(['AlreadyExistsException', 'An alias with the name arn:aws:kms:us-east-1:123456789012:alias/ci already exists']);
  });

  test('rejects malformed and reserved aliases provisional', async () => {
    const s = makeStore();
    expect((await s.fail('CreateKey', { Alias: 'ci' })).code).toBe('ValidationException');
    expect((await s.fail('CreateKey', { Alias: 'alias/aws/mine' })).code).toBe('ValidationException');
  });

  test('pages ListKeys with Limit and Marker', async () => {
    const s = makeStore();
    for (let i = 0; i < 3; i++) await newKey(s);
    const first = await s.call('ListKeys', { Limit: 2 });
    expect((first.Keys as unknown[]).length).toBe(2);
    expect(first.Truncated).toBe(true);
    const second = await s.call('ListKeys', { Limit: 2, Marker: first.NextMarker });
    expect(second).toMatchObject({ Truncated: false });
    expect((second.Keys as unknown[]).length).toBe(1);
  });

  test('reports an unknown key to DisableKey as NotFoundException provisional', async () => {
    const s = makeStore();
    const err = await s.fail('DisableKey', { KeyId: '1234abcd-12ab-34cd-56ef-1234567890ab' });
    expect([err.code, err.message]).toEqual([
      'NotFoundException',
      "Key 'arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab' does not exist",
    ]);
  });

  test('refuses to disable the AWS managed key provisional', async () => {
    const s = makeStore();
    await seed(s);
    expect((await s.fail('DisableKey', { KeyId: 'alias/aws/secretsmanager' })).code).toBe('UnsupportedOperationException');
  });
});

describe('KMS keys of secrets (§7)', () => {
  test('omits KmsKeyId for the default key and shows DefaultEncryptionKey per version', async () => {
    const s = makeStore();
    await seed(s);
    expect(await s.call('DescribeSecret', { SecretId: 'app/db' })).not.toHaveProperty('KmsKeyId');
    expect(await kmsKeyIds(s, 'app/db')).toEqual({ [tok(1)]: ['DefaultEncryptionKey'] });
  });

  test('echoes a customer key as given, by id, ARN, alias or alias ARN', async () => {
    const s = makeStore();
    const key = await newKey(s, 'alias/app');
    const refs = [key.KeyId, key.Arn, 'alias/app', 'arn:aws:kms:us-east-1:123456789012:alias/app'];
    for (const [i, ref] of refs.entries()) {
      await s.call('CreateSecret', { Name: `s${i}`, KmsKeyId: ref, SecretString: 'x', ClientRequestToken: tok(1) });
      expect((await s.call('DescribeSecret', { SecretId: `s${i}` })).KmsKeyId).toBe(ref);
      expect(await kmsKeyIds(s, `s${i}`)).toEqual({ [tok(1)]: [key.Arn] });
      expect((await s.call('GetSecretValue', { SecretId: `s${i}` })).SecretString).toBe('x');
    }
  });

  test('rejects an unknown key with EncryptionFailure, writing nothing (§10 #35, DESIGN §5) provisional', async () => {
    const s = makeStore();
    await seed(s);
    const err = await s.fail('UpdateSecret', { SecretId: 'app/db', KmsKeyId: 'alias/missing', SecretString: 'v2', ClientRequestToken: tok(2) });
    expect([err.code, err.message]).toEqual([
      'EncryptionFailure',
      "Secrets Manager can't encrypt the secret value: the KMS key alias/missing does not exist.",
    ]);
    expect((await s.call('GetSecretValue', { SecretId: 'app/db' })).VersionId).toBe(tok(1));
    expect((await s.fail('CreateSecret', { Name: 'n', KmsKeyId: 'nope' })).code).toBe('EncryptionFailure');
  });

  test('fails writes under a disabled key with EncryptionFailure and reads with DecryptionFailure provisional', async () => {
    const s = makeStore();
    const key = await newKey(s);
    await s.call('CreateSecret', { Name: 'k', KmsKeyId: key.KeyId, SecretString: 'x', ClientRequestToken: tok(1) });
    await s.call('DisableKey', { KeyId: key.KeyId });
    expect((await s.fail('UpdateSecret', { SecretId: 'k', SecretString: 'y', ClientRequestToken: tok(2) })).code).toBe('EncryptionFailure');
    const read = await s.fail('GetSecretValue', { SecretId: 'k' });
    expect([read.code, read.message]).toEqual([
      'DecryptionFailure',
      `Secrets Manager can't decrypt the protected secret text using the provided KMS key: ${key.Arn} is disabled.`,
    ]);
    await s.call('EnableKey', { KeyId: key.Arn });
    expect((await s.call('GetSecretValue', { SecretId: 'k' })).SecretString).toBe('x');
  });

  test('switching keys re-encrypts AWSCURRENT, AWSPENDING and AWSPREVIOUS only, and keeps values readable', async () => {
    const s = makeStore();
    await seed(s);
    for (let i = 2; i <= 3; i++) await s.call('UpdateSecret', { SecretId: 'app/db', SecretString: `v${i}`, ClientRequestToken: tok(i) });
    await s.call('PutSecretValue', { SecretId: 'app/db', SecretString: 'p', ClientRequestToken: tok(4), VersionStages: ['AWSPENDING'] });
    const key = await newKey(s);
    const out = await s.call('UpdateSecret', { SecretId: 'app/db', KmsKeyId: key.KeyId });
    expect(out).not.toHaveProperty('VersionId');
    expect(await kmsKeyIds(s, 'app/db')).toEqual({
      [tok(1)]: ['DefaultEncryptionKey'],
      [tok(2)]: [key.Arn],
      [tok(3)]: [key.Arn],
      [tok(4)]: [key.Arn],
    });
    expect((await s.call('DescribeSecret', { SecretId: 'app/db' })).KmsKeyId).toBe(key.KeyId);
    for (const [i, v] of [[1, 'v1'], [2, 'v2'], [3, 'v3'], [4, 'p']] as const) {
      expect((await s.call('GetSecretValue', { SecretId: 'app/db', VersionId: tok(i) })).SecretString).toBe(v);
    }
  });

  test('encrypts a version given with a new key under that key', async () => {
    const s = makeStore();
    await seed(s);
    const key = await newKey(s);
    await s.call('UpdateSecret', { SecretId: 'app/db', KmsKeyId: key.Arn, SecretString: 'v2', ClientRequestToken: tok(2) });
    expect(await kmsKeyIds(s, 'app/db')).toEqual({ [tok(1)]: [key.Arn], [tok(2)]: [key.Arn] });
  });

  test('accepts alias/aws/secretsmanager by name before it exists, and hides it as the default key', async () => {
    const s = makeStore();
    await s.call('CreateSecret', { Name: 'd', KmsKeyId: 'alias/aws/secretsmanager', SecretString: 'x', ClientRequestToken: tok(1) });
    expect(await s.call('DescribeSecret', { SecretId: 'd' })).not.toHaveProperty('KmsKeyId');
    expect(await kmsKeyIds(s, 'd')).toEqual({ [tok(1)]: ['DefaultEncryptionKey'] });
  });

  test('KmsKeyId "" returns to the default key and hides KmsKeyId (§10 #13)', async () => {
    const s = makeStore();
    const key = await newKey(s);
    await s.call('CreateSecret', { Name: 'k', KmsKeyId: key.KeyId, SecretString: 'x', ClientRequestToken: tok(1) });
    await s.call('UpdateSecret', { SecretId: 'k', KmsKeyId: '' });
    expect(await s.call('DescribeSecret', { SecretId: 'k' })).not.toHaveProperty('KmsKeyId');
    expect(await kmsKeyIds(s, 'k')).toEqual({ [tok(1)]: ['DefaultEncryptionKey'] });
  });

  test('leaves a deprecated version under the old key, unreadable once that key is disabled', async () => {
    const s = makeStore();
    const old = await newKey(s);
    await s.call('CreateSecret', { Name: 'k', KmsKeyId: old.KeyId, SecretString: 'a', ClientRequestToken: tok(1) });
    for (let i = 2; i <= 3; i++) await s.call('UpdateSecret', { SecretId: 'k', SecretString: `v${i}`, ClientRequestToken: tok(i) });
    const fresh = await newKey(s);
    await s.call('UpdateSecret', { SecretId: 'k', KmsKeyId: fresh.KeyId });
    await s.call('DisableKey', { KeyId: old.KeyId });
    expect((await s.call('GetSecretValue', { SecretId: 'k' })).SecretString).toBe('v3');
    expect((await s.fail('GetSecretValue', { SecretId: 'k', VersionId: tok(1) })).code).toBe('DecryptionFailure');
  });

  test('compares plaintexts for the idempotency check under a re-wrapped key', async () => {
    const s = makeStore();
    await seed(s);
    const key = await newKey(s);
    await s.call('UpdateSecret', { SecretId: 'app/db', KmsKeyId: key.KeyId });
    expect((await s.call('UpdateSecret', { SecretId: 'app/db', SecretString: 'v1', ClientRequestToken: tok(1) })).VersionId).toBe(tok(1));
  });
});
