/** The on-disk store: layout and permissions, secrecy, damage, orphans, locks and cost (DESIGN §4). */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { GeneralError } from '../../src/errors.js';
import { DamagedStoreError, openStore } from '../../src/store/index.js';
import { allFiles, HOUR, makeStore, seed, tempDir, tok, type TestStore } from './helpers.js';

afterEach(() => {
  vi.restoreAllMocks();
});

const secretsDir = (s: TestStore) => path.join(s.dir, '123456789012', 'us-east-1', 'secrets');

/** The directory of the only secret in the store, and its versions directory. */
function secretDirs(s: TestStore, index = 0) {
  const dir = path.join(secretsDir(s), fs.readdirSync(secretsDir(s)).sort()[index]!);
  const incarnation = fs.readdirSync(dir).find((e) => /^[0-9a-f]{16}$/.test(e))!;
  return { dir, versions: path.join(dir, incarnation) };
}

async function damage(file: string, how: 'truncate' | 'flip') {
  const text = fs.readFileSync(file, 'utf8');
  if (how === 'truncate') fs.writeFileSync(file, text.slice(0, text.length / 2));
  else {
    // Flip one base64 character inside the ciphertext.
    const at = text.indexOf('"data":"') + 12;
    fs.writeFileSync(file, text.slice(0, at) + (text[at] === 'A' ? 'B' : 'A') + text.slice(at + 1));
  }
}

describe('layout', () => {
  test('touches no disk when opened, and reads of a missing store create nothing', async () => {
    const dir = path.join(tempDir(), 'store');
    const store = openStore(dir, { region: 'us-east-1' });
    expect((await store.handle('ListSecrets', {})).SecretList).toEqual([]);
    await expect(store.handle('DescribeSecret', { SecretId: 'x' })).rejects.toThrow("can't find the specified secret");
    await expect(store.handle('GetSecretValue', { SecretId: 'x' })).rejects.toThrow();
    await expect(store.handle('UpdateSecret', { SecretId: 'x', Description: 'd' })).rejects.toThrow();
    expect((await store.handle('ListKeys', {})).Keys).toEqual([]);
    expect(fs.existsSync(dir)).toBe(false);
  });

  test('creates files 0600 and directories 0700', async () => {
    const s = makeStore();
    await seed(s);
    for (let i = 2; i <= 4; i++) await s.call('UpdateSecret', { SecretId: 'app/db', SecretString: `v${i}`, ClientRequestToken: tok(i) });
    await s.call('GetSecretValue', { SecretId: 'app/db' });
    const entries = fs.readdirSync(s.dir, { recursive: true, withFileTypes: true });
    expect(entries.length).toBeGreaterThan(10);
    for (const e of entries) {
      const mode = fs.statSync(path.join(e.parentPath, e.name)).mode & 0o777;
      expect([e.name, mode]).toEqual([e.name, e.isDirectory() ? 0o700 : 0o600]);
    }
  });

  test('keeps the metadata record to the current and previous revision', async () => {
    const s = makeStore();
    await seed(s);
    for (let i = 2; i <= 6; i++) await s.call('UpdateSecret', { SecretId: 'app/db', SecretString: `v${i}`, ClientRequestToken: tok(i) });
    expect(fs.readdirSync(path.join(secretDirs(s).dir, 'meta')).sort()).toEqual(['5', '6']);
  });

  test('leaves no temp or lock file behind', async () => {
    const s = makeStore();
    await seed(s);
    await s.call('UpdateSecret', { SecretId: 'app/db', SecretString: 'v2', ClientRequestToken: tok(2) });
    const { dir } = secretDirs(s);
    expect(fs.existsSync(path.join(dir, 'lock'))).toBe(false);
    expect(fs.readdirSync(path.join(dir, 'tmp'))).toEqual([]);
  });

  test('deletes the files of removed versions', async () => {
    const s = makeStore();
    await seed(s);
    for (let i = 2; i <= 105; i++) await s.call('UpdateSecret', { SecretId: 'app/db', SecretString: `v${i}`, ClientRequestToken: tok(i) });
    s.clock.advance(25 * HOUR);
    await s.call('UpdateSecret', { SecretId: 'app/db', SecretString: 'v106', ClientRequestToken: tok(106) });
    await s.call('UpdateSecret', { SecretId: 'app/db', Description: 'one more commit' });
    const values = fs.readdirSync(secretDirs(s).versions).filter((n) => n.startsWith('v'));
    expect(values).toHaveLength(100);
  });
});

describe('secrecy', () => {
  test('never stores a value, nor its base64, in clear', async () => {
    const s = makeStore();
    const text = 'correct horse battery staple 8472';
    const bytes = Buffer.from('binary-secret-\u0000\u0001\u00ff-payload', 'latin1');
    await s.call('CreateSecret', { Name: 'text', SecretString: text, ClientRequestToken: tok(1), Description: 'not secret' });
    await s.call('CreateSecret', { Name: 'bin', SecretBinary: bytes.toString('base64'), ClientRequestToken: tok(1) });
    await s.call('UpdateSecret', { SecretId: 'text', SecretString: text, ClientRequestToken: tok(2) });
    const needles = [Buffer.from(text), Buffer.from(Buffer.from(text).toString('base64')), bytes, Buffer.from(bytes.toString('base64'))];
    const files = allFiles(s.dir);
    expect(files.length).toBeGreaterThan(5);
    for (const file of files) {
      const content = fs.readFileSync(file);
      for (const needle of needles) expect(content.includes(needle), `${file} holds a secret in clear`).toBe(false);
    }
    expect(files.some((f) => fs.readFileSync(f, 'utf8').includes('not secret'))).toBe(true);
  });
});

describe('damaged files', () => {
  test('reports a value failing authentication as DecryptionFailure naming the file; other secrets still work provisional', async () => {
    const s = makeStore();
    await seed(s, 'a');
    await seed(s, 'b');
    const victim = secretDirs(s, 0);
    await damage(path.join(victim.versions, 'v0'), 'flip');
    const results = await Promise.allSettled([s.call('GetSecretValue', { SecretId: 'a' }), s.call('GetSecretValue', { SecretId: 'b' })]);
    const failed = results.filter((r) => r.status === 'rejected') as PromiseRejectedResult[];
    expect(failed).toHaveLength(1);
    expect(failed[0]!.reason.code).toBe('DecryptionFailure');
    expect(failed[0]!.reason.message).toContain(path.join(victim.versions, 'v0'));
  });

  test('reports a truncated value file as a damaged store file', async () => {
    const s = makeStore();
    await seed(s);
    const file = path.join(secretDirs(s).versions, 'v0');
    await damage(file, 'truncate');
    const error = await s.call('GetSecretValue', { SecretId: 'app/db' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DamagedStoreError);
    expect(error).toBeInstanceOf(GeneralError);
    expect((error as GeneralError).exitCode).toBe(255);
    expect((error as Error).message).toBe(
      `The local secret store file ${file} is damaged: it is not valid JSON (truncated or overwritten?). Other secrets are not affected.`,
    );
  });

  test('reports a damaged metadata record naming it; other secrets still work', async () => {
    const s = makeStore();
    await seed(s, 'a');
    await seed(s, 'b');
    const { dir } = secretDirs(s, 0);
    const meta = path.join(dir, 'meta', fs.readdirSync(path.join(dir, 'meta')).sort().at(-1)!);
    await damage(meta, 'truncate');
    const results = await Promise.allSettled(['a', 'b'].map((n) => s.call('UpdateSecret', { SecretId: n, SecretString: 'z', ClientRequestToken: tok(5) })));
    const failed = results.filter((r) => r.status === 'rejected') as PromiseRejectedResult[];
    expect(failed).toHaveLength(1);
    expect(failed[0]!.reason).toBeInstanceOf(DamagedStoreError);
    expect(failed[0]!.reason.message).toContain(meta);
  });

  test('reports a metadata record with missing fields', async () => {
    const s = makeStore();
    await seed(s);
    const { dir } = secretDirs(s);
    const meta = path.join(dir, 'meta', '1');
    const body = JSON.parse(fs.readFileSync(meta, 'utf8'));
    delete body.secret.versions;
    fs.writeFileSync(meta, JSON.stringify(body));
    await expect(s.call('DescribeSecret', { SecretId: 'app/db' })).rejects.toThrow(`${meta} is damaged: its metadata record is incomplete`);
  });

  test('reports a damaged key ring naming it', async () => {
    const s = makeStore();
    await seed(s);
    const ring = path.join(s.dir, '123456789012', 'us-east-1', 'keys', '1');
    await damage(ring, 'truncate');
    await expect(s.call('GetSecretValue', { SecretId: 'app/db' })).rejects.toThrow(`${ring} is damaged`);
  });

  test('refuses a key ring that others may read', async () => {
    const s = makeStore();
    await seed(s);
    const ring = path.join(s.dir, '123456789012', 'us-east-1', 'keys', '1');
    fs.chmodSync(ring, 0o644);
    await expect(s.call('GetSecretValue', { SecretId: 'app/db' })).rejects.toThrow(
      `${ring} is damaged: its permissions are 0644 but it must be readable by its owner only (chmod 600)`,
    );
  });
});

describe('crash leftovers', () => {
  test('ignores an orphaned value file of a crashed writer, and a retried token creates the version', async () => {
    const s = makeStore();
    await seed(s);
    const { versions } = secretDirs(s);
    const orphan = JSON.parse(fs.readFileSync(path.join(versions, 'v0'), 'utf8'));
    fs.writeFileSync(path.join(versions, 'v1'), JSON.stringify({ ...orphan, vid: tok(2), seq: 1 }), { mode: 0o600 });
    expect((await s.fail('GetSecretValue', { SecretId: 'app/db', VersionId: tok(2) })).code).toBe('ResourceNotFoundException');
    expect(Object.keys((await s.call('DescribeSecret', { SecretId: 'app/db' })).VersionIdsToStages as object)).toEqual([tok(1)]);
    const out = await s.call('UpdateSecret', { SecretId: 'app/db', SecretString: 'v2', ClientRequestToken: tok(2) });
    expect(out.VersionId).toBe(tok(2));
    expect((await s.call('GetSecretValue', { SecretId: 'app/db', VersionId: tok(2) })).SecretString).toBe('v2');
  });

  test('takes over the lock of a dead writer and removes its temp files', async () => {
    const s = makeStore();
    await seed(s);
    const { dir } = secretDirs(s);
    const deadPid = 2 ** 22 + 12345;
    fs.writeFileSync(path.join(dir, 'lock'), JSON.stringify({ pid: deadPid, host: (await import('node:os')).hostname(), nonce: 'x' }));
    fs.writeFileSync(path.join(dir, 'tmp', `.tmp-${deadPid}-abc`), 'partial');
    const started = Date.now();
    await s.call('UpdateSecret', { SecretId: 'app/db', SecretString: 'v2', ClientRequestToken: tok(2) });
    expect(Date.now() - started).toBeLessThan(1000);
    expect(fs.readdirSync(path.join(dir, 'tmp'))).toEqual([]);
    expect(fs.existsSync(path.join(dir, 'lock'))).toBe(false);
  });

  test('lets operations on other secrets proceed while one secret is locked', async () => {
    const s = makeStore();
    await seed(s, 'a');
    await seed(s, 'b');
    const lockOf = (name: string) =>
      path.join(secretsDir(s), fs.readdirSync(secretsDir(s)).find((d) => fs.readFileSync(path.join(secretsDir(s), d, 'meta', '1'), 'utf8').includes(`"name":"${name}"`))!, 'lock');
    fs.writeFileSync(lockOf('a'), JSON.stringify({ pid: process.pid, host: (await import('node:os')).hostname(), nonce: 'held' }));
    let aDone = false;
    const a = s.call('UpdateSecret', { SecretId: 'a', SecretString: 'x', ClientRequestToken: tok(2) }).then(() => (aDone = true));
    await s.call('UpdateSecret', { SecretId: 'b', SecretString: 'y', ClientRequestToken: tok(2) });
    await new Promise((r) => setTimeout(r, 100));
    expect(aDone).toBe(false);
    fs.rmSync(lockOf('a'));
    await a;
    expect((await s.call('GetSecretValue', { SecretId: 'a' })).SecretString).toBe('x');
  });
});

describe('cost of an update', () => {
  test('does not grow with the number of deprecated versions', async () => {
    const s = makeStore();
    vi.spyOn(fs, 'fsyncSync').mockImplementation(() => {});
    await seed(s, 'small');
    await seed(s, 'big');
    for (let i = 2; i <= 2000; i++) await s.call('UpdateSecret', { SecretId: 'big', SecretString: `v${i}`, ClientRequestToken: tok(i) });
    vi.restoreAllMocks();

    const watched = ['openSync', 'readFileSync', 'readdirSync', 'statSync', 'existsSync', 'linkSync', 'renameSync', 'rmSync', 'writeSync'] as const;
    const countCalls = async (name: string, n: number) => {
      const spies = watched.map((m) => vi.spyOn(fs, m));
      await s.call('UpdateSecret', { SecretId: name, SecretString: `x${n}`, ClientRequestToken: tok(10_000 + n) });
      const calls = spies.reduce((sum, spy) => sum + spy.mock.calls.length, 0);
      const listed = spies[2]!.mock.calls.map((c) => String(c[0]));
      vi.restoreAllMocks();
      return { calls, listed };
    };
    await countCalls('small', 1); // give both secrets an AWSPREVIOUS to deprecate
    const small = await countCalls('small', 2);
    const big = await countCalls('big', 2);
    expect(small.calls).toBeGreaterThan(10);
    expect(big.calls).toBe(small.calls);
    expect(big.calls).toBeLessThan(60);
    expect(big.listed.every((dir) => dir.endsWith('meta') || dir.endsWith('keys'))).toBe(true);
  }, 120_000);
});
