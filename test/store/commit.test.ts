/** The commit protocol: compare-and-swap revisions keep updates safe even without the lock (DESIGN §4). */
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { Layout } from '../../src/store/layout.js';
import { UnconfirmedCommitError } from '../../src/store/errors.js';
import { commitRevision, readLatest, type Base } from '../../src/store/revisions.js';
import { SecretFiles } from '../../src/store/transaction.js';
import { makeStore, seed, tempDir, type TestStore } from './helpers.js';

test('commits each revision number once (compare-and-swap)', () => {
  const dir = tempDir();
  fs.mkdirSync(path.join(dir, 'tmp'));
  const id = commitRevision(dir, path.join(dir, 'tmp'), { rev: 0 }, { who: 'a' });
  expect(id).toMatch(/^[0-9a-f]{16}$/);
  expect(commitRevision(dir, path.join(dir, 'tmp'), { rev: 0 }, { who: 'b' })).toBeUndefined();
  expect(readLatest(dir)!.body).toEqual({ who: 'a', rev: 1, id });
  expect(readLatest(dir)!.id).toBe(id);
  expect(fs.readdirSync(path.join(dir, 'tmp'))).toEqual([]);
});

test('reads the newest revision and prunes all but the previous one', () => {
  const dir = tempDir();
  fs.mkdirSync(path.join(dir, 'tmp'));
  let base: Base = { rev: 0 };
  for (let n = 1; n <= 5; n++) base = { rev: n, id: commitRevision(dir, path.join(dir, 'tmp'), base, { n })! };
  expect(readLatest(dir)!.rev).toBe(5);
  expect(fs.readdirSync(dir).filter((n) => n !== 'tmp').sort()).toEqual(['4', '5']);
});

/** The seeded secret's files, to commit behind the store's back. */
const filesOf = (s: TestStore) => new SecretFiles(new Layout(s.dir, '123456789012', 'us-east-1').secret('app/db'), () => false);

test('re-applies a change that lost the race to a writer that ignored the lock', async () => {
  const s = makeStore();
  await seed(s);
  const files = filesOf(s);
  let attempts = 0;
  await files.transact((current) => {
    attempts++;
    if (attempts === 1) {
      // Another writer commits the next revision between our read and our commit.
      const theirs = files.read();
      commitRevision(files.paths.metaDir, files.paths.tempDir, theirs, {
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

/** Commits `count` revisions after `base` in `dir`; returns every base along the way. */
function chain(dir: string, count: number, from: Base = { rev: 0 }): Base[] {
  const bases = [from];
  for (let i = 0; i < count; i++) {
    const base = bases.at(-1)!;
    bases.push({ rev: base.rev + 1, id: commitRevision(dir, path.join(dir, 'tmp'), base, { n: base.rev + 1 })! });
  }
  return bases;
}

const numbers = (dir: string) => fs.readdirSync(dir).filter((n) => n !== 'tmp').map(Number).sort((a, b) => a - b);

test('each revision names its parent', () => {
  const dir = tempDir();
  fs.mkdirSync(path.join(dir, 'tmp'));
  const bases = chain(dir, 3);
  expect(readLatest(dir)!.body).toEqual({ n: 3, rev: 3, id: bases[3]!.id, parent: bases[2]!.id });
});

test('a writer stale by three commits cannot reuse a pruned number: its commit is a lost race', () => {
  const dir = tempDir();
  fs.mkdirSync(path.join(dir, 'tmp'));
  const bases = chain(dir, 5); // revisions 1-3 pruned; 4 and 5 kept
  expect(numbers(dir)).toEqual([4, 5]);
  // A writer that read revision 2 (suspended meanwhile) commits "3", a number pruned long ago.
  expect(commitRevision(dir, path.join(dir, 'tmp'), bases[2]!, { n: 'stale' })).toBeUndefined();
  expect(numbers(dir)).toEqual([4, 5]);
  expect(readLatest(dir)!.body.n).toBe(5);
  expect(fs.readdirSync(path.join(dir, 'tmp'))).toEqual([]);
  // The writers that were not stale carry on.
  expect(commitRevision(dir, path.join(dir, 'tmp'), bases[5]!, { n: 6 })).toBeDefined();
  expect(readLatest(dir)!.body.n).toBe(6);
});

test('a commit whose successor is pruned too cannot be confirmed: an error, never an acknowledgement', () => {
  const dir = tempDir();
  fs.mkdirSync(path.join(dir, 'tmp'));
  const bases = chain(dir, 6); // 5 and 6 kept
  expect(() => commitRevision(dir, path.join(dir, 'tmp'), bases[1]!, { n: 'stale' })).toThrow(UnconfirmedCommitError);
  expect(readLatest(dir)!.body.n).toBe(6);
  // Nothing was pruned on the way: the newest two stay.
  expect(numbers(dir)).toEqual(expect.arrayContaining([5, 6]));
});

test('a stale writer through the transaction: its change is re-applied on the newest revision, not lost', async () => {
  const s = makeStore();
  await seed(s);
  const files = filesOf(s);
  let attempts = 0;
  await files.transact((current) => {
    attempts++;
    if (attempts === 1) {
      // While this writer is suspended, three others commit (it read the revision before them).
      for (const description of ['one', 'two', 'three']) {
        const theirs = files.read();
        commitRevision(files.paths.metaDir, files.paths.tempDir, theirs, { secret: { ...theirs.secret!, description } });
      }
    }
    current!.tags = [{ Key: 'mine', Value: '1' }];
    return { result: undefined, next: current! };
  });
  expect(attempts).toBe(2);
  const described = await s.call('DescribeSecret', { SecretId: 'app/db' });
  expect(described.Description).toBe('three');
  expect(described.Tags).toEqual([{ Key: 'mine', Value: '1' }]);
});
