/**
 * Network failures and timeouts (awscli-behavior.md §4.5; 2.36.7 prefixes
 * the message, D16): botocore's texts quoting the full request URL, exit
 * code 255 after the retries, and the timeout options' own errors, which
 * come before any request. Also: the endpoint's path and query are kept.
 */
import { describe, expect, it } from 'vitest';
import { freePort } from '../../support/moto.js';
import { errorLine, run, serviceErrorLine, UPDATE_SECRET_OK, UPDATE_SECRET_OK_STDOUT, useCannedServers } from './helpers.js';

const serve = useCannedServers();
const ARGS = ['--secret-id', 'MyTestSecret', '--secret-string', 's3cr3t'];
const ONE_ATTEMPT = { env: { AWS_MAX_ATTEMPTS: '1' } };

describe.concurrent('network errors (255)', () => {
  it('connection refused: "Could not connect" after 3 attempts', async () => {
    const port = await freePort();
    const result = await run([...ARGS, '--endpoint-url', `http://127.0.0.1:${port}`]);
    expect(result).toMatchObject({ stdout: '', stderr: errorLine(`Could not connect to the endpoint URL: "http://127.0.0.1:${port}/"`), exit: 255 });
    const debug = await run([...ARGS, '--endpoint-url', `http://127.0.0.1:${port}`, '--debug']);
    expect(debug.exit).toBe(255);
    expect(debug.stderr.match(/Making request for OperationModel/g)).toHaveLength(3);
    expect(debug.stderr.endsWith(errorLine(`Could not connect to the endpoint URL: "http://127.0.0.1:${port}/"`))).toBe(true);
  });

  it('connection refused: the URL keeps the endpoint path and query', async () => {
    const port = await freePort();
    const result = await run([...ARGS, '--endpoint-url', `http://127.0.0.1:${port}/base/path?x=1`], ONE_ATTEMPT);
    expect(result).toMatchObject({ stdout: '', stderr: errorLine(`Could not connect to the endpoint URL: "http://127.0.0.1:${port}/base/path?x=1"`), exit: 255 });
  });

  it('an unresolvable host: "Could not connect"', async () => {
    const result = await run([...ARGS, '--endpoint-url', 'http://no-such-host.invalid'], ONE_ATTEMPT);
    expect(result).toMatchObject({ stdout: '', stderr: errorLine('Could not connect to the endpoint URL: "http://no-such-host.invalid/"'), exit: 255 });
  });

  it('the socket closed without an answer: "Connection was closed..." after 3 attempts', async () => {
    const server = await serve([{ close: true }]);
    const result = await run([...ARGS, '--endpoint-url', server.url]);
    expect(result).toMatchObject({
      stdout: '',
      stderr: errorLine(`Connection was closed before we received a valid response from endpoint URL: "${server.url}/".`),
      exit: 255,
    });
    expect(server.requests).toHaveLength(3);
  });

  it('a closed socket, then a success: one result', async () => {
    const server = await serve([{ close: true }, { body: UPDATE_SECRET_OK }]);
    const result = await run([...ARGS, '--endpoint-url', server.url]);
    expect(result).toMatchObject({ stdout: UPDATE_SECRET_OK_STDOUT, stderr: '', exit: 0 });
    expect(server.requests).toHaveLength(2);
    expect(server.requests[1]!.body).toBe(server.requests[0]!.body);
  });

  it('--cli-read-timeout 1 against a slow server: "Read timeout" after 3 attempts', async () => {
    const server = await serve([{ delay: 4000, body: UPDATE_SECRET_OK }]);
    const result = await run([...ARGS, '--endpoint-url', server.url, '--cli-read-timeout', '1']);
    expect(result).toMatchObject({ stdout: '', stderr: errorLine(`Read timeout on endpoint URL: "${server.url}/"`), exit: 255 });
    expect(server.requests).toHaveLength(3);
    expect(result.ms).toBeGreaterThanOrEqual(3000);
  });

  it('a read timeout quotes the endpoint path and query', async () => {
    const server = await serve([{ delay: 3000, body: UPDATE_SECRET_OK }]);
    const result = await run([...ARGS, '--endpoint-url', `${server.url}/some/path?q=1`, '--cli-read-timeout=1'], ONE_ATTEMPT);
    expect(result).toMatchObject({ stdout: '', stderr: errorLine(`Read timeout on endpoint URL: "${server.url}/some/path?q=1"`), exit: 255 });
  });
});

describe.concurrent('timeout options', () => {
  it.each([
    ['--cli-read-timeout', 'abc', "invalid literal for int() with base 10: 'abc'"],
    ['--cli-read-timeout', '1.5', "invalid literal for int() with base 10: '1.5'"],
    ['--cli-connect-timeout', 'abc', "invalid literal for int() with base 10: 'abc'"],
    ['--cli-connect-timeout', '1.5', "invalid literal for int() with base 10: '1.5'"],
    ['--cli-read-timeout', '-1', 'Attempted to set read timeout to -1, but the timeout cannot be set to a value less than or equal to 0.'],
    ['--cli-connect-timeout', '-1', 'Attempted to set connect timeout to -1, but the timeout cannot be set to a value less than or equal to 0.'],
  ])('%s %s: 255, no request', async (option, value, message) => {
    const server = await serve([{ body: UPDATE_SECRET_OK }]);
    const result = await run([...ARGS, '--endpoint-url', server.url, option, value]);
    expect(result).toMatchObject({ stdout: '', stderr: errorLine(message), exit: 255 });
    expect(server.connections).toBe(0);
  });

  it('0 means no timeout', async () => {
    const server = await serve([{ delay: 1500, body: UPDATE_SECRET_OK }]);
    const result = await run([...ARGS, '--endpoint-url', server.url, '--cli-read-timeout', '0', '--cli-connect-timeout', '0']);
    expect(result).toMatchObject({ stdout: UPDATE_SECRET_OK_STDOUT, stderr: '', exit: 0 });
    expect(server.requests).toHaveLength(1);
  });

  it('a slow answer within the read timeout succeeds', async () => {
    const server = await serve([{ delay: 1000, body: UPDATE_SECRET_OK }]);
    const result = await run([...ARGS, '--endpoint-url', server.url, '--cli-read-timeout', '3']);
    expect(result).toMatchObject({ stdout: UPDATE_SECRET_OK_STDOUT, stderr: '', exit: 0 });
  });
});

describe.concurrent('the endpoint path and query', () => {
  it.each([
    ['', '/', ''],
    ['/', '/', ''],
    ['/some/path?q=1', '/some/path', 'q=1'],
    ['?q=1', '/', 'q=1'],
    ['/base/', '/base/', ''],
  ])('endpoint + %j sends POST %s ? %s', async (suffix, path, query) => {
    const server = await serve([{ body: UPDATE_SECRET_OK }]);
    const result = await run([...ARGS, '--endpoint-url', `${server.url}${suffix}`]);
    expect(result).toMatchObject({ stdout: UPDATE_SECRET_OK_STDOUT, stderr: '', exit: 0 });
    expect(server.requests.map((r) => [r.method, r.path, r.query])).toEqual([['POST', path, query]]);
  });

  it('a closed connection quotes the full URL', async () => {
    const server = await serve([{ close: true }]);
    const result = await run([...ARGS, '--endpoint-url', `${server.url}/some/path?q=1`], ONE_ATTEMPT);
    expect(result).toMatchObject({
      stdout: '',
      stderr: errorLine(`Connection was closed before we received a valid response from endpoint URL: "${server.url}/some/path?q=1".`),
      exit: 255,
    });
    expect(server.requests.map((r) => [r.method, r.path, r.query])).toEqual([['POST', '/some/path', 'q=1']]);
  });

  it('the scheme is case-insensitive', async () => {
    const server = await serve([{ status: 500 }]);
    const result = await run([...ARGS, '--endpoint-url', server.url.replace('http:', 'HTTP:')], ONE_ATTEMPT);
    expect(result).toMatchObject({ stdout: '', stderr: serviceErrorLine('500', 'Internal Server Error', 0), exit: 254 });
    expect(server.requests).toHaveLength(1);
  });
});
