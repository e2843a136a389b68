/**
 * Limits and validation (service-semantics §6): the server enforces every
 * constraint of the model, because SDKs send what they are given (§6.2), in
 * AWS's ValidationException format with sensitive values left out (§6.3).
 * moto validates almost nothing (§10 rows 15, 16, 29–31).
 */
import { describe, expect, it } from 'vitest';
import { create, expectFor, tok, valueOf, type Backend } from '../harness.js';

const constraint = (shown: string, member: string, rule: string) => `Value ${shown}at '${member}' failed to satisfy constraint: Member must ${rule}`;
const one = (problem: string) => `1 validation error detected: ${problem}`;

export function updateSecretValidation(b: Backend): void {
  describe('UpdateSecret input (§6.1, §6.3)', () => {
    it('rejects an empty SecretString without echoing the value (§6.3; §10 row 15)', async () => {
      await create(b, 'app/db');
      const out = await b.send('UpdateSecret', { SecretId: 'app/db', SecretString: '', ClientRequestToken: tok(2) });
      // §10 row 15: moto stores the empty string as a new version.
      expect(out.ok ? 'accepted' : out.error).toEqual(
        expectFor(b, {
          store: { code: 'ValidationException', message: one(constraint('', 'secretString', 'have length greater than or equal to 1')), status: 400 },
          moto: 'accepted',
        }),
      );
    });

    it('rejects a SecretString over 65,536 characters without echoing it (§6.1; §10 row 15)', async () => {
      await create(b, 'app/db');
      const out = await b.send('UpdateSecret', { SecretId: 'app/db', SecretString: 'x'.repeat(65_537), ClientRequestToken: tok(2) });
      expect(out.ok ? 'accepted' : out.error).toEqual(
        expectFor(b, {
          store: { code: 'ValidationException', message: one(constraint('', 'secretString', 'have length less than or equal to 65536')), status: 400 },
          moto: 'accepted',
        }),
      );
    });

    it('accepts a SecretString of exactly 65,536 characters (§6.1)', async () => {
      await create(b, 'app/db');
      await b.call('UpdateSecret', { SecretId: 'app/db', SecretString: 'x'.repeat(65_536), ClientRequestToken: tok(2) });
      expect(((await valueOf(b, 'app/db')) as string).length).toBe(65_536);
    });

    it('rejects a Description over 2048 characters, echoing it (§6.1; §10 row 15)', async () => {
      await create(b, 'app/db');
      const description = 'd'.repeat(2049);
      const out = await b.send('UpdateSecret', { SecretId: 'app/db', Description: description, ClientRequestToken: tok(50) });
      expect(out.ok ? 'accepted' : out.error).toEqual(
        expectFor(b, {
          store: { code: 'ValidationException', message: one(constraint(`'${description}' `, 'description', 'have length less than or equal to 2048')), status: 400 },
          moto: 'accepted',
        }),
      );
    });

    it('rejects a ClientRequestToken outside 32–64 characters as a ValidationException (§6.1; §10 row 16)', async () => {
      await create(b, 'app/db');
      for (const [token, rule] of [
        ['t'.repeat(65), 'have length less than or equal to 64'],
        ['t'.repeat(31), 'have length greater than or equal to 32'],
      ] as const) {
        const err = await b.fail('UpdateSecret', { SecretId: 'app/db', SecretString: 'v2', ClientRequestToken: token });
        // §10 row 16: moto's own InvalidParameterException.
        expect(err).toEqual(
          expectFor(b, {
            store: { code: 'ValidationException', message: one(constraint(`'${token}' `, 'clientRequestToken', rule)), status: 400 },
            moto: { code: 'InvalidParameterException', message: 'ClientRequestToken must be 32-64 characters long.', status: 400 },
          }),
        );
      }
    });

    it('accepts tokens of exactly 32 and 64 characters (§6.1)', async () => {
      await create(b, 'app/db');
      for (const [n, token] of [[2, 'a'.repeat(32)], [3, 'b'.repeat(64)]] as const) {
        expect((await b.call('UpdateSecret', { SecretId: 'app/db', SecretString: `v${n}`, ClientRequestToken: token })).VersionId).toBe(token);
      }
    });

    it('rejects SecretString and SecretBinary together (§2.1 step 4; §10 row 14)', async () => {
      await create(b, 'app/db');
      const out = await b.send('UpdateSecret', { SecretId: 'app/db', SecretString: 's', SecretBinary: 'Yg==', ClientRequestToken: tok(2) });
      // §10 row 14: moto stores a version holding both.
      expect(out.ok ? 'accepted' : out.error).toEqual(
        expectFor(b, {
          store: {
            code: 'InvalidParameterException',
            message: "You can't specify both a binary secret value and a string secret value in the same secret.",
            status: 400,
          },
          moto: 'accepted',
        }),
      );
    });

    it('reports several violations in one message, joined by "; " (§6.3)', async () => {
      await create(b, 'app/db');
      const out = await b.send('UpdateSecret', { SecretId: 'app/db', SecretString: '', Description: 'd'.repeat(2049), ClientRequestToken: tok(2) });
      expect(out.ok ? 'accepted' : out.error.message).toBe(
        expectFor(b, {
          store:
            '2 validation errors detected: ' +
            `${constraint(`'${'d'.repeat(2049)}' `, 'description', 'have length less than or equal to 2048')}; ` +
            constraint('', 'secretString', 'have length greater than or equal to 1'),
          moto: 'accepted',
        }),
      );
    });

    it('requires SecretId (§6.3; §10 row 30)', async () => {
      const err = await b.fail('UpdateSecret', { SecretString: 'v', ClientRequestToken: tok(2) });
      // §10 row 30: moto fails with an HTML 500 page, which clients read as code "500".
      expect(err).toMatchObject(
        expectFor(b, {
          store: { code: 'ValidationException', message: one("Value null at 'secretId' failed to satisfy constraint: Member must not be null"), status: 400 },
          moto: { code: '500', status: 500 },
        }),
      );
    });

    it('rejects a SecretId over 2048 characters (§6.1; §10 row 15)', async () => {
      const secretId = 's'.repeat(2049);
      const err = await b.fail('UpdateSecret', { SecretId: secretId, SecretString: 'v', ClientRequestToken: tok(2) });
      expect(err).toEqual(
        expectFor(b, {
          store: { code: 'ValidationException', message: one(constraint(`'${secretId}' `, 'secretId', 'have length less than or equal to 2048')), status: 400 },
          moto: { code: 'ResourceNotFoundException', message: "Secrets Manager can't find the specified secret.", status: 404 },
        }),
      );
    });
  });
}

export function requestValidation(b: Backend): void {
  describe('other operations (§6)', () => {
    it('rejects invalid base64 in SecretBinary instead of storing it (§9; §10 row 29)', async () => {
      await create(b, 'app/db');
      const out = await b.send('UpdateSecret', { SecretId: 'app/db', SecretBinary: 'not base64!', ClientRequestToken: tok(2) });
      expect(out.ok ? 'accepted' : out.error.code).toBe(expectFor(b, { store: 'SerializationException', moto: 'accepted' }));
      if (b.flavour === 'moto') expect((await b.call('GetSecretValue', { SecretId: 'app/db' })).SecretBinary).toBe('not base64!');
    });

    it('rejects CreateSecret names over 512 characters or with characters outside the set (§6.1, §6.3; §10 row 15)', async () => {
      const long = 'n'.repeat(513);
      for (const [name, message] of [
        [long, one(constraint(`'${long}' `, 'name', 'have length less than or equal to 512'))],
        ['has space', 'Invalid name. Must be a valid name containing alphanumeric characters, or any of the following: -/_+=.@!'],
      ] as const) {
        const out = await b.send('CreateSecret', { Name: name });
        expect(out.ok ? 'accepted' : out.error).toEqual(expectFor(b, { store: { code: 'ValidationException', message, status: 400 }, moto: 'accepted' }));
      }
    });

    it('checks list sizes, item lengths, ranges and tag lengths of the model (§6.1; §10 row 15)', async () => {
      await create(b, 'app/db');
      const stages = Array.from({ length: 21 }, (_, i) => `L${i}`);
      const cases: Array<[string, Record<string, unknown>, string]> = [
        ['PutSecretValue', { SecretString: 'x', ClientRequestToken: tok(2), VersionStages: stages }, constraint(`'[${stages.join(', ')}]' `, 'versionStages', 'have length less than or equal to 20')],
        ['PutSecretValue', { SecretString: 'x', ClientRequestToken: tok(3), VersionStages: [''] }, constraint("'' ", 'versionStages.1.member', 'have length greater than or equal to 1')],
        ['ListSecretVersionIds', { MaxResults: 0 }, constraint("'0' ", 'maxResults', 'have value greater than or equal to 1')],
        ['ListSecretVersionIds', { MaxResults: 101 }, constraint("'101' ", 'maxResults', 'have value less than or equal to 100')],
        ['TagResource', { Tags: [{ Key: 'k'.repeat(129), Value: 'v' }] }, constraint(`'${'k'.repeat(129)}' `, 'tags.1.member.key', 'have length less than or equal to 128')],
        ['TagResource', { Tags: [{ Key: 'k', Value: 'v'.repeat(257) }] }, constraint(`'${'v'.repeat(257)}' `, 'tags.1.member.value', 'have length less than or equal to 256')],
      ];
      for (const [operation, input, problem] of cases) {
        const out = await b.send(operation, { SecretId: 'app/db', ...input });
        expect([operation, out.ok ? 'accepted' : out.error]).toEqual([
          operation,
          expectFor(b, { store: { code: 'ValidationException', message: one(problem), status: 400 }, moto: 'accepted' }),
        ]);
      }
    });

    it('requires a value for PutSecretValue (§6.3)', async () => {
      await create(b, 'app/db');
      const err = await b.fail('PutSecretValue', { SecretId: 'app/db', ClientRequestToken: tok(2) });
      expect(err).toEqual({ code: 'InvalidRequestException', message: 'You must provide either SecretString or SecretBinary.', status: 400 });
    });

    it('names all seven filter keys when ListSecrets gets an unknown one (§8; §10 row 31)', async () => {
      const err = await b.fail('ListSecrets', { Filters: [{ Key: 'bogus', Values: ['x'] }] });
      const keys = expectFor(b, {
        store: 'description, name, tag-key, tag-value, primary-region, owning-service, all',
        moto: 'all, name, tag-key, description, tag-value',
      });
      expect(err).toEqual({
        code: 'ValidationException',
        message: one(`Value 'bogus' at 'filters.1.member.key' failed to satisfy constraint: Member must satisfy enum value set: [${keys}]`),
        status: 400,
      });
    });

    it('rejects an operation it does not know with a 400 JSON error (§9; §10 row 30)', async () => {
      const err = await b.fail('RotateEverything', {});
      expect([err.code, err.status]).toEqual(expectFor(b, { store: ['UnknownOperationException', 400], moto: ['500', 500] }));
    });
  });
}
