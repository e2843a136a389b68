/** Deletion lifecycle (service-semantics §4) and SecretId resolution (§3). */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { DAY, makeStore, seed, tok, T0 } from './helpers.js';

describe('deletion (§4)', () => {
  test('schedules deletion after 30 days by default, with DeletedDate equal to DeletionDate', async () => {
    const s = makeStore();
    const arn = await seed(s);
    const out = await s.call('DeleteSecret', { SecretId: 'app/db' });
    expect(out).toEqual({ ARN: arn, Name: 'app/db', DeletionDate: (T0 + 30 * DAY) / 1000 });
    const d = await s.call('DescribeSecret', { SecretId: 'app/db' });
    expect(d.DeletedDate).toBe((T0 + 30 * DAY) / 1000);
    expect(d.VersionIdsToStages).toEqual({ [tok(1)]: ['AWSCURRENT'] });
  });

  test('accepts recovery windows of 7 to 30 days', async () => {
    const s = makeStore();
    await seed(s);
    expect((await s.call('DeleteSecret', { SecretId: 'app/db', RecoveryWindowInDays: 7 })).DeletionDate).toBe((T0 + 7 * DAY) / 1000);
  });

  test('rejects a window outside 7–30 before the force check', async () => {
    const s = makeStore();
    await seed(s);
    for (const days of [6, 31]) {
      const err = await s.fail('DeleteSecret', { SecretId: 'app/db', RecoveryWindowInDays: days, ForceDeleteWithoutRecovery: true });
      expect([err.code, err.message]).toEqual([
        'InvalidParameterException',
        'The RecoveryWindowInDays value must be between 7 and 30 days (inclusive).',
      ]);
    }
  });

  test('rejects a window together with a forced deletion (§10 #33)', async () => {
    const s = makeStore();
    await seed(s);
    const err = await s.fail('DeleteSecret', { SecretId: 'app/db', RecoveryWindowInDays: 10, ForceDeleteWithoutRecovery: true });
    expect([err.code, err.message]).toEqual([
      'InvalidParameterException',
      "You can't use ForceDeleteWithoutRecovery in conjunction with RecoveryWindowInDays.",
    ]);
  });

  test('rejects a second scheduled deletion with the marked-for-deletion text', async () => {
    const s = makeStore();
    await seed(s);
    await s.call('DeleteSecret', { SecretId: 'app/db' });
    expect((await s.fail('DeleteSecret', { SecretId: 'app/db' })).code).toBe('InvalidRequestException');
  });

  test('rejects reads of a scheduled secret but still describes it', async () => {
    const s = makeStore();
    await seed(s);
    await s.call('DeleteSecret', { SecretId: 'app/db' });
    expect((await s.fail('GetSecretValue', { SecretId: 'app/db' })).message).toBe(
      "You can't perform this operation on the secret because it was marked for deletion.",
    );
    expect((await s.call('DescribeSecret', { SecretId: 'app/db' })).Name).toBe('app/db');
  });

  test('restores a scheduled secret with everything intact', async () => {
    const s = makeStore();
    const arn = await seed(s);
    await s.call('TagResource', { SecretId: 'app/db', Tags: [{ Key: 'a', Value: '1' }] });
    await s.call('DeleteSecret', { SecretId: 'app/db' });
    expect(await s.call('RestoreSecret', { SecretId: 'app/db' })).toEqual({ ARN: arn, Name: 'app/db' });
    const d = await s.call('DescribeSecret', { SecretId: 'app/db' });
    expect(d).not.toHaveProperty('DeletedDate');
    expect(d.Tags).toEqual([{ Key: 'a', Value: '1' }]);
    expect((await s.call('GetSecretValue', { SecretId: 'app/db' })).SecretString).toBe('v1');
  });

  test('restores a secret that is not deleted as a no-op', async () => {
    const s = makeStore();
    const arn = await seed(s);
    expect(await s.call('RestoreSecret', { SecretId: 'app/db' })).toEqual({ ARN: arn, Name: 'app/db' });
  });

  test('removes a secret at once when forced, even when scheduled, and deletes its files', async () => {
    const s = makeStore();
    const arn = await seed(s);
    await s.call('DeleteSecret', { SecretId: 'app/db' });
    const out = await s.call('DeleteSecret', { SecretId: 'app/db', ForceDeleteWithoutRecovery: true });
    expect(out).toEqual({ ARN: arn, Name: 'app/db', DeletionDate: T0 / 1000 });
    expect((await s.fail('DescribeSecret', { SecretId: 'app/db' })).code).toBe('ResourceNotFoundException');
    const secretsDir = path.join(s.dir, '123456789012', 'us-east-1', 'secrets');
    const [dir] = fs.readdirSync(secretsDir);
    expect(fs.readdirSync(path.join(secretsDir, dir!)).sort()).toEqual(['meta', 'tmp']);
  });

  test('succeeds when forcing the deletion of a secret that does not exist', async () => {
    const s = makeStore();
    const out = await s.call('DeleteSecret', { SecretId: 'ghost', ForceDeleteWithoutRecovery: true });
    expect(out.Name).toBe('ghost');
    expect(out.ARN).toMatch(/:secret:ghost-[A-Za-z0-9]{6}$/);
    expect(out.DeletionDate).toBe(T0 / 1000);
    expect(fs.readdirSync(s.dir)).toEqual([]);
  });

  test('re-creates a name after a forced deletion with a new ARN; the old ARN no longer resolves', async () => {
    const s = makeStore();
    const oldArn = await seed(s);
    await s.call('DeleteSecret', { SecretId: 'app/db', ForceDeleteWithoutRecovery: true });
    const newArn = await seed(s, 'app/db', 'fresh', tok(1));
    expect(newArn).not.toBe(oldArn);
    expect((await s.call('GetSecretValue', { SecretId: newArn })).SecretString).toBe('fresh');
    expect((await s.fail('GetSecretValue', { SecretId: oldArn })).code).toBe('ResourceNotFoundException');
  });

  test('purges a scheduled secret once its DeletionDate passes', async () => {
    const s = makeStore();
    await seed(s);
    await s.call('DeleteSecret', { SecretId: 'app/db', RecoveryWindowInDays: 7 });
    s.clock.advance(7 * DAY - 1);
    expect((await s.call('DescribeSecret', { SecretId: 'app/db' })).Name).toBe('app/db');
    s.clock.advance(1);
    expect((await s.fail('DescribeSecret', { SecretId: 'app/db' })).code).toBe('ResourceNotFoundException');
    expect((await s.call('ListSecrets', { IncludePlannedDeletion: true })).SecretList).toEqual([]);
    expect((await s.call('CreateSecret', { Name: 'app/db' })).Name).toBe('app/db');
  });

  test('removes a purged secret\'s files on its next access', async () => {
    const s = makeStore();
    await seed(s);
    await s.call('DeleteSecret', { SecretId: 'app/db', RecoveryWindowInDays: 7 });
    s.clock.advance(8 * DAY);
    await s.fail('GetSecretValue', { SecretId: 'app/db' });
    const secretsDir = path.join(s.dir, '123456789012', 'us-east-1', 'secrets');
    const [dir] = fs.readdirSync(secretsDir);
    expect(fs.readdirSync(path.join(secretsDir, dir!)).sort()).toEqual(['meta', 'tmp']);
  });
});

describe('SecretId resolution (§3)', () => {
  test('finds a secret by name, full ARN and partial ARN', async () => {
    const s = makeStore();
    const arn = await seed(s, 'Valid/_+=.@-Name');
    for (const id of ['Valid/_+=.@-Name', arn, arn.slice(0, -7)]) {
      expect((await s.call('DescribeSecret', { SecretId: id })).ARN).toBe(arn);
    }
  });

  test('resolves names that merely look like a suffix by partial ARN', async () => {
    const s = makeStore();
    for (const name of ['Valid-Name-a1b2', 'Valid-Name-a1b2c3-']) {
      const arn = await seed(s, name);
      expect((await s.call('DescribeSecret', { SecretId: arn.slice(0, -7) })).ARN).toBe(arn);
    }
  });

  test('reads a partial ARN ending in -XXXXXX as a full ARN and does not fall back to the name (§10 #17)', async () => {
    const s = makeStore();
    const arn = await seed(s, 'Invalid/_+=.@-Name-a1b2c3');
    const err = await s.fail('DescribeSecret', { SecretId: arn.slice(0, -7) });
    expect([err.code, err.message]).toEqual(['ResourceNotFoundException', "Secrets Manager can't find the specified secret."]);
    expect((await s.call('DescribeSecret', { SecretId: 'Invalid/_+=.@-Name-a1b2c3' })).ARN).toBe(arn);
  });

  test('does not find a full ARN with the wrong suffix', async () => {
    const s = makeStore();
    const arn = await seed(s);
    const wrong = arn.slice(0, -6) + (arn.endsWith('AAAAAA') ? 'BBBBBB' : 'AAAAAA');
    expect((await s.fail('DescribeSecret', { SecretId: wrong })).code).toBe('ResourceNotFoundException');
  });

  test('matches names case-sensitively', async () => {
    const s = makeStore();
    await seed(s, 'CaseName');
    expect((await s.fail('DescribeSecret', { SecretId: 'casename' })).code).toBe('ResourceNotFoundException');
  });

  test('keeps secrets regional: another region or account does not see them', async () => {
    const s = makeStore();
    const arn = await seed(s);
    const west = makeStore({ region: 'eu-west-1' }, s.dir);
    expect((await west.fail('DescribeSecret', { SecretId: 'app/db' })).code).toBe('ResourceNotFoundException');
    expect((await west.fail('DescribeSecret', { SecretId: arn })).code).toBe('ResourceNotFoundException');
    expect((await s.fail('DescribeSecret', { SecretId: arn.replace('123456789012', '210987654321') })).code).toBe(
      'ResourceNotFoundException',
    );
  });

  test('uses the partition of the region in ARNs', async () => {
    const s = makeStore({ region: 'cn-north-1' });
    expect(await seed(s)).toMatch(/^arn:aws-cn:secretsmanager:cn-north-1:/);
  });

  test('rejects `!` in names (DESIGN §5)', async () => {
    const s = makeStore();
    expect((await s.fail('CreateSecret', { Name: 'bang!' })).code).toBe('ValidationException');
    expect((await s.fail('DescribeSecret', { SecretId: 'bang!' })).message).toMatch(/^Invalid name\./);
  });

  test('gives every ARN a 6-character alphanumeric suffix (§10 #28)', async () => {
    const s = makeStore();
    const suffixes = new Set<string>();
    for (let i = 0; i < 20; i++) suffixes.add((await seed(s, `n${i}`)).slice(-6));
    expect([...suffixes].every((x) => /^[A-Za-z0-9]{6}$/.test(x))).toBe(true);
    expect(suffixes.size).toBe(20);
  });
});
