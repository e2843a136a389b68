/**
 * How responses from an http(s) endpoint are read (awscli-behavior.md §3 and
 * §4.3; 2.36.7 prefixes errors, D3/D17): a success is shaped by the model,
 * an error becomes botocore's ClientError line with exit code 254.
 */
import { describe, expect, it } from 'vitest';
import { errorLine, jsonResponse, run, serviceErrorLine, UPDATE_SECRET_OK_STDOUT, useCannedServers } from './helpers.js';

const serve = useCannedServers();

describe.concurrent('successful responses', () => {
  it('prints the members in model order, whatever order the server used', async () => {
    const server = await serve([
      {
        body: '{"VersionId": "a1b2c3d4-5678-90ab-cdef-EXAMPLE11111", "Name": "MyTestSecret", "ARN": "arn:aws:secretsmanager:us-east-1:123456789012:secret:MyTestSecret-a1b2c3"}',
      },
    ]);
    const result = await run(['--secret-id', 'MyTestSecret', '--secret-string', 's3cr3t', '--endpoint-url', server.url]);
    expect(result).toMatchObject({ stdout: UPDATE_SECRET_OK_STDOUT, stderr: '', exit: 0 });
    expect(server.requests).toHaveLength(1);
  });

  it('drops unknown keys and keys whose value is null', async () => {
    const server = await serve([{ body: '{"Extra": {"a": 1}, "ARN": "arn:x", "Name": null, "VersionId": "v1", "ResponseMetadata": 7}' }]);
    const result = await run(['--secret-id', 'x', '--endpoint-url', server.url]);
    expect(result).toMatchObject({ stdout: '{\n    "ARN": "arn:x",\n    "VersionId": "v1"\n}\n', stderr: '', exit: 0 });
  });

  it('does not check types: "ARN": 123 prints as the number', async () => {
    const server = await serve([{ body: '{"ARN": 123, "Name": "n"}' }]);
    const json = await run(['--secret-id', 'x', '--endpoint-url', server.url]);
    expect(json).toMatchObject({ stdout: '{\n    "ARN": 123,\n    "Name": "n"\n}\n', stderr: '', exit: 0 });
    const text = await run(['--secret-id', 'x', '--endpoint-url', server.url, '--output', 'text']);
    expect(text).toMatchObject({ stdout: '123\tn\n', stderr: '', exit: 0 });
  });

  it.each([
    ['an empty body', ''],
    ['{}', '{}'],
    ['a non-JSON body', 'this is not json'],
    ['only unknown keys', '{"Other": "x"}'],
  ])('prints nothing at all for %s (exit 0)', async (_name, body) => {
    const server = await serve([{ body }]);
    const result = await run(['--secret-id', 'x', '--endpoint-url', server.url]);
    expect(result).toMatchObject({ stdout: '', stderr: '', exit: 0 });
  });

  it.each(['text', 'table', 'yaml', 'yaml-stream'])('prints nothing for an empty body with --output %s either', async (output) => {
    const server = await serve([{ body: '' }]);
    const result = await run(['--secret-id', 'x', '--endpoint-url', server.url, '--output', output]);
    expect(result).toMatchObject({ stdout: '', stderr: '', exit: 0 });
  });

  it("fails on a JSON array: 'list' object has no attribute 'get' (255)", async () => {
    const server = await serve([{ body: '[{"ARN": "a"}]' }]);
    const result = await run(['--secret-id', 'x', '--endpoint-url', server.url]);
    expect(result).toMatchObject({ stdout: '', stderr: errorLine("'list' object has no attribute 'get'"), exit: 255 });
    expect(server.requests).toHaveLength(1);
  });
});

describe.concurrent('service errors (exit 254)', () => {
  const cases: [string, Parameters<typeof jsonResponse>, string][] = [
    [
      'the code from __type',
      [400, { __type: 'ResourceNotFoundException', message: "Secrets Manager can't find the specified secret." }],
      serviceErrorLine('ResourceNotFoundException', "Secrets Manager can't find the specified secret."),
    ],
    [
      'a namespace# prefix removed',
      [400, { __type: 'com.amazonaws.secretsmanager#ResourceNotFoundException', message: 'gone' }],
      serviceErrorLine('ResourceNotFoundException', 'gone'),
    ],
    [
      'a :suffix removed',
      [400, { __type: 'InvalidRequestException:http://internal.amazon.com/coral/com.amazonaws.secretsmanager/', message: 'no' }],
      serviceErrorLine('InvalidRequestException', 'no'),
    ],
    [
      'both a namespace and a suffix removed',
      [400, { __type: 'a.b#InvalidParameterException:x#y', message: 'no' }],
      serviceErrorLine('InvalidParameterException', 'no'),
    ],
    ['message before Message', [400, { __type: 'X', Message: 'upper', message: 'lower' }], serviceErrorLine('X', 'lower')],
    ['Message when there is no message', [400, { __type: 'X', Message: 'upper' }], serviceErrorLine('X', 'upper')],
    ['the HTTP status when there is no __type', [400, { message: 'no type' }], serviceErrorLine('400', 'no type')],
    ['the status of a 404 without __type', [404, { Message: 'nothing here' }], serviceErrorLine('404', 'nothing here')],
    // 2.9.19 left `operation: ` with a trailing space; 2.36.7 strips the message (D17).
    ['an empty message', [400, { __type: 'X', message: '' }], errorLine('An error occurred (X) when calling the UpdateSecret operation:')],
    ['no message at all', [400, { __type: 'X' }], errorLine('An error occurred (X) when calling the UpdateSecret operation:')],
    ['an empty 4xx body: the status and no message', [403, ''], errorLine('An error occurred (403) when calling the UpdateSecret operation:')],
    ['a null message, as Python prints None', [400, { __type: 'X', message: null }], serviceErrorLine('X', 'None')],
    ['extra fields not printed', [400, { __type: 'X', message: 'm', Reason: 'r', Details: [1] }], serviceErrorLine('X', 'm')],
    [
      'the x-amzn-ErrorType header ignored',
      [400, { message: 'from body' }, { 'x-amzn-ErrorType': 'AccessDeniedException:http://internal.amazon.com/' }],
      serviceErrorLine('400', 'from body'),
    ],
    [
      'the x-amzn-ErrorType header ignored next to __type',
      [400, { __type: 'FromBody', message: 'm' }, { 'x-amzn-ErrorType': 'FromHeader' }],
      serviceErrorLine('FromBody', 'm'),
    ],
  ];

  it.each(cases)('%s', async (_name, response, stderr) => {
    const server = await serve([jsonResponse(...response)]);
    const result = await run(['--secret-id', 'x', '--secret-string', 'v', '--endpoint-url', server.url]);
    expect(result).toMatchObject({ stdout: '', stderr, exit: 254 });
    expect(server.requests).toHaveLength(1);
  });

  it('a non-JSON 4xx body becomes the message', async () => {
    const server = await serve([{ status: 403, headers: { 'content-type': 'text/plain' }, body: 'Forbidden by the proxy\n' }]);
    const result = await run(['--secret-id', 'x', '--endpoint-url', server.url]);
    expect(result).toMatchObject({ stdout: '', stderr: serviceErrorLine('403', 'Forbidden by the proxy'), exit: 254 });
  });

  it('a non-JSON 5xx body that is not <html>... also becomes the message', async () => {
    const server = await serve([{ status: 500, headers: { 'content-type': 'text/html' }, body: '<!DOCTYPE html><p>oops</p>' }]);
    const result = await run(['--secret-id', 'x', '--endpoint-url', server.url], { env: { AWS_MAX_ATTEMPTS: '1' } });
    expect(result).toMatchObject({ stdout: '', stderr: serviceErrorLine('500', '<!DOCTYPE html><p>oops</p>', 0), exit: 254 });
  });

  it('an HTML 503 gives the reason phrase (and is retried)', async () => {
    const server = await serve([{ status: 503, headers: { 'content-type': 'text/html' }, body: '  <html><body><b>Http/1.1 Service Unavailable</b></body></html>\n' }]);
    const result = await run(['--secret-id', 'x', '--endpoint-url', server.url]);
    expect(result).toMatchObject({ stdout: '', stderr: serviceErrorLine('503', 'Service Unavailable', 2), exit: 254 });
    expect(server.requests).toHaveLength(3);
  });

  it('an empty 502 gives the reason phrase', async () => {
    const server = await serve([{ status: 502 }]);
    const result = await run(['--secret-id', 'x', '--endpoint-url', server.url], { env: { AWS_MAX_ATTEMPTS: '1' } });
    expect(result).toMatchObject({ stdout: '', stderr: serviceErrorLine('502', 'Bad Gateway', 0), exit: 254 });
  });

  it('the reason phrase comes from the status, not from the status line', async () => {
    const server = await serve([{ status: 504, reason: 'Upstream Took Too Long', body: '' }]);
    const result = await run(['--secret-id', 'x', '--endpoint-url', server.url], { env: { AWS_MAX_ATTEMPTS: '1' } });
    expect(result).toMatchObject({ stdout: '', stderr: serviceErrorLine('504', 'Gateway Timeout', 0), exit: 254 });
  });

  it("a JSON array error body: 'list' object has no attribute 'get' (255)", async () => {
    const server = await serve([jsonResponse(400, '["a"]')]);
    const result = await run(['--secret-id', 'x', '--endpoint-url', server.url]);
    expect(result).toMatchObject({ stdout: '', stderr: errorLine("'list' object has no attribute 'get'"), exit: 255 });
  });

  it('--output and --query do not change an error', async () => {
    const server = await serve([jsonResponse(400, { __type: 'ResourceNotFoundException', message: 'gone' })]);
    for (const output of ['text', 'table', 'off']) {
      const result = await run(['--secret-id', 'x', '--endpoint-url', server.url, '--output', output, '--query', 'Name']);
      expect({ output, ...result }).toMatchObject({ output, stdout: '', stderr: serviceErrorLine('ResourceNotFoundException', 'gone'), exit: 254 });
    }
  });
});
