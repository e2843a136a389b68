/**
 * aws-cli's "standard" retry mode as seen from the server (awscli-behavior.md
 * §4.4): which responses are retried, how many attempts, the
 * "(reached max retries: N)" suffix, the same body on every attempt, and the
 * retry settings' errors. Backoff sleeps are real (random, up to 1 s then
 * 2 s...), so the tests run concurrently.
 */
import { describe, expect, it } from 'vitest';
import {
  errorLine,
  expectedSignature,
  jsonResponse,
  run,
  serviceErrorLine,
  UPDATE_SECRET_OK,
  UPDATE_SECRET_OK_STDOUT,
  UUID_V4,
  useCannedServers,
} from './helpers.js';

const serve = useCannedServers();
const ARGS = ['--secret-id', 'MyTestSecret', '--secret-string', 's3cr3t'];

describe.concurrent('what is retried (3 attempts by default)', () => {
  it.each([
    [500, 'Internal Server Error'],
    [502, 'Bad Gateway'],
    [503, 'Service Unavailable'],
    [504, 'Gateway Timeout'],
  ])('HTTP %i', async (status, reason) => {
    const server = await serve([{ status }]);
    const result = await run([...ARGS, '--endpoint-url', server.url]);
    expect(result).toMatchObject({ stdout: '', stderr: serviceErrorLine(String(status), reason, 2), exit: 254 });
    expect(server.requests).toHaveLength(3);
  });

  it('a 500 with a JSON error keeps its code and message', async () => {
    const server = await serve([jsonResponse(500, { __type: 'InternalServiceError', message: 'An error occurred on the server side.' })]);
    const result = await run([...ARGS, '--endpoint-url', server.url]);
    expect(result).toMatchObject({
      stdout: '',
      stderr: '\nupdate-secret: [ERROR]: An error occurred (InternalServiceError) when calling the UpdateSecret operation (reached max retries: 2): An error occurred on the server side.\n',
      exit: 254,
    });
    expect(server.requests).toHaveLength(3);
  });

  it.each([
    [400, 'ThrottlingException'],
    [429, 'TooManyRequestsException'],
    // Secrets Manager's own quota error is on botocore's throttling list.
    [400, 'LimitExceededException'],
    [400, 'RequestTimeout'],
  ])('HTTP %i %s', async (status, type) => {
    const server = await serve([jsonResponse(status, { __type: type, message: 'slow down' })]);
    const result = await run([...ARGS, '--endpoint-url', server.url]);
    expect(result).toMatchObject({ stdout: '', stderr: serviceErrorLine(type, 'slow down', 2), exit: 254 });
    expect(server.requests).toHaveLength(3);
  });
});

describe.concurrent('what is not retried', () => {
  it.each([
    [400, 'ValidationException'],
    [429, 'SomethingElseException'],
    [403, 'AccessDeniedException'],
  ])('HTTP %i %s: one attempt, no suffix', async (status, type) => {
    const server = await serve([jsonResponse(status, { __type: type, message: 'no' })]);
    const result = await run([...ARGS, '--endpoint-url', server.url]);
    expect(result).toMatchObject({ stdout: '', stderr: serviceErrorLine(type, 'no'), exit: 254 });
    expect(server.requests).toHaveLength(1);
  });

  it('a later non-retryable error is printed without the suffix', async () => {
    const server = await serve([
      jsonResponse(500, { __type: 'InternalServiceError', message: 'boom' }),
      jsonResponse(400, { __type: 'ValidationException', message: 'bad input' }),
    ]);
    const result = await run([...ARGS, '--endpoint-url', server.url]);
    expect(result).toMatchObject({ stdout: '', stderr: serviceErrorLine('ValidationException', 'bad input'), exit: 254 });
    expect(server.requests).toHaveLength(2);
  });
});

describe.concurrent('attempts', () => {
  it('two 500s then a success print one result; every attempt sent the same body and token', async () => {
    const server = await serve([{ status: 500 }, { status: 500 }, { body: UPDATE_SECRET_OK }]);
    const result = await run([...ARGS, '--endpoint-url', server.url]);
    expect(result).toMatchObject({ stdout: UPDATE_SECRET_OK_STDOUT, stderr: '', exit: 0 });
    expect(server.requests).toHaveLength(3);
    const [first, ...others] = server.requests;
    const token = (JSON.parse(first!.body) as { ClientRequestToken: string }).ClientRequestToken;
    expect(token).toMatch(UUID_V4);
    expect(first!.body).toBe(`{"SecretId": "MyTestSecret", "SecretString": "s3cr3t", "ClientRequestToken": "${token}"}`);
    for (const request of others) expect(request.body).toBe(first!.body);
    // Each attempt is signed (and validly so).
    for (const request of server.requests) {
      expect(request.headers.authorization).toContain(`Signature=${expectedSignature(request, 'testing')}`);
    }
  });

  it("every attempt is signed with the local clock: a server's Date header a day off changes nothing (botocore corrects no skew)", async () => {
    const dayAgo = new Date(Date.now() - 86_400_000).toUTCString();
    const server = await serve([{ status: 500, headers: { date: dayAgo } }, { body: UPDATE_SECRET_OK, headers: { date: dayAgo } }]);
    const before = Date.now();
    const result = await run([...ARGS, '--endpoint-url', server.url]);
    expect(result).toMatchObject({ stdout: UPDATE_SECRET_OK_STDOUT, stderr: '', exit: 0 });
    expect(server.requests).toHaveLength(2);
    for (const request of server.requests) {
      const stamp = request.headers['x-amz-date']!.replace(/^(\d{4})(\d\d)(\d\d)T(\d\d)(\d\d)(\d\d)Z$/, '$1-$2-$3T$4:$5:$6Z');
      expect(Math.abs(Date.parse(stamp) - before)).toBeLessThan(60_000);
    }
  });

  it('AWS_MAX_ATTEMPTS=1: one attempt, "reached max retries: 0"', async () => {
    const server = await serve([{ status: 500 }]);
    const result = await run([...ARGS, '--endpoint-url', server.url], { env: { AWS_MAX_ATTEMPTS: '1' } });
    expect(result).toMatchObject({ stdout: '', stderr: serviceErrorLine('500', 'Internal Server Error', 0), exit: 254 });
    expect(server.requests).toHaveLength(1);
  });

  it('AWS_MAX_ATTEMPTS=5: five attempts', async () => {
    const server = await serve([{ status: 503 }]);
    const result = await run([...ARGS, '--endpoint-url', server.url], { env: { AWS_MAX_ATTEMPTS: '5' } });
    expect(result).toMatchObject({ stdout: '', stderr: serviceErrorLine('503', 'Service Unavailable', 4), exit: 254 });
    expect(server.requests).toHaveLength(5);
  });

  it('max_attempts in the profile', async () => {
    const server = await serve([{ status: 500 }]);
    const result = await run([...ARGS, '--endpoint-url', server.url], { files: { '.aws/config': '[default]\nmax_attempts = 2\n' } });
    expect(result).toMatchObject({ stdout: '', stderr: serviceErrorLine('500', 'Internal Server Error', 1), exit: 254 });
    expect(server.requests).toHaveLength(2);
  });

  it('AWS_MAX_ATTEMPTS beats max_attempts in the profile', async () => {
    const server = await serve([{ status: 500 }]);
    const result = await run([...ARGS, '--endpoint-url', server.url], {
      env: { AWS_MAX_ATTEMPTS: '1' },
      files: { '.aws/config': '[default]\nmax_attempts = 4\n' },
    });
    expect(result).toMatchObject({ stdout: '', stderr: serviceErrorLine('500', 'Internal Server Error', 0), exit: 254 });
    expect(server.requests).toHaveLength(1);
  });

  it('adaptive mode also makes 3 attempts', async () => {
    const server = await serve([{ status: 500 }]);
    const result = await run([...ARGS, '--endpoint-url', server.url], { env: { AWS_RETRY_MODE: 'adaptive' } });
    expect(result).toMatchObject({ stdout: '', stderr: serviceErrorLine('500', 'Internal Server Error', 2), exit: 254 });
    expect(server.requests).toHaveLength(3);
  });

  it('AWS_RETRY_MODE=standard rescues retry_mode = legacy in the profile', async () => {
    const server = await serve([{ body: UPDATE_SECRET_OK }]);
    const result = await run([...ARGS, '--endpoint-url', server.url], {
      env: { AWS_RETRY_MODE: 'standard' },
      files: { '.aws/config': '[default]\nretry_mode = legacy\n' },
    });
    expect(result).toMatchObject({ stdout: UPDATE_SECRET_OK_STDOUT, stderr: '', exit: 0 });
  });
});

describe.concurrent('bad retry settings (255, no request sent)', () => {
  const MODE = (mode: string) => `Invalid value provided to "mode": "${mode}" must be one of: "standard" or "adaptive"`;
  it.each([
    ['AWS_RETRY_MODE=legacy', { AWS_RETRY_MODE: 'legacy' }, {}, MODE('legacy')],
    ['AWS_RETRY_MODE=fast', { AWS_RETRY_MODE: 'fast' }, {}, MODE('fast')],
    ['retry_mode = legacy in the profile', {}, { '.aws/config': '[default]\nretry_mode = legacy\n' }, MODE('legacy')],
    ['AWS_MAX_ATTEMPTS=0', { AWS_MAX_ATTEMPTS: '0' }, {}, 'Value provided to "max_attempts": 0 must be an integer greater than or equal to one.'],
    ['AWS_MAX_ATTEMPTS=-2', { AWS_MAX_ATTEMPTS: '-2' }, {}, 'Value provided to "max_attempts": -2 must be an integer greater than or equal to one.'],
    ['AWS_MAX_ATTEMPTS=abc', { AWS_MAX_ATTEMPTS: 'abc' }, {}, "invalid literal for int() with base 10: 'abc'"],
    ['AWS_MAX_ATTEMPTS=1.5', { AWS_MAX_ATTEMPTS: '1.5' }, {}, "invalid literal for int() with base 10: '1.5'"],
    ['max_attempts = 0 in the profile', {}, { '.aws/config': '[default]\nmax_attempts = 0\n' }, 'Value provided to "max_attempts": 0 must be an integer greater than or equal to one.'],
  ])('%s', async (_name, env, files, message) => {
    const server = await serve([{ body: UPDATE_SECRET_OK }]);
    const result = await run([...ARGS, '--endpoint-url', server.url], { env, files });
    expect(result).toMatchObject({ stdout: '', stderr: errorLine(message), exit: 255 });
    expect(server.connections).toBe(0);
  });
});
