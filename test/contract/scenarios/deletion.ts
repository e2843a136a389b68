/**
 * The deletion lifecycle (service-semantics §4, DeleteSecret/RestoreSecret
 * of §8): what a secret scheduled for deletion refuses and allows, force
 * deletion, restoring, and the purge once DeletionDate passes.
 */
import { describe, expect, it } from 'vitest';
import { create, DAY, expectFor, labels, tok, update, valueOf, type Backend } from '../harness.js';

const MARKED = "You can't perform this operation on the secret because it was marked for deletion.";
/** moto's texts on deleted secrets (§10 row 22): a botocore-like prefix, and runs of spaces from its source. */
const motoMarked = (operation: string) => `An error occurred (InvalidRequestException) when calling the ${operation} operation: ${MARKED}`;
const motoMarkedDeleted = (operation: string, spaces: number) =>
  `An error occurred (InvalidRequestException) when calling the ${operation} operation: You tried to${' '.repeat(spaces)}perform the operation on a secret that's currently marked deleted.`;

export function updateOnScheduledSecret(b: Backend): void {
  describe('UpdateSecret on a secret scheduled for deletion (§4)', () => {
    it('rejects a value or metadata update with "marked for deletion" (§4; §10 row 22)', async () => {
      await create(b, 'app/db');
      await b.call('DeleteSecret', { SecretId: 'app/db', RecoveryWindowInDays: 7 });
      for (const input of [
        { SecretString: 'v2', ClientRequestToken: tok(2) },
        { Description: 'd', ClientRequestToken: tok(3) },
      ]) {
        const err = await b.fail('UpdateSecret', { SecretId: 'app/db', ...input });
        expect(err).toEqual({ code: 'InvalidRequestException', message: expectFor(b, { store: MARKED, moto: motoMarked('UpdateSecret') }), status: 400 });
      }
    });

    it('checks the deletion before the idempotent replay (§2.1 step 6; §10 row 23)', async () => {
      await create(b, 'app/db');
      await b.call('DeleteSecret', { SecretId: 'app/db' });
      const out = await b.send('UpdateSecret', { SecretId: 'app/db', SecretString: 'v1', ClientRequestToken: tok(1) });
      // §10 row 23: moto replays successfully on a deleted secret.
      expect(out.ok ? 'replayed' : out.error.code).toBe(expectFor(b, { store: 'InvalidRequestException', moto: 'replayed' }));
    });

    it('accepts UpdateSecret again once the secret is restored (§4)', async () => {
      await create(b, 'app/db');
      await b.call('DeleteSecret', { SecretId: 'app/db' });
      await b.call('RestoreSecret', { SecretId: 'app/db' });
      expect((await update(b, 'app/db', 'v2', tok(2))).VersionId).toBe(tok(2));
    });
  });
}

export function deletionLifecycle(b: Backend): void {
  describe('other operations on a scheduled secret (§4)', () => {
    it('rejects GetSecretValue (§4; §10 row 22)', async () => {
      await create(b, 'app/db');
      await b.call('DeleteSecret', { SecretId: 'app/db' });
      const err = await b.fail('GetSecretValue', { SecretId: 'app/db' });
      expect(err).toEqual({ code: 'InvalidRequestException', message: expectFor(b, { store: MARKED, moto: motoMarkedDeleted('GetSecretValue', 17) }), status: 400 });
    });

    it('rejects PutSecretValue, UpdateSecretVersionStage, ListSecretVersionIds, TagResource and UntagResource (§4; §10 row 24)', async () => {
      await create(b, 'app/db');
      await b.call('DeleteSecret', { SecretId: 'app/db' });
      const calls: Array<[string, Record<string, unknown>]> = [
        ['PutSecretValue', { SecretString: 'v2', ClientRequestToken: tok(2) }],
        ['UpdateSecretVersionStage', { VersionStage: 'MINE', MoveToVersionId: tok(1) }],
        ['ListSecretVersionIds', {}],
        ['TagResource', { Tags: [{ Key: 'k', Value: 'v' }] }],
        ['UntagResource', { TagKeys: ['k'] }],
      ];
      for (const [operation, input] of calls) {
        const out = await b.send(operation, { SecretId: 'app/db', ...input });
        // §10 row 24: moto performs all five on a deleted secret.
        expect([operation, out.ok ? 'accepted' : out.error]).toEqual([
          operation,
          expectFor(b, { store: { code: 'InvalidRequestException', message: MARKED, status: 400 }, moto: 'accepted' }),
        ]);
      }
    });

    it('describes a scheduled secret with DeletedDate, the DeletionDate, and everything else as before (§4, §1.1)', async () => {
      await b.call('CreateSecret', { Name: 'app/db', SecretString: 'v1', ClientRequestToken: tok(1), Description: 'd' });
      const before = await b.call('DescribeSecret', { SecretId: 'app/db' });
      const deleted = await b.call('DeleteSecret', { SecretId: 'app/db', RecoveryWindowInDays: 7 });
      const after = await b.call('DescribeSecret', { SecretId: 'app/db' });
      expect(after.DeletedDate).toBe(deleted.DeletionDate);
      for (const member of ['ARN', 'Name', 'Description', 'VersionIdsToStages', 'CreatedDate']) expect(after[member]).toEqual(before[member]);
    });

    it('schedules the deletion RecoveryWindowInDays ahead, 30 days by default (§8)', async () => {
      await create(b, 'app/a');
      await create(b, 'app/b');
      const now = Date.now() / 1000;
      const a = (await b.call('DeleteSecret', { SecretId: 'app/a' })).DeletionDate as number;
      const seven = (await b.call('DeleteSecret', { SecretId: 'app/b', RecoveryWindowInDays: 7 })).DeletionDate as number;
      expect(Math.abs(a - now - 30 * 86400)).toBeLessThan(5);
      expect(Math.abs(seven - now - 7 * 86400)).toBeLessThan(5);
    });

    it('hides a scheduled secret from ListSecrets unless IncludePlannedDeletion (§4)', async () => {
      await create(b, 'app/db');
      await create(b, 'app/kept');
      await b.call('DeleteSecret', { SecretId: 'app/db' });
      const names = async (input: Record<string, unknown>) =>
        ((await b.call('ListSecrets', input)).SecretList as Array<{ Name: string }>).map((s) => s.Name).sort();
      expect(await names({})).toEqual(['app/kept']);
      expect(await names({ IncludePlannedDeletion: true })).toEqual(['app/db', 'app/kept']);
    });

    it('refuses to re-create a name scheduled for deletion (§4; §10 row 25)', async () => {
      await create(b, 'app/db');
      await b.call('DeleteSecret', { SecretId: 'app/db' });
      const err = await b.fail('CreateSecret', { Name: 'app/db', SecretString: 'v', ClientRequestToken: tok(5) });
      expect(err).toEqual(
        expectFor(b, {
          store: {
            code: 'InvalidRequestException',
            message: "You can't create this secret because a secret with this name is already scheduled for deletion.",
            status: 400,
          },
          moto: { code: 'ResourceExistsException', message: 'The operation failed because the secret app/db already exists.', status: 400 },
        }),
      );
    });

    it('rejects a second DeleteSecret without force (§4; §10 row 22)', async () => {
      await create(b, 'app/db');
      await b.call('DeleteSecret', { SecretId: 'app/db' });
      const err = await b.fail('DeleteSecret', { SecretId: 'app/db' });
      expect(err).toEqual({ code: 'InvalidRequestException', message: expectFor(b, { store: MARKED, moto: motoMarkedDeleted('DeleteSecret', 21) }), status: 400 });
    });

    it('force-deletes a scheduled secret at once, freeing the name (§4)', async () => {
      const first = await create(b, 'app/db');
      await b.call('DeleteSecret', { SecretId: 'app/db' });
      const out = await b.call('DeleteSecret', { SecretId: 'app/db', ForceDeleteWithoutRecovery: true });
      expect(out).toMatchObject({ ARN: first, Name: 'app/db', DeletionDate: expect.any(Number) });
      expect((await b.fail('DescribeSecret', { SecretId: 'app/db' })).code).toBe('ResourceNotFoundException');
      expect(await create(b, 'app/db', 'again')).not.toBe(first);
      expect(await valueOf(b, 'app/db')).toBe('again');
    });

    it('restores a scheduled secret with its versions, labels, tags and description intact (§4)', async () => {
      await b.call('CreateSecret', { Name: 'app/db', SecretString: 'v1', ClientRequestToken: tok(1), Description: 'd', Tags: [{ Key: 't', Value: '1' }] });
      await update(b, 'app/db', 'v2', tok(2));
      const before = await b.call('DescribeSecret', { SecretId: 'app/db' });
      await b.call('DeleteSecret', { SecretId: 'app/db' });
      const arn = before.ARN;
      expect(await b.call('RestoreSecret', { SecretId: 'app/db' })).toEqual({ ARN: arn, Name: 'app/db' });
      const after = await b.call('DescribeSecret', { SecretId: 'app/db' });
      // §10 row 6: moto sends DeletedDate: null rather than leaving it out.
      expect(after.DeletedDate).toEqual(expectFor(b, { store: undefined, moto: null }));
      for (const member of ['Description', 'Tags', 'VersionIdsToStages', 'CreatedDate']) expect(after[member]).toEqual(before[member]);
      expect(await labels(b, 'app/db')).toEqual({ [tok(1)]: ['AWSPREVIOUS'], [tok(2)]: ['AWSCURRENT'] });
      expect(await valueOf(b, 'app/db')).toBe('v2');
    });

    it('restores a secret that is not deleted as a no-op success (§8)', async () => {
      const arn = await create(b, 'app/db');
      expect(await b.call('RestoreSecret', { SecretId: 'app/db' })).toEqual({ ARN: arn, Name: 'app/db' });
    });

    it('force-deletes a name that does not exist, answering with that name (§8)', async () => {
      const out = await b.call('DeleteSecret', { SecretId: 'ghost', ForceDeleteWithoutRecovery: true });
      expect(out).toMatchObject({ Name: 'ghost', DeletionDate: expect.any(Number) });
      expect(out.ARN).toMatch(/^arn:aws:secretsmanager:us-east-1:123456789012:secret:ghost-/);
    });

    it('reports a missing secret for DeleteSecret without force (§8; §10 row 1)', async () => {
      const err = await b.fail('DeleteSecret', { SecretId: 'ghost' });
      expect(err).toEqual({ code: 'ResourceNotFoundException', message: "Secrets Manager can't find the specified secret.", status: expectFor(b, { store: 400, moto: 404 }) });
    });

    it('rejects a recovery window outside 7–30 days, and a window with force, in plain text (§8; §10 row 33)', async () => {
      await create(b, 'app/db');
      const window = 'The RecoveryWindowInDays value must be between 7 and 30 days (inclusive).';
      const both = "You can't use ForceDeleteWithoutRecovery in conjunction with RecoveryWindowInDays.";
      // §10 row 33: moto prefixes a botocore-like line and leaves a run of spaces in the text.
      const prefix = 'An error occurred (InvalidParameterException) when calling the DeleteSecret operation: ';
      const spaces = ' '.repeat(17);
      const motoWindow = `${prefix}The${spaces}RecoveryWindowInDays value must be between 7 and 30 days (inclusive).`;
      const motoBoth = `${prefix}You can't${spaces}use ForceDeleteWithoutRecovery in conjunction with RecoveryWindowInDays.`;
      for (const days of [6, 31]) {
        const err = await b.fail('DeleteSecret', { SecretId: 'app/db', RecoveryWindowInDays: days });
        expect(err).toEqual({ code: 'InvalidParameterException', message: expectFor(b, { store: window, moto: motoWindow }), status: 400 });
      }
      const err = await b.fail('DeleteSecret', { SecretId: 'app/db', RecoveryWindowInDays: 7, ForceDeleteWithoutRecovery: true });
      expect(err).toEqual({ code: 'InvalidParameterException', message: expectFor(b, { store: both, moto: motoBoth }), status: 400 });
      // Nothing was scheduled.
      expect(await b.call('DescribeSecret', { SecretId: 'app/db' })).not.toHaveProperty('DeletedDate', expect.any(Number));
    });
  });
}

export function purgeAfterDeletionDate(b: Backend): void {
  it('purges a scheduled secret once its DeletionDate passes, freeing the name (§4)', async () => {
    const first = await create(b, 'app/db');
    await b.call('DeleteSecret', { SecretId: 'app/db', RecoveryWindowInDays: 7 });
    b.advance(7 * DAY - 60_000);
    expect((await b.call('DescribeSecret', { SecretId: 'app/db' })).DeletedDate).toEqual(expect.any(Number));
    b.advance(2 * 60_000);
    expect((await b.fail('DescribeSecret', { SecretId: 'app/db' })).code).toBe('ResourceNotFoundException');
    expect((await b.fail('RestoreSecret', { SecretId: 'app/db' })).code).toBe('ResourceNotFoundException');
    expect(((await b.call('ListSecrets', { IncludePlannedDeletion: true })).SecretList as unknown[]).length).toBe(0);
    const second = await create(b, 'app/db', 'reborn');
    expect(second).not.toBe(first);
    expect(await valueOf(b, 'app/db')).toBe('reborn');
  });
}
