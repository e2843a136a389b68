/** The commit protocol: compare-and-swap revisions keep updates safe even without the lock (DESIGN §4). */
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { Layout } from '../../src/store/layout.js';
import { commitRevision, readLatest } from '../../src/store/revisions.js';
import { SecretFiles } from '../../src/store/transaction.js';
import { makeStore, seed, tempDir } from './helpers.js';

test('commits each revision number once (compare-and-swap)', () => {
  const dir = tempDir();
  fs.mkdirSync(path.join(dir, 'tmp'));
  expect(commitRevision(dir, path.join(dir, 'tmp'), 1, { who: 'a' })).toBe(true);
  expect(commitRevision(dir, path.join(dir, 'tmp'), 1, { who: 'b' })).toBe(false);
  expect(readLatest(dir)!.body).toEqual({ who: 'a', rev: 1 });
  expect(fs.readdirSync(path.join(dir, 'tmp'))).toEqual([]);
});

test('reads the newest revision and prunes all but the previous one', () => {
  const dir = tempDir();
  fs.mkdirSync(path.join(dir, 'tmp'));
  for (let rev = 1; rev <= 5; rev++) commitRevision(dir, path.join(dir, 'tmp'), rev, { n: rev });
  expect(readLatest(dir)!.rev).toBe(5);
  expect(fs.readdirSync(dir).filter((n) => n !== 'tmp').sort()).toEqual(['4', '5']);
});

test('re-applies a change that lost the race to a writer that ignored the lock', async () => {
  const s = makeStore();
  await seed(s);
  const files = new SecretFiles(new Layout(s.dir, '123456789012', 'us-east-1').secret('app/db'), () => false);
  let attempts = 0;
  await files.transact((current) => {
    attempts++;
    if (attempts === 1) {
      // Another writer commits the next revision between our read and our commit.
      const theirs = files.read();
      commitRevision(files.paths.metaDir, files.paths.tempDir, theirs.rev + 1, {
        secret: { ...theirs.secret!, description: 'theirs' },
      });
    }
    current!.tags = [{ Key: 'mine', Value: '1' }];
    return { result: undefined, next: current! };
  });
  expect(attempts).toBe(2);
  const described = await s.call('DescribeSecret', { SecretId: 'app/db' });
  expect(described.Description).toBe('theirs');
  expect(described.Tags).toEqual([{ Key: 'mine', Value: '1' }]);
});
