/**
 * A damaged store file (DESIGN §4, service-semantics §7): the CLI names the
 * file in one clear error line, without a stack trace — exit 254 with
 * DecryptionFailure when a value fails authentication, 255 when a record
 * cannot be read at all — and the other secrets of the store keep working.
 */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { latestMeta, secretDirOf, STACK_FRAME, storeHome, type StoreHome } from './store-support.js';

const DECRYPT = (operation: string, file: string) =>
  `\nupdate-secret: [ERROR]: An error occurred (DecryptionFailure) when calling the ${operation} operation: ` +
  `Secrets Manager can't decrypt the protected secret text using the provided KMS key: ${file} failed authentication (damaged or tampered with).\n`;
const DAMAGED = (file: string, reason: string) =>
  `\nupdate-secret: [ERROR]: The local secret store file ${file} is damaged: ${reason}. Other secrets are not affected.\n`;

let s: StoreHome;
/** The token of app/db's current version. */
let token: string;

/** app/db's AWSCURRENT value file. */
function currentValueFile(): string {
  const dir = secretDirOf(s.dir, 'app/db');
  const { secret } = latestMeta(dir);
  const [, version] = Object.entries(secret.versions).find(([, v]) => v.stages.includes('AWSCURRENT'))!;
  return path.join(dir, secret.id, `v${version.seq}`);
}

/** The other secret still reads and takes a write. */
async function othersStillWork(): Promise<void> {
  expect(await s.ok(['local', 'get-secret-value', '--secret-id', 'app/other', '--query', 'SecretString', '--output', 'text', ...s.endpoint])).toBe('o2\n');
  await s.ok(['--secret-id', 'app/other', '--secret-string', `o-${randomUUID()}`, ...s.endpoint]);
}

function expectCleanError(r: { stdout: string; stderr: string; exit: number }, exit: number, stderr: string): void {
  expect(r).toEqual({ stdout: '', stderr, exit });
  expect(r.stderr).not.toMatch(STACK_FRAME);
}

describe('a damaged store file', () => {
  beforeEach(async () => {
    s = storeHome();
    token = randomUUID();
    await s.ok(['local', 'create-secret', '--name', 'app/db', '--secret-string', 'v1', ...s.endpoint]);
    await s.ok(['--secret-id', 'app/db', '--secret-string', 'v2', '--client-request-token', token, ...s.endpoint]);
    await s.ok(['local', 'create-secret', '--name', 'app/other', '--secret-string', 'o1', ...s.endpoint]);
    await s.ok(['--secret-id', 'app/other', '--secret-string', 'o2', ...s.endpoint]);
  });

  it('flipped bytes in a version’s ciphertext: DecryptionFailure naming the file, exit 254', async () => {
    const file = currentValueFile();
    const record = JSON.parse(fs.readFileSync(file, 'utf8')) as { value: { data: string } };
    const data = record.value.data;
    // Flip one base64 digit: still valid JSON and base64, but not the bytes that were sealed.
    record.value.data = (data[0] === 'A' ? 'B' : 'A') + data.slice(1);
    fs.writeFileSync(file, JSON.stringify(record));

    expectCleanError(await s.cli(['local', 'get-secret-value', '--secret-id', 'app/db', ...s.endpoint]), 254, DECRYPT('GetSecretValue', file));
    // The product itself meets it when a replayed token makes it compare values (§2.3).
    expectCleanError(
      await s.cli(['--secret-id', 'app/db', '--secret-string', 'v2', '--client-request-token', token, ...s.endpoint]),
      254,
      DECRYPT('UpdateSecret', file),
    );
    await othersStillWork();
  });

  it('flipped bytes in a version file’s structure: a damaged-store error naming the file, exit 255', async () => {
    const file = currentValueFile();
    const bytes = fs.readFileSync(file);
    bytes[0] ^= 0xff;
    bytes[bytes.length - 1] ^= 0xff;
    fs.writeFileSync(file, bytes);

    expectCleanError(await s.cli(['local', 'get-secret-value', '--secret-id', 'app/db', ...s.endpoint]), 255, DAMAGED(file, 'it is not valid JSON (truncated or overwritten?)'));
    await othersStillWork();
  });

  it('a truncated metadata record: a damaged-store error naming the file, exit 255, from the product and the companions', async () => {
    const { file } = latestMeta(secretDirOf(s.dir, 'app/db'));
    const text = fs.readFileSync(file);
    fs.writeFileSync(file, text.subarray(0, Math.floor(text.length / 2)));
    const expected = DAMAGED(file, 'it is not valid JSON (truncated or overwritten?)');

    expectCleanError(await s.cli(['--secret-id', 'app/db', '--secret-string', 'v3', ...s.endpoint]), 255, expected);
    expectCleanError(await s.cli(['local', 'describe-secret', '--secret-id', 'app/db', ...s.endpoint]), 255, expected);
    await othersStillWork();
  });

  it('a metadata record cut down to an incomplete one: a damaged-store error naming the file, exit 255', async () => {
    const { file } = latestMeta(secretDirOf(s.dir, 'app/db'));
    const record = JSON.parse(fs.readFileSync(file, 'utf8')) as { secret: Record<string, unknown> };
    delete record.secret.versions;
    fs.writeFileSync(file, JSON.stringify(record));

    expectCleanError(await s.cli(['--secret-id', 'app/db', '--secret-string', 'v3', ...s.endpoint]), 255, DAMAGED(file, 'its metadata record is incomplete'));
    await othersStillWork();
  });
});
