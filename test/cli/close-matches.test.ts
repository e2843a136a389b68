/**
 * difflib.get_close_matches as argparse's "Maybe you meant" uses it: scores
 * and picks compared with Python 3.11 (test/cli/fixtures.json, from
 * scripts/gen-cli-fixtures.py).
 */
import { describe, expect, it } from 'vitest';
import { closeMatches, ratio } from '../../src/cli/close-matches.js';
import { fixtures } from './fixtures.js';

/** SequenceMatcher's autojunk only starts at 200 characters in the second sequence. */
const AUTOJUNK = 200;

describe('ratio (SequenceMatcher.ratio)', () => {
  const astral = (s: string): boolean => /[\u{10000}-\u{10FFFF}]/u.test(s);
  const short = fixtures.ratios.filter(({ a, b }) => [...b].length < AUTOJUNK && !astral(a) && !astral(b));
  const long = fixtures.ratios.filter(({ b }) => [...b].length >= AUTOJUNK);

  it('matches Python for every short pair in the fixtures', () => {
    expect(short.length).toBeGreaterThan(150);
    const mismatches = short.filter(({ a, b, ratio: expected }) => ratio(a, b) !== expected);
    expect(mismatches).toEqual([]);
  });

  it.each([
    ['', '', 1],
    ['a', '', 0],
    ['json', 'jsn', 6 / 7],
    ['table', 'tabel', 0.8],
    ['abcd', 'dcba', 0.25],
    ['qabxcd', 'abycdf', 2 / 3],
  ])('scores %j against %j as Python does', (a, b, expected) => {
    expect(ratio(a, b)).toBe(expected);
  });

  it('finds matching blocks by recursive longest match, not by longest common subsequence', () => {
    // LCS of abcd/bcda is 3 (bcd), and so is the longest block: 2*3/8.
    expect(ratio('abcd', 'bcda')).toBe(0.75);
    // LCS of these is 3 ("abc" spread out), but the longest-match search
    // takes "cba" first and nothing fits around it.
    expect(ratio('abcabcabc', 'cbacbacba')).toBe(4 / 9);
  });

  it('compares code units the way Python compares code points for BMP text', () => {
    expect(ratio('café', 'cafe')).toBe(0.75);
  });

  // Python compares code points: '🔑key' is 4 long and scores 2*3/7 against
  // 'key'. The port walks UTF-16 code units (5 of them) and scores 2*3/8.
  // Seen from the CLI: aws-cli 2.9.19 answers `--color 🔑on` with "maybe you
  // meant: * on" (ratio 0.8); the port scores 4/6 and suggests nothing.
  it('counts an astral character as one character, as Python does', () => {
    expect(ratio('\u{1F511}key', 'key')).toBe(6 / 7);
    expect(closeMatches('\u{1F511}on', ['on', 'off', 'auto'])).toEqual(['on']);
  });

  // Python: SequenceMatcher(None, a, b) has autojunk=True, so once b has 200
  // or more characters, every character making up more than 1% of b (plus
  // one) is "popular" and ignored when looking for blocks: 'ab'*120 against
  // 'ba'*120 scores 0.0. The port has no autojunk and finds the 239-long block.
  it('ignores popular characters of a 200+ character word, as difflib autojunk does', () => {
    expect(long.length).toBeGreaterThan(0);
    const mismatches = long.filter(({ a, b, ratio: expected }) => ratio(a, b) !== expected);
    expect(mismatches).toEqual([]);
  });
});

describe('closeMatches (get_close_matches, n=3, cutoff=0.8)', () => {
  it.each(fixtures.closeMatches.map((c) => [c.word, c.possibilities.slice(0, 4).join(',') + (c.possibilities.length > 4 ? ',…' : ''), c] as const))(
    'suggests for %j among %s what Python suggests',
    (_word, _label, c) => {
      expect(closeMatches(c.word, c.possibilities, c.n, c.cutoff)).toEqual(c.matches);
    },
  );

  it('returns at most three suggestions, best first', () => {
    // All four score 0.8; three are kept.
    expect(closeMatches('bc', ['bcd', 'abc', 'cde', 'xbc', 'bcx'])).toEqual(['xbc', 'bcx', 'bcd']);
    expect(closeMatches('abcd', ['bcd', 'abc', 'cde', 'xbc', 'bcx'])).toEqual(['bcd', 'abc']);
  });

  it('breaks ties between equal scores by the greater string first (heapq.nlargest on tuples)', () => {
    expect(closeMatches('ab', ['abx', 'aby', 'abz', 'abw', 'zab'], 5, 0)).toEqual(['zab', 'abz', 'aby', 'abx', 'abw']);
  });

  it('keeps a candidate that scores exactly the cutoff', () => {
    expect(ratio('table', 'tabel')).toBe(0.8);
    expect(closeMatches('tabel', ['table'])).toEqual(['table']);
  });

  it('suggests nothing when no candidate reaches the cutoff', () => {
    expect(closeMatches('xml', ['json', 'text', 'table', 'yaml', 'yaml-stream', 'off'])).toEqual([]);
  });

  it('is case-sensitive', () => {
    expect(closeMatches('JSON', ['json'])).toEqual([]);
  });
});
