/**
 * Client-side validation against botocore's ParamValidator (aws-cli's
 * vendored copy, over the 2.36.7-era model): test/params/fixtures.json,
 * from scripts/gen-params-fixtures.py.
 */
import { describe, expect, it } from 'vitest';
import { secretsManagerShapes, ShapeResolver, type ServiceModel } from '../../src/api/shapes.js';
import { ParamValidationError } from '../../src/errors.js';
import { validateParams } from '../../src/params/validate.js';
import type { PyValue } from '../../src/value/model.js';
import { decode, fixtures } from './fixtures.js';

function report(resolver: ShapeResolver, params: PyValue, shape: string): string | null {
  try {
    validateParams(resolver, params, shape);
    return null;
  } catch (error) {
    if (!(error instanceof ParamValidationError)) throw error;
    expect(error.message.startsWith('Parameter validation failed:\n')).toBe(true);
    return error.message.slice('Parameter validation failed:\n'.length);
  }
}

describe('validateParams against botocore', () => {
  it.each(fixtures.validation.map((c) => [`${c.shape} ${JSON.stringify(c.params).slice(0, 90)}`, c] as const))(
    'reports %s as botocore does',
    (_label, c) => {
      expect(report(secretsManagerShapes, decode(c.params), c.shape)).toBe(c.report);
    },
  );
});

const params = (entries: Record<string, PyValue>): Map<string, PyValue> => new Map(Object.entries(entries));

describe('validateParams', () => {
  it('raises ParamValidationError (exit code 252) headed "Parameter validation failed:"', () => {
    let caught: unknown;
    try {
      validateParams(secretsManagerShapes, params({}), 'UpdateSecretRequest');
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ParamValidationError);
    expect((caught as ParamValidationError).exitCode).toBe(252);
    expect((caught as Error).message).toBe('Parameter validation failed:\nMissing required parameter in input: "SecretId"');
  });

  it('reports missing members first, then unknown ones in input order, then each known member in input order', () => {
    const input = params({ Zed: 1n, SecretString: '', Alpha: null, ClientRequestToken: 'short' });
    expect(report(secretsManagerShapes, input, 'UpdateSecretRequest')).toBe(
      [
        'Missing required parameter in input: "SecretId"',
        'Unknown parameter in input: "Zed", must be one of: SecretId, ClientRequestToken, Description, KmsKeyId, SecretBinary, SecretString, Type',
        'Unknown parameter in input: "Alpha", must be one of: SecretId, ClientRequestToken, Description, KmsKeyId, SecretBinary, SecretString, Type',
        'Invalid length for parameter SecretString, value: 0, valid min length: 1',
        'Invalid length for parameter ClientRequestToken, value: 5, valid min length: 32',
      ].join('\n'),
    );
  });

  it("reports names of Object's own properties (constructor, toString, __proto__) as unknown members", () => {
    const input = new Map<string, PyValue>([['SecretId', 'x'], ['constructor', 'a'], ['toString', 'b'], ['__proto__', 'c']]);
    const allowed = 'must be one of: SecretId, ClientRequestToken, Description, KmsKeyId, SecretBinary, SecretString, Type';
    expect(report(secretsManagerShapes, input, 'UpdateSecretRequest')).toBe(
      [
        `Unknown parameter in input: "constructor", ${allowed}`,
        `Unknown parameter in input: "toString", ${allowed}`,
        `Unknown parameter in input: "__proto__", ${allowed}`,
      ].join('\n'),
    );
  });

  it('counts string length in code points', () => {
    const token = '\u{1F511}'.repeat(16);
    expect(token.length).toBe(32);
    expect(report(secretsManagerShapes, params({ SecretId: 'x', ClientRequestToken: token }), 'UpdateSecretRequest')).toBe(
      'Invalid length for parameter ClientRequestToken, value: 16, valid min length: 32',
    );
  });

  it('checks no maximums', () => {
    const input = params({ SecretId: 'x'.repeat(5000), ClientRequestToken: 'x'.repeat(65), SecretString: 'y'.repeat(70000) });
    expect(report(secretsManagerShapes, input, 'UpdateSecretRequest')).toBeNull();
  });

  it('does not check blob lengths or enum values', () => {
    expect(report(secretsManagerShapes, params({ SecretId: 'x', SecretBinary: new Uint8Array() }), 'UpdateSecretRequest')).toBeNull();
    expect(report(secretsManagerShapes, params({ SortOrder: 'sideways' }), 'ListSecretsRequest')).toBeNull();
  });

  it('accepts text as well as bytes for a blob', () => {
    expect(report(secretsManagerShapes, params({ SecretId: 'x', SecretBinary: 'text' }), 'UpdateSecretRequest')).toBeNull();
  });

  it("prints bytes, None and containers in messages as Python's str() does", () => {
    const input = params({
      SecretId: 'x',
      SecretString: new Uint8Array(Buffer.from("caf\xc3\xa9 '\"", 'latin1')),
      Description: null,
      KmsKeyId: [1n, 2.5, null, true, new Map([['k', 'v']])],
    });
    expect(report(secretsManagerShapes, input, 'UpdateSecretRequest')).toBe(
      [
        `Invalid type for parameter SecretString, value: b'caf\\xc3\\xa9 \\'"', type: <class 'bytes'>, valid types: <class 'str'>`,
        "Invalid type for parameter Description, value: None, type: <class 'NoneType'>, valid types: <class 'str'>",
        "Invalid type for parameter KmsKeyId, value: [1, 2.5, None, True, {'k': 'v'}], type: <class 'list'>, valid types: <class 'str'>",
      ].join('\n'),
    );
  });

  it('counts a bool as an int (Python bool subclasses int), with its range check', () => {
    expect(report(secretsManagerShapes, params({ MaxResults: true }), 'ListSecretsRequest')).toBeNull();
    expect(report(secretsManagerShapes, params({ MaxResults: false }), 'ListSecretsRequest')).toBe(
      'Invalid value for parameter MaxResults, value: False, valid min value: 1',
    );
  });

  it('names the whole input "input" when it is not a dict', () => {
    expect(report(secretsManagerShapes, null, 'UpdateSecretRequest')).toBe(
      "Invalid type for parameter input, value: None, type: <class 'NoneType'>, valid types: <class 'dict'>",
    );
  });

  it('names nested members with dots and list indexes', () => {
    const input = params({ Filters: [new Map<string, PyValue>([['Key', 5n], ['Values', []]])] });
    expect(report(secretsManagerShapes, input, 'ListSecretsRequest')).toBe(
      [
        "Invalid type for parameter Filters[0].Key, value: 5, type: <class 'int'>, valid types: <class 'str'>",
        'Invalid length for parameter Filters[0].Values, value: 0, valid min length: 1',
      ].join('\n'),
    );
  });

  describe('on shapes Secrets Manager inputs do not use', () => {
    const model: ServiceModel = {
      operations: {},
      shapes: {
        Input: {
          type: 'structure',
          members: {
            Labels: { shape: 'Labels', overview: '' },
            Ratio: { shape: 'Ratio', overview: '' },
            Weight: { shape: 'Weight', overview: '' },
            When: { shape: 'When', overview: '' },
          },
        },
        Labels: { type: 'map', key: 'Key', value: 'Value' },
        Key: { type: 'string', min: 2 },
        Value: { type: 'string', min: 1 },
        Ratio: { type: 'double', min: 0.5 },
        Weight: { type: 'float' },
        When: { type: 'timestamp' },
      },
    };
    const resolver = new ShapeResolver(model);

    // botocore: name + " (key: k)" for keys, name + ".k" for values.
    it('checks map keys and values under botocore names', () => {
      const input = params({ Labels: new Map([['a', ''], ['bb', 'ok']]) });
      expect(report(resolver, input, 'Input')).toBe(
        ['Invalid length for parameter Labels (key: a), value: 1, valid min length: 2', 'Invalid length for parameter Labels.a, value: 0, valid min length: 1'].join(
          '\n',
        ),
      );
    });

    it('accepts ints and bools for a double, with the min value check', () => {
      expect(report(resolver, params({ Ratio: 1n, Weight: true }), 'Input')).toBeNull();
      expect(report(resolver, params({ Ratio: 0.25 }), 'Input')).toBe('Invalid value for parameter Ratio, value: 0.25, valid min value: 0.5');
      expect(report(resolver, params({ Weight: 'x' }), 'Input')).toBe(
        "Invalid type for parameter Weight, value: x, type: <class 'str'>, valid types: <class 'float'>, <class 'decimal.Decimal'>, <class 'int'>",
      );
    });

    it('names datetime and timestamp-string as the valid types of a timestamp', () => {
      expect(report(resolver, params({ When: [] }), 'Input')).toBe(
        "Invalid type for parameter When, value: [], type: <class 'list'>, valid types: <class 'datetime.datetime'>, timestamp-string",
      );
      expect(report(resolver, params({ When: 0n }), 'Input')).toBeNull();
    });

    // botocore's _type_check_datetime parses the string (parse_to_aware_datetime)
    // and reports one it cannot parse as an invalid type; we accept any string.
    it('refuses a timestamp string botocore cannot parse', () => {
      expect(report(resolver, params({ When: 'not a date' }), 'Input')).toBe(
        "Invalid type for parameter When, value: not a date, type: <class 'str'>, valid types: <class 'datetime.datetime'>, timestamp-string",
      );
    });
  });
});
