/**
 * Blob parameters as they go on the wire: standard base64 with padding of
 * the bytes (awscli-behavior.md §5.2 and §9).
 */
import { describe, expect, it } from 'vitest';
import { secretsManagerShapes } from '../../src/api/shapes.js';
import { nestedBlobs } from './nested-blobs.js';
import { wireParams } from '../../src/params/wire.js';
import type { PyDict, PyValue } from '../../src/value/model.js';

const update = secretsManagerShapes.shape('UpdateSecretRequest');
const wire = (entries: [string, PyValue][]): PyDict => wireParams(secretsManagerShapes, new Map(entries), update) as PyDict;

describe('wireParams', () => {
  it('sends decoded bytes as standard base64 with padding', () => {
    expect(wire([['SecretBinary', new Uint8Array(Buffer.from('foob'))]]).get('SecretBinary')).toBe('Zm9vYg==');
    expect(wire([['SecretBinary', new Uint8Array()]]).get('SecretBinary')).toBe('');
  });

  it('sends all 256 byte values, + and / included', () => {
    const all = Uint8Array.from({ length: 256 }, (_, i) => i);
    expect(wire([['SecretBinary', all]]).get('SecretBinary')).toBe(Buffer.from(all).toString('base64'));
  });

  it('sends raw-in-base64-out text as the base64 of its UTF-8 bytes', () => {
    expect(wire([['SecretBinary', 'Zm9vYmFy']]).get('SecretBinary')).toBe('Wm05dlltRnk=');
    expect(wire([['SecretBinary', 'café']]).get('SecretBinary')).toBe('Y2Fmw6k=');
    expect(wire([['SecretBinary', 'Zm9vYmFy\n']]).get('SecretBinary')).toBe('Wm05dlltRnkK');
  });

  it('leaves strings, unknown members and values of other types alone, in order', () => {
    const out = wire([
      ['SecretId', 'id'],
      ['SecretString', 'Zm9v'],
      ['Bogus', new Uint8Array([1])],
      ['SecretBinary', null],
    ]);
    expect([...out]).toEqual([
      ['SecretId', 'id'],
      ['SecretString', 'Zm9v'],
      ['Bogus', new Uint8Array([1])],
      ['SecretBinary', null],
    ]);
  });

  it('encodes blobs inside lists and nested structures', () => {
    const resolver = nestedBlobs;
    const value: PyDict = new Map<string, PyValue>([
      ['Items', [new Uint8Array([0x61]), 'b']],
      ['One', new Map([['Data', new Uint8Array([0x63])]])],
    ]);
    const out = wireParams(resolver, value, resolver.shape('Top')) as PyDict;
    expect(out.get('Items')).toEqual(['YQ==', 'Yg==']);
    expect((out.get('One') as PyDict).get('Data')).toBe('Yw==');
    expect((value.get('Items') as PyValue[])[0]).toEqual(new Uint8Array([0x61]));
  });
});
