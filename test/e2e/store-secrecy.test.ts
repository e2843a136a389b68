/**
 * Secrets never reach the disk in clear (DESIGN §4, §5; service-semantics
 * §7): after string and binary values are written and read through the
 * CLI, no store file holds them in any common encoding, and every file is
 * 0600 and every directory 0700, whatever the umask.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { filesUnder, REGION_DIR, storeHome } from './store-support.js';

/** The ways a value could sit in a file in clear. */
function encodings(value: Buffer): Array<[string, Buffer]> {
  return [
    ['raw', value],
    ['base64', Buffer.from(value.toString('base64'))],
    ['base64url', Buffer.from(value.toString('base64url'))],
    ['hex', Buffer.from(value.toString('hex'))],
    ['HEX', Buffer.from(value.toString('hex').toUpperCase())],
  ];
}

describe('secrecy of the local store on disk', () => {
  let umask: number;
  beforeEach(() => {
    // The store must set its modes itself, not rely on a strict umask.
    umask = process.umask(0);
  });
  afterEach(() => {
    process.umask(umask);
  });

  it('holds no string or binary value in clear, and keeps files 0600 and directories 0700', async () => {
    const text = `correct horse battery staple ${randomUUID()}`;
    const first = `first value ${randomUUID()}`;
    const bytes = randomBytes(48);
    const s = storeHome({ 'value.bin': bytes });
    await s.ok(['local', 'create-secret', '--name', 'app/text', '--secret-string', first, ...s.endpoint]);
    await s.ok(['--secret-id', 'app/text', '--secret-string', text, ...s.endpoint]);
    await s.ok(['local', 'create-secret', '--name', 'app/binary', ...s.endpoint]);
    await s.ok(['--secret-id', 'app/binary', '--secret-binary', 'fileb://value.bin', ...s.endpoint]);
    // Reads write their own records (the last-read day); they must not leak either.
    expect(await s.ok(['local', 'get-secret-value', '--secret-id', 'app/text', '--query', 'SecretString', '--output', 'text', ...s.endpoint])).toBe(`${text}\n`);
    expect(await s.ok(['local', 'get-secret-value', '--secret-id', 'app/binary', '--query', 'SecretBinary', '--output', 'text', ...s.endpoint])).toBe(
      `${bytes.toString('base64')}\n`,
    );

    const files = filesUnder(s.dir);
    expect(files.length).toBeGreaterThan(5);
    const leaks: string[] = [];
    for (const file of files) {
      const content = fs.readFileSync(file);
      for (const [name, value] of [['the string value', Buffer.from(text)], ['the first string value', Buffer.from(first)], ['the binary value', bytes]] as const) {
        for (const [encoding, needle] of encodings(value)) {
          if (content.includes(needle)) leaks.push(`${path.relative(s.dir, file)} holds ${name} (${encoding})`);
        }
      }
    }
    expect(leaks).toEqual([]);

    const keyRing = filesUnder(path.join(s.dir, REGION_DIR, 'keys'));
    expect(keyRing.length).toBeGreaterThan(0);
    const modes = (paths: string[]) => Object.fromEntries(paths.map((p) => [path.relative(s.dir, p) || '.', (fs.statSync(p).mode & 0o777).toString(8)]));
    expect(modes(files)).toEqual(Object.fromEntries(files.map((f) => [path.relative(s.dir, f), '600'])));
    const dirs = [s.dir, ...fs.readdirSync(s.dir, { recursive: true, withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => path.join(e.parentPath, e.name))];
    expect(modes(dirs)).toEqual(Object.fromEntries(dirs.map((d) => [path.relative(s.dir, d) || '.', '700'])));
  });
});
