/**
 * --cli-binary-format: blob members' text decoded as base64 (leniently) in
 * the default mode, left alone in raw-in-base64-out; bytes from fileb://
 * untouched in both.
 */
import { describe, expect, it } from 'vitest';
import { secretsManagerShapes } from '../../src/api/shapes.js';
import { nestedBlobs } from './nested-blobs.js';
import { applyBinaryFormat } from '../../src/params/binary.js';
import { GeneralError } from '../../src/errors.js';
import type { PyDict, PyValue } from '../../src/value/model.js';
import { failure as fail } from '../support/failure.js';

const bytes = (text: string): Uint8Array => new Uint8Array(Buffer.from(text, 'latin1'));

function update(entries: Record<string, PyValue>): PyDict {
  return new Map(Object.entries(entries));
}

const failure = (run: () => unknown) => fail(run, GeneralError);

describe('applyBinaryFormat', () => {
  it('base64-decodes SecretBinary text in base64 mode', () => {
    const given = update({ SecretId: 's', SecretBinary: 'Zm9v YmFy' });
    const params = applyBinaryFormat(secretsManagerShapes, given, 'UpdateSecretRequest', 'base64');
    expect(params.get('SecretBinary')).toEqual(bytes('foobar'));
    expect(params.get('SecretId')).toBe('s');
  });

  it('leaves strings that are not blobs alone', () => {
    const given = update({ SecretId: 'Zm9v', SecretString: 'Zm9v', Description: 'not base64!' });
    const params = applyBinaryFormat(secretsManagerShapes, given, 'UpdateSecretRequest', 'base64');
    expect(Object.fromEntries(params)).toEqual({ SecretId: 'Zm9v', SecretString: 'Zm9v', Description: 'not base64!' });
  });

  it('leaves bytes from fileb:// alone in both modes', () => {
    for (const format of ['base64', 'raw-in-base64-out'] as const) {
      const params = applyBinaryFormat(secretsManagerShapes, update({ SecretBinary: bytes('Zm9v') }), 'UpdateSecretRequest', format);
      expect(params.get('SecretBinary')).toEqual(bytes('Zm9v'));
    }
  });

  it('leaves text alone in raw-in-base64-out mode (its UTF-8 goes on the wire)', () => {
    const params = applyBinaryFormat(secretsManagerShapes, update({ SecretBinary: 'café' }), 'UpdateSecretRequest', 'raw-in-base64-out');
    expect(params.get('SecretBinary')).toBe('café');
  });

  it('leaves values of the wrong type for validation to report', () => {
    const given = update({ SecretBinary: null, SecretString: bytes('x') });
    const params = applyBinaryFormat(secretsManagerShapes, given, 'UpdateSecretRequest', 'base64');
    expect(params.get('SecretBinary')).toBeNull();
    expect(params.get('SecretString')).toEqual(bytes('x'));
  });

  it('ignores members the shape does not know', () => {
    const params = applyBinaryFormat(secretsManagerShapes, update({ Bogus: 'Zm9v' }), 'UpdateSecretRequest', 'base64');
    expect(params.get('Bogus')).toBe('Zm9v');
  });

  it('ignores a key named like an Object property (constructor), which the shape does not know either', () => {
    const params = applyBinaryFormat(secretsManagerShapes, update({ constructor: 'Zm9v' }), 'UpdateSecretRequest', 'base64');
    expect(params.get('constructor')).toBe('Zm9v');
  });

  it('decodes an empty string and pure junk to no bytes', () => {
    for (const text of ['', '@@@@']) {
      const params = applyBinaryFormat(secretsManagerShapes, update({ SecretBinary: text }), 'UpdateSecretRequest', 'base64');
      expect(params.get('SecretBinary')).toEqual(new Uint8Array());
    }
  });

  it('reports invalid base64 without echoing the value (DESIGN.md §5), exit code 255', () => {
    // aws-cli prints `Invalid base64: "<value>"`; the secret is hidden here.
    for (const text of ['Zm9vYg', 'Zm9', 'hello world', '-_8=', '!!!notbase64']) {
      const error = failure(() =>
        applyBinaryFormat(secretsManagerShapes, update({ SecretBinary: text }), 'UpdateSecretRequest', 'base64'),
      );
      expect(error.message).toBe('Invalid base64: <secret value hidden>');
      expect(error.exitCode).toBe(255);
    }
  });

  it("reports non-ASCII text with Python's ValueError text, which carries no value", () => {
    const error = failure(() => applyBinaryFormat(secretsManagerShapes, update({ SecretBinary: 'café' }), 'UpdateSecretRequest', 'base64'));
    expect(error.message).toBe('string argument should contain only ASCII characters');
  });
});

describe('applyBinaryFormat in nested shapes', () => {
  const resolver = nestedBlobs;

  it('decodes blobs inside lists and nested structures', () => {
    const given: PyDict = new Map<string, PyValue>([
      ['Items', ['YQ==', bytes('raw'), 'Yg==']],
      ['One', new Map([['Data', 'Yw==']])],
    ]);
    const params = applyBinaryFormat(resolver, given, 'Top', 'base64');
    expect(params.get('Items')).toEqual([bytes('a'), bytes('raw'), bytes('b')]);
    expect((params.get('One') as PyDict).get('Data')).toEqual(bytes('c'));
  });

  it('leaves a value whose type does not match the shape alone', () => {
    const given: PyDict = new Map<string, PyValue>([['Items', 'YQ=='], ['One', ['x']]]);
    const params = applyBinaryFormat(resolver, given, 'Top', 'base64');
    expect(Object.fromEntries(params)).toEqual({ Items: 'YQ==', One: ['x'] });
  });
});
