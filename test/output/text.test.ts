/** `--output text` behaviours (spec/awscli-behavior.md §3.2 and §6); expected
 *  text printed by aws-cli 2.9.19. */
import { describe, expect, it } from 'vitest';
import { PythonError } from '../../src/output/python.js';
import { format } from '../../src/output/text.js';
import { dict, type PyValue } from '../../src/value/model.js';

function text(value: PyValue): string {
  return format('UpdateSecret', value, { color: false, terminalWidth: 80 }).join('');
}

describe('text output', () => {
  it('prints scalar values on one line, in key order sorted by code point', () => {
    expect(text(dict({ Name: 'n', ARN: 'a', VersionId: 'v' }))).toBe('a\tn\tv\n');
  });

  it('prints nested values after the scalars, headed by the upper-cased key', () => {
    const value = dict({ b: 'x', a: ['p', 'q'], c: dict({ z: 1n, y: null }), ß: ['s'] });
    expect(text(value)).toBe('x\nA\tp\nA\tq\nC\tNone\t1\nSS\ts\n');
  });

  it('gives a list of dicts the union of their keys as columns, leaving trailing tabs', () => {
    const value = dict({ Items: [dict({ a: 1n, b: 'x' }), dict({ b: 'y', c: true })] });
    expect(text(value)).toBe('ITEMS\t1\tx\t\nITEMS\t\ty\tTrue\n');
  });

  it('prints a list of scalars on one line with str()', () => {
    expect(text(['a', 1.0, null, true])).toBe('a\t1.0\tNone\tTrue\n');
    expect(text(['a', ['b', 'c']])).toBe('a\nb\tc\n');
  });

  it('writes tabs and newlines inside values raw', () => {
    expect(text(dict({ k: 'a\tb\nc' }))).toBe('a\tb\nc\n');
  });

  it('prints nothing for an empty list or dict, but a line for an empty string or None', () => {
    expect(text([])).toBe('');
    expect(text(new Map())).toBe('');
    expect(text('')).toBe('\n');
    expect(text(null)).toBe('None\n');
  });

  it('keeps what it printed before failing on a string among dicts', () => {
    const value = dict({ a: 'x', b: [dict({ c: 1n }), 'oops'] });
    let error: unknown;
    try {
      text(value);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(PythonError);
    expect((error as PythonError).message).toBe("'str' object has no attribute 'items'");
    expect((error as PythonError).written.join('')).toBe('x\n');
  });

  it("upper-cases keys with Python 3.11's Unicode tables, leaving later capitals alone", () => {
    expect(text(dict({ ƛ: ['x'], ﬁx: ['y'] }))).toBe('ƛ\tx\nFIX\ty\n');
  });
});
