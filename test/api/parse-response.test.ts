/**
 * Responses shaped as botocore's JSON parser shapes them for aws-cli:
 * compared with aws-cli 2.9.19's own parser and timestamp formatter
 * (test/api/fixtures.json, from scripts/gen-api-fixtures.py, run with
 * TZ=UTC). iso8601 output is local time, so this file runs under UTC only.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { secretsManagerShapes, SECRETS_MANAGER } from '../../src/api/shapes.js';
import { isoLocal, parseResponse } from '../../src/api/parse-response.js';
import { GeneralError } from '../../src/errors.js';
import type { PyDict, PyValue } from '../../src/value/model.js';
import { decode } from '../params/fixtures.js';

interface Outcome {
  value?: unknown;
  error?: string;
}
interface ResponseCase {
  operation: string;
  body: unknown;
  iso8601: Outcome;
  wire: Outcome;
}

const fixtures: { responses: ResponseCase[]; epochs: { seconds: unknown; iso: string }[] } = JSON.parse(
  readFileSync(new URL('./fixtures.json', import.meta.url), 'utf8'),
);

const originalTz = process.env.TZ;
beforeAll(() => {
  process.env.TZ = 'UTC';
});
afterAll(() => {
  if (originalTz === undefined) delete process.env.TZ;
  else process.env.TZ = originalTz;
});

function render(value: PyValue): unknown {
  if (typeof value === 'bigint') return { int: value.toString() };
  if (typeof value === 'number') return { float: String(value) };
  if (Array.isArray(value)) return value.map(render);
  if (value instanceof Map) return { dict: [...value].map(([k, v]) => [k, render(v)]) };
  return value;
}

function outcome(operation: string, body: PyValue, format: 'iso8601' | 'wire'): Outcome {
  try {
    const output = SECRETS_MANAGER.operations[operation]!.output;
    return { value: render(parseResponse(secretsManagerShapes, output, body, format)) };
  } catch (error) {
    if (!(error instanceof GeneralError)) throw error;
    return { error: error.message };
  }
}

const expected = (o: Outcome): Outcome => (o.error !== undefined ? o : { value: render(decode(o.value)) });

/** Bodies where we part from botocore; each has its own failing test below. */
const KNOWN = new Set([
  '{"dict":[["CreatedDate","2024-01-02T03:04:05+02:00"]]}',
  '{"dict":[["CreatedDate","2024-01-02T03:04:05"]]}',
  '{"dict":[["CreatedDate","not a date"]]}',
  '{"dict":[["CreatedDate",[{"int":"1"}]]]}',
  '{"dict":[["CreatedDate",true]]}',
]);
const label = (c: ResponseCase): string => `${c.operation} ${JSON.stringify(c.body)}`;

describe('parseResponse against botocore', () => {
  const agreed = fixtures.responses.filter((c) => !KNOWN.has(JSON.stringify(c.body)));
  const differing = fixtures.responses.filter((c) => KNOWN.has(JSON.stringify(c.body)));

  it('runs under UTC', () => {
    expect(new Date(0).getTimezoneOffset()).toBe(0);
  });

  it.each(agreed.map((c) => [label(c).slice(0, 100), c] as const))('shapes %s as aws-cli does (iso8601)', (_l, c) => {
    expect(outcome(c.operation, decode(c.body), 'iso8601')).toEqual(expected(c.iso8601));
  });

  it.each(fixtures.responses.map((c) => [label(c).slice(0, 100), c] as const))('shapes %s as aws-cli does (wire)', (_l, c) => {
    expect(outcome(c.operation, decode(c.body), 'wire')).toEqual(expected(c.wire));
  });

  it('has the known differences in its fixtures', () => {
    expect(differing).toHaveLength(KNOWN.size);
  });

  // botocore's parse_timestamp hands a string that is not a number to
  // dateutil, which keeps the zone the string carries (or none at all):
  // '2024-01-02T03:04:05+02:00' prints as given, and the naive
  // '2024-01-02T03:04:05' prints with no offset. We convert both to local
  // time with an offset ('2024-01-02T01:04:05+00:00', '...03:04:05+00:00').
  // Unparseable values fail with `Invalid timestamp "<v>": <dateutil's
  // reason>`; ours omit the reason. And a JSON true is an int to Python
  // (fromtimestamp(True) is 1970-01-01T00:00:01+00:00); we call it invalid.
  it.each(differing.map((c) => [label(c), c] as const))('shapes %s as aws-cli does (iso8601)', (_l, c) => {
    expect(outcome(c.operation, decode(c.body), 'iso8601')).toEqual(expected(c.iso8601));
  });
});

describe('parseResponse', () => {
  const update = (body: PyValue): PyValue => parseResponse(secretsManagerShapes, 'UpdateSecretResponse', body, 'iso8601');

  it('keeps only modelled members, in model order', () => {
    const body = new Map<string, PyValue>([['VersionId', 'v'], ['Extra', 'x'], ['Name', 'n'], ['ARN', 'a']]);
    expect([...(update(body) as PyDict)]).toEqual([
      ['ARN', 'a'],
      ['Name', 'n'],
      ['VersionId', 'v'],
    ]);
  });

  it('drops members whose value is null', () => {
    expect([...(update(new Map([['ARN', 'a'], ['VersionId', null]])) as PyDict)]).toEqual([['ARN', 'a']]);
  });

  it('does not check types: a number where the model says string stays a number', () => {
    expect((update(new Map<string, PyValue>([['ARN', 123n]])) as PyDict).get('ARN')).toBe(123n);
  });

  it("fails on a top-level list with Python's AttributeError text, exit code 255", () => {
    let caught: unknown;
    try {
      update([]);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(GeneralError);
    expect((caught as GeneralError).message).toBe("'list' object has no attribute 'get'");
    expect((caught as GeneralError).exitCode).toBe(255);
  });

  it('gives an empty dict for an operation without output', () => {
    expect(parseResponse(secretsManagerShapes, null, new Map([['x', 1n]]), 'iso8601')).toEqual(new Map());
  });

  it('leaves blobs as the base64 text received', () => {
    const value = parseResponse(secretsManagerShapes, 'GetSecretValueResponse', new Map([['SecretBinary', 'Zm9v']]), 'iso8601') as PyDict;
    expect(value.get('SecretBinary')).toBe('Zm9v');
  });

  it('leaves timestamps exactly as received in wire format', () => {
    const body = new Map<string, PyValue>([['CreatedDate', 1700000000.5]]);
    expect((parseResponse(secretsManagerShapes, 'DescribeSecretResponse', body, 'wire') as PyDict).get('CreatedDate')).toBe(1700000000.5);
  });
});

describe('isoLocal under UTC', () => {
  it.each(fixtures.epochs.map((e) => [JSON.stringify(e.seconds), e] as const))('formats %s as datetime.fromtimestamp().isoformat()', (_s, e) => {
    const seconds = decode(e.seconds);
    expect(isoLocal(Number(seconds))).toBe(e.iso);
  });

  it('omits the microseconds when they are zero', () => {
    expect(isoLocal(1700000000)).toBe('2023-11-14T22:13:20+00:00');
    expect(isoLocal(1700000000.5)).toBe('2023-11-14T22:13:20.500000+00:00');
  });

  it('writes the offset as +00:00, never Z', () => {
    expect(isoLocal(0)).toBe('1970-01-01T00:00:00+00:00');
  });
});
