/**
 * Secrets kept out of logs and messages (DESIGN.md §5: "Secrets never
 * leak"): sensitive members of request parameters, and secret-carrying
 * options on the logged command line.
 */
import { describe, expect, it } from 'vitest';
import { secretsManagerShapes, ShapeResolver, type ServiceModel } from '../../src/api/shapes.js';
import { HIDDEN, redact, redactArgv } from '../../src/params/redact.js';
import type { PyDict, PyValue } from '../../src/value/model.js';

const update = secretsManagerShapes.shape('UpdateSecretRequest');

describe('redact', () => {
  it('hides SecretString and SecretBinary and keeps everything else', () => {
    const params: PyDict = new Map<string, PyValue>([
      ['SecretId', 'id'],
      ['SecretString', 'TOPSECRET'],
      ['SecretBinary', new Uint8Array([1, 2])],
      ['Description', 'd'],
      ['ClientRequestToken', 't'],
    ]);
    expect([...(redact(secretsManagerShapes, params, update) as PyDict)]).toEqual([
      ['SecretId', 'id'],
      ['SecretString', HIDDEN],
      ['SecretBinary', HIDDEN],
      ['Description', 'd'],
      ['ClientRequestToken', 't'],
    ]);
  });

  it('hides a sensitive member whatever its value, even one of the wrong type', () => {
    const params: PyDict = new Map<string, PyValue>([['SecretString', new Map([['a', 'b']])], ['SecretBinary', null]]);
    expect(Object.fromEntries(redact(secretsManagerShapes, params, update) as PyDict)).toEqual({ SecretString: HIDDEN, SecretBinary: HIDDEN });
  });

  it('keeps members the shape does not know', () => {
    const params: PyDict = new Map([['Bogus', 'visible']]);
    expect((redact(secretsManagerShapes, params, update) as PyDict).get('Bogus')).toBe('visible');
  });

  it('does not change the value it is given', () => {
    const params: PyDict = new Map([['SecretString', 'TOPSECRET']]);
    redact(secretsManagerShapes, params, update);
    expect(params.get('SecretString')).toBe('TOPSECRET');
  });

  it('hides secret values in responses too (GetSecretValue)', () => {
    const response: PyDict = new Map<string, PyValue>([['Name', 'n'], ['SecretString', 'v']]);
    const shape = secretsManagerShapes.shape('GetSecretValueResponse');
    expect(Object.fromEntries(redact(secretsManagerShapes, response, shape) as PyDict)).toEqual({ Name: 'n', SecretString: HIDDEN });
  });

  it('walks into lists and nested structures', () => {
    const model: ServiceModel = {
      operations: {},
      shapes: {
        Top: { type: 'structure', members: { Items: { shape: 'Items', overview: '' } } },
        Items: { type: 'list', member: 'Item' },
        Item: { type: 'structure', members: { Secret: { shape: 'Secret', overview: '' }, Name: { shape: 'Name', overview: '' } } },
        Secret: { type: 'string', sensitive: true },
        Name: { type: 'string' },
      },
    };
    const resolver = new ShapeResolver(model);
    const value: PyDict = new Map([['Items', [new Map([['Secret', 's'], ['Name', 'n']]), 'not a dict']]]);
    const redacted = redact(resolver, value, resolver.shape('Top')) as PyDict;
    expect(redacted.get('Items')).toEqual([new Map([['Secret', HIDDEN], ['Name', 'n']]), 'not a dict']);
  });
});

describe('redactArgv', () => {
  it('hides the value after --secret-string, --secret-binary, --cli-input-json and --cli-input-yaml', () => {
    expect(
      redactArgv(['--secret-id', 'id', '--secret-string', 'S1', '--secret-binary', 'S2', '--cli-input-json', '{"SecretString":"S3"}', '--cli-input-yaml', 'S4']),
    ).toBe(
      "['--secret-id', 'id', '--secret-string', '<secret value hidden>', '--secret-binary', '<secret value hidden>', " +
        "'--cli-input-json', '<secret value hidden>', '--cli-input-yaml', '<secret value hidden>']",
    );
  });

  it('hides the value of the --opt=value form', () => {
    expect(redactArgv(['--secret-string=S1'])).toBe("['--secret-string=<secret value hidden>']");
  });

  it('hides values given to an abbreviated option', () => {
    expect(redactArgv(['--secret-str', 'S1', '--secret-b=S2', '--secret', 'S3'])).toBe(
      "['--secret-str', '<secret value hidden>', '--secret-b=<secret value hidden>', '--secret', '<secret value hidden>']",
    );
  });

  it('shows file:// and fileb:// references, which name a file, not a secret', () => {
    expect(redactArgv(['--secret-string', 'file://s.txt', '--secret-binary=fileb://b.bin'])).toBe(
      "['--secret-string', 'file://s.txt', '--secret-binary=fileb://b.bin']",
    );
  });

  it('leaves other options and their values alone', () => {
    expect(redactArgv(['--secret-id', 'id', '--description', 'd', '--debug', '--region', 'r'])).toBe(
      "['--secret-id', 'id', '--description', 'd', '--debug', '--region', 'r']",
    );
  });

  it('copes with a secret option at the end, without a value', () => {
    expect(redactArgv(['--secret-string'])).toBe("['--secret-string']");
  });

  it('never lets the secret through anywhere', () => {
    const argv = ['--secret-id', 'x', '--secret-string', 'TOPSECRET-VALUE-123', '--debug'];
    expect(redactArgv(argv)).not.toContain('TOPSECRET');
  });

  it('escapes backslashes and prints the empty list', () => {
    expect(redactArgv(['a\\b'])).toBe("['a\\\\b']");
    expect(redactArgv([])).toBe('[]');
  });

  // The doc comment promises "the command line as Python prints a list":
  // Python writes ["--secret-id", "it's"] as ['--secret-id', "it's"] (double
  // quotes when the text has a ' and no "), and escapes control characters
  // ('new\nline', '\x1b'). We always use single quotes and print control
  // characters raw, so a newline in an argument breaks the log line.
  it('quotes each argument as Python repr does', () => {
    expect(redactArgv(['--secret-id', "it's", 'new\nline', '\x1b'])).toBe(`['--secret-id', "it's", 'new\\nline', '\\x1b']`);
  });
});
