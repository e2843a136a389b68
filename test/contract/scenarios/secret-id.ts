/**
 * How a SecretId names a secret (service-semantics §3): name, full ARN,
 * partial ARN, and the six-character pitfall, through UpdateSecret on every
 * backend, plus the ARN's own shape (§1.1).
 */
import { describe, expect, it } from 'vitest';
import { ARN_PREFIX, create, expectFor, tok, update, valueOf, type Backend } from '../harness.js';

const NOT_FOUND = { code: 'ResourceNotFoundException', message: "Secrets Manager can't find the specified secret." };

export function secretIdResolution(b: Backend): void {
  describe('SecretId resolution (§3)', () => {
    it('resolves a secret by name, full ARN and partial ARN (§3)', async () => {
      const arn = await create(b, 'app/db');
      await update(b, 'app/db', 'by-name', tok(2));
      await update(b, arn, 'by-full-arn', tok(3));
      await update(b, `${ARN_PREFIX}app/db`, 'by-partial-arn', tok(4));
      for (const [n, value] of [[2, 'by-name'], [3, 'by-full-arn'], [4, 'by-partial-arn']] as const) {
        expect(await valueOf(b, 'app/db', { VersionId: tok(n) })).toBe(value);
      }
    });

    it('resolves by partial ARN a name with 4 characters after its last hyphen, or a trailing hyphen (§3)', async () => {
      for (const name of ['Valid/_+=.@-Name-a1b2', 'Valid/_+=.@-Name-a1b2c3-']) {
        const arn = await create(b, name);
        const out = await update(b, `${ARN_PREFIX}${name}`, 'v2', tok(2));
        expect(out).toEqual({ ARN: arn, Name: name, VersionId: tok(2) });
      }
    });

    it('reads a partial ARN ending in -XXXXXX as a full ARN and does not fall back to the name (§3 pitfall; §10 row 17)', async () => {
      const name = 'Invalid/_+=.@-Name-a1b2c3';
      await create(b, name);
      const out = await b.send('UpdateSecret', { SecretId: `${ARN_PREFIX}${name}`, SecretString: 'v2', ClientRequestToken: tok(2) });
      // §10 row 17: moto falls back to the name and updates the secret.
      expect(out.ok ? 'resolved' : out.error).toEqual(expectFor(b, { store: { ...NOT_FOUND, status: 400 }, moto: 'resolved' }));
    });

    it('resolves a name ending in -XXXXXX normally by name (§3 pitfall)', async () => {
      const name = 'Invalid/_+=.@-Name-a1b2c3';
      const arn = await create(b, name);
      expect(await update(b, name, 'v2', tok(2))).toEqual({ ARN: arn, Name: name, VersionId: tok(2) });
    });

    it('does not find a full ARN with the right name but the wrong suffix (§3)', async () => {
      const arn = await create(b, 'app/db');
      const wrong = `${arn.slice(0, -6)}${arn.endsWith('ZZZZZZ') ? 'YYYYYY' : 'ZZZZZZ'}`;
      const err = await b.fail('UpdateSecret', { SecretId: wrong, SecretString: 'v2', ClientRequestToken: tok(2) });
      // §10 row 1: moto answers ResourceNotFoundException with HTTP 404.
      expect(err).toEqual({ ...NOT_FOUND, status: expectFor(b, { store: 400, moto: 404 }) });
    });

    it('stops finding the old ARN once the name is deleted and re-created, which gets a new ARN (§1.1, §3)', async () => {
      const first = await create(b, 'app/db');
      await b.call('DeleteSecret', { SecretId: 'app/db', ForceDeleteWithoutRecovery: true });
      const second = await create(b, 'app/db', 'again');
      expect(second).not.toBe(first);
      expect(second.startsWith(`${ARN_PREFIX}app/db-`)).toBe(true);
      expect((await b.fail('UpdateSecret', { SecretId: first, SecretString: 'x', ClientRequestToken: tok(2) })).code).toBe(NOT_FOUND.code);
      expect((await update(b, second, 'v2', tok(2))).ARN).toBe(second);
    });

    it('does not find a full ARN of another region or account (§3)', async () => {
      const arn = await create(b, 'app/db');
      for (const other of [arn.replace(':us-east-1:', ':eu-west-1:'), arn.replace(':123456789012:', ':210987654321:')]) {
        const err = await b.fail('UpdateSecret', { SecretId: other, SecretString: 'x', ClientRequestToken: tok(2) });
        expect(err.code).toBe(NOT_FOUND.code);
      }
    });

    it('does not find a partial ARN of another region, account or partition (§3)', async () => {
      await create(b, 'app/db');
      const others = [
        'arn:aws:secretsmanager:eu-west-1:123456789012:secret:app/db',
        'arn:aws:secretsmanager:us-east-1:210987654321:secret:app/db',
        'arn:aws-cn:secretsmanager:us-east-1:123456789012:secret:app/db',
      ];
      for (const [i, other] of others.entries()) {
        const out = await b.send('UpdateSecret', { SecretId: other, SecretString: `x${i}`, ClientRequestToken: tok(10 + i) });
        // Not in §10: moto 5.2.1 resolves a partial ARN by its name alone, whatever its region, account or partition.
        expect([other, out.ok ? 'resolved' : out.error.code]).toEqual([other, expectFor(b, { store: NOT_FOUND.code, moto: 'resolved' })]);
      }
    });

    it('reads a name ending in a hyphen and six characters that are not all alphanumeric as a partial ARN (§3, OPEN)', async () => {
      const arn = await create(b, 'app/x-ab.c_d');
      expect((await update(b, `${ARN_PREFIX}app/x-ab.c_d`, 'v2', tok(2))).ARN).toBe(arn);
    });

    it('matches names case-sensitively (§1.1)', async () => {
      await create(b, 'App/Db');
      const err = await b.fail('UpdateSecret', { SecretId: 'app/db', SecretString: 'x', ClientRequestToken: tok(2) });
      expect(err.code).toBe(NOT_FOUND.code);
    });

    it('rejects a SecretId with characters outside [A-Za-z0-9/_+=.@-], "!" included (§2.1 step 3, DESIGN §5; §10 row 15)', async () => {
      for (const secretId of ['bad name', 'bad!name', 'bad*name']) {
        const err = await b.fail('UpdateSecret', { SecretId: secretId, SecretString: 'x', ClientRequestToken: tok(2) });
        // §10 row 15: moto validates nothing and simply finds no such secret.
        expect(err).toEqual(
          expectFor(b, {
            store: {
              code: 'ValidationException',
              message: 'Invalid name. Must be a valid name containing alphanumeric characters, or any of the following: -/_+=.@!',
              status: 400,
            },
            moto: { ...NOT_FOUND, status: 404 },
          }),
        );
      }
    });
  });
}

export function arnShape(b: Backend): void {
  it('gives each secret an ARN with a six-character alphanumeric suffix (§1.1; §10 row 28)', async () => {
    const suffixes: string[] = [];
    for (let i = 0; i < 20; i++) {
      const arn = await create(b, `app/s${i}`, null);
      expect(arn.startsWith(`${ARN_PREFIX}app/s${i}-`)).toBe(true);
      suffixes.push(arn.slice(-6));
    }
    for (const suffix of suffixes) expect(suffix).toMatch(/^[A-Za-z0-9]{6}$/);
    // Twenty suffixes without any digit: (52/62)^120 ≈ 1e-9 for an alphanumeric alphabet.
    // §10 row 28: moto draws letters only.
    expect(suffixes.some((s) => /\d/.test(s))).toBe(expectFor(b, { store: true, moto: false }));
  });

  it('finds a secret by partial ARN for reads too, and a scheduled one is still found (§3)', async () => {
    const arn = await create(b, 'app/db');
    expect((await b.call('DescribeSecret', { SecretId: `${ARN_PREFIX}app/db` })).ARN).toBe(arn);
    await b.call('DeleteSecret', { SecretId: arn });
    expect((await b.call('DescribeSecret', { SecretId: arn })).DeletedDate).toEqual(expect.any(Number));
  });
}
