/** Server-side validation (service-semantics §6, §10 #15, #29–#31) and the wire rules of §9. */
import { describe, expect, test } from 'vitest';
import { makeStore, seed, tok } from './helpers.js';

describe('model-driven validation (§6.1, §6.3)', () => {
  test('reports a missing required member as null', async () => {
    const s = makeStore();
    const err = await s.fail('UpdateSecret', {});
    expect([err.code, err.message, err.httpStatus]).toEqual([
      'ValidationException',
      "1 validation error detected: Value null at 'secretId' failed to satisfy constraint: Member must not be null",
      400,
    ]);
  });

  test('treats a null member as absent', async () => {
    const s = makeStore();
    await seed(s);
    expect(await s.call('UpdateSecret', { SecretId: 'app/db', Description: null, SecretString: null })).not.toHaveProperty('VersionId');
  });

  test('echoes too-long values with the max length', async () => {
    const s = makeStore();
    const name = 'n'.repeat(513);
    const err = await s.fail('CreateSecret', { Name: name });
    expect(err.message).toBe(
      `1 validation error detected: Value '${name}' at 'name' failed to satisfy constraint: Member must have length less than or equal to 512`,
    );
  });

  test('does not echo sensitive values', async () => {
    const s = makeStore();
    await seed(s);
    const err = await s.fail('UpdateSecret', { SecretId: 'app/db', SecretString: 'x'.repeat(65537), ClientRequestToken: tok(2) });
    expect(err.message).toBe(
      "1 validation error detected: Value at 'secretString' failed to satisfy constraint: Member must have length less than or equal to 65536",
    );
  });

  test('measures SecretBinary in decoded bytes', async () => {
    const s = makeStore();
    await seed(s);
    const ok = Buffer.alloc(65536, 1).toString('base64');
    expect((await s.call('UpdateSecret', { SecretId: 'app/db', SecretBinary: ok, ClientRequestToken: tok(2) })).VersionId).toBe(tok(2));
    const big = Buffer.alloc(65537, 1).toString('base64');
    const err = await s.fail('UpdateSecret', { SecretId: 'app/db', SecretBinary: big, ClientRequestToken: tok(3) });
    expect(err.message).toBe(
      "1 validation error detected: Value at 'secretBinary' failed to satisfy constraint: Member must have length less than or equal to 65536",
    );
  });

  test('lists several violations in model order, joined by "; "', async () => {
    const s = makeStore();
    const err = await s.fail('UpdateSecret', { SecretId: '', Description: 'd'.repeat(2049), ClientRequestToken: 'short' });
    expect(err.message).toBe(
      '3 validation errors detected: ' +
        "Value '' at 'secretId' failed to satisfy constraint: Member must have length greater than or equal to 1; " +
        "Value 'short' at 'clientRequestToken' failed to satisfy constraint: Member must have length greater than or equal to 32; " +
        `Value '${'d'.repeat(2049)}' at 'description' failed to satisfy constraint: Member must have length less than or equal to 2048`,
    );
  });

  test('checks list sizes and nested members with member paths', async () => {
    const s = makeStore();
    await seed(s);
    const tooMany = Array.from({ length: 21 }, (_, i) => `s${i}`);
    const err = await s.fail('PutSecretValue', { SecretId: 'app/db', SecretString: 'x', ClientRequestToken: tok(2), VersionStages: tooMany });
    expect(err.message).toBe(
      `1 validation error detected: Value '[${tooMany.join(', ')}]' at 'versionStages' failed to satisfy constraint: Member must have length less than or equal to 20`,
    );
    const nested = await s.fail('TagResource', { SecretId: 'app/db', Tags: [{ Key: '', Value: 'v' }] });
    expect(nested.message).toBe(
      "1 validation error detected: Value '' at 'tags.1.member.key' failed to satisfy constraint: Member must have length greater than or equal to 1",
    );
  });

  test('checks integer ranges and enums', async () => {
    const s = makeStore();
    expect((await s.fail('ListSecrets', { MaxResults: 101 })).message).toBe(
      "1 validation error detected: Value '101' at 'maxResults' failed to satisfy constraint: Member must have value less than or equal to 100",
    );
    expect((await s.fail('ListSecrets', { SortOrder: 'up' })).message).toBe(
      "1 validation error detected: Value 'up' at 'sortOrder' failed to satisfy constraint: Member must satisfy enum value set: [asc, desc]",
    );
    expect((await s.fail('ListSecrets', { Filters: [{ Key: 'colour', Values: ['x'] }] })).message).toBe(
      "1 validation error detected: Value 'colour' at 'filters.1.member.key' failed to satisfy constraint: Member must satisfy enum value set: [description, name, tag-key, tag-value, primary-region, owning-service, all]",
    );
  });

  test('rejects invalid base64 in SecretBinary with SerializationException (§10 #29) provisional', async () => {
    const s = makeStore();
    await seed(s);
    const err = await s.fail('UpdateSecret', { SecretId: 'app/db', SecretBinary: 'not base64!', ClientRequestToken: tok(2) });
    expect([err.code, err.message]).toEqual(['SerializationException', 'The value of SecretBinary is not valid base64.']);
  });

  test('rejects a member of the wrong type with SerializationException provisional', async () => {
    const s = makeStore();
    const err = await s.fail('DescribeSecret', { SecretId: 42 });
    expect([err.code, err.message]).toEqual(['SerializationException', 'Expected a string for SecretId.']);
  });

  test('ignores members the model does not know', async () => {
    const s = makeStore();
    await seed(s);
    expect((await s.call('DescribeSecret', { SecretId: 'app/db', Colour: 'blue' })).Name).toBe('app/db');
  });

  test('rejects an unknown operation provisional', async () => {
    const s = makeStore();
    expect((await s.fail('RotateSecret', { SecretId: 'x' })).code).toBe('UnknownOperationException');
  });
});
