/**
 * pyB64Decode against Python's base64.b64decode (binascii, non-strict) over
 * crafted and random inputs: test/params/base64-fixtures.json, from
 * scripts/gen-base64-fixtures.py.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Base64Error, pyB64Decode } from '../../src/params/base64.js';

interface Base64Case {
  input: string;
  hex?: string;
  error?: string;
  /** binascii (Invalid base64) or ValueError (non-ASCII text). */
  kind?: string;
}

const cases: Base64Case[] = JSON.parse(readFileSync(new URL('./base64-fixtures.json', import.meta.url), 'utf8')).cases;

function outcome(text: string): { hex: string } | { error: string } {
  try {
    return { hex: Buffer.from(pyB64Decode(text)).toString('hex') };
  } catch (error) {
    if (!(error instanceof Base64Error)) throw error;
    return { error: error.message };
  }
}

const hex = (text: string): string => Buffer.from(pyB64Decode(text)).toString('hex');
const ascii = (text: string): string => Buffer.from(pyB64Decode(text)).toString('latin1');

describe('pyB64Decode against Python', () => {
  it('has several hundred recorded cases', () => {
    expect(cases.length).toBeGreaterThan(400);
  });

  it('decodes every recorded input as Python does, bytes and errors alike', () => {
    const mismatches = cases.filter(({ input, kind: _kind, ...expected }) => JSON.stringify(outcome(input)) !== JSON.stringify(expected));
    expect(mismatches.map((c) => ({ ...c, got: outcome(c.input) }))).toEqual([]);
  });

  it.each(cases.filter((c) => !/[\s\x00-\x1f\x7f]/.test(c.input) && c.input.length <= 24).slice(0, 120).map((c) => [c.input, c] as const))(
    'decodes %j as Python does',
    (_input, c) => {
      const { input, kind: _kind, ...expected } = c;
      expect(outcome(input)).toEqual(expected);
    },
  );
});

describe('pyB64Decode', () => {
  it('decodes standard base64', () => {
    expect(ascii('Zm9vYmFy')).toBe('foobar');
    expect(ascii('Zm9vYg==')).toBe('foob');
    expect(ascii('SGVsbG8sIFdvcmxkIQ==')).toBe('Hello, World!');
  });

  it('decodes the empty string to no bytes', () => {
    expect(pyB64Decode('')).toEqual(new Uint8Array());
  });

  it('skips characters outside the alphabet: spaces, newlines, -, _, @', () => {
    expect(ascii('Zm9v YmFy')).toBe('foobar');
    expect(ascii('Zm9v\nYmFy\n')).toBe('foobar');
    expect(ascii('Y-W_J@j')).toBe('abc');
    expect(hex('@@@@')).toBe('');
  });

  it('stops at the first pad that completes a quad and ignores the rest', () => {
    expect(ascii('aGk=garbage')).toBe('hi');
    expect(ascii('Zg==Zg==')).toBe('f');
  });

  it('ignores a pad that comes too early in a quad', () => {
    expect(ascii('=YWJj')).toBe('abc');
    expect(ascii('Y=WJj')).toBe('abc');
  });

  it('needs both pads after two data characters: one is "Incorrect padding"', () => {
    expect(() => pyB64Decode('Zm9vYg=')).toThrow('Incorrect padding');
    expect(() => pyB64Decode('Zm9vYg')).toThrow('Incorrect padding');
  });

  it('counts the data characters in the "1 more than a multiple of 4" error', () => {
    expect(() => pyB64Decode('Z')).toThrow(
      'Invalid base64-encoded string: number of data characters (1) cannot be 1 more than a multiple of 4',
    );
    expect(() => pyB64Decode('YWJjZ')).toThrow(
      'Invalid base64-encoded string: number of data characters (5) cannot be 1 more than a multiple of 4',
    );
  });

  it('refuses non-ASCII text with the message of the ValueError Python raises', () => {
    expect(() => pyB64Decode('café')).toThrow('string argument should contain only ASCII characters');
    expect(() => pyB64Decode('\u{1F511}')).toThrow(Base64Error);
  });

  it('decodes every byte value', () => {
    const all = Buffer.from(Array.from({ length: 256 }, (_, i) => i));
    expect(Buffer.from(pyB64Decode(all.toString('base64'))).equals(all)).toBe(true);
  });
});
