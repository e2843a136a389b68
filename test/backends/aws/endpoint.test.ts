/**
 * Which endpoint a call goes to, and the errors of a bad one. 2.36.7
 * honours configured endpoints (2.9.19 ignored them, awscli-behavior.md §8):
 * --endpoint-url > AWS_ENDPOINT_URL_SECRETS_MANAGER > AWS_ENDPOINT_URL >
 * the `[services x]` section > the profile's endpoint_url, and
 * AWS_IGNORE_CONFIGURED_ENDPOINT_URLS switches off all but the flag. One
 * server answers; the path of each candidate URL tells which one won.
 */
import { describe, expect, it } from 'vitest';
import { errorLine, run, UPDATE_SECRET_OK, UPDATE_SECRET_OK_STDOUT, useCannedServers, type RunOptions } from './helpers.js';

const serve = useCannedServers();
const ARGS = ['--secret-id', 'MyTestSecret', '--secret-string', 's3cr3t'];

function config(url: string, { services = true, profile = true, extra = '' } = {}): Record<string, string> {
  return {
    '.aws/config':
      '[default]\n' +
      (profile ? `endpoint_url = ${url}/profile\n` : '') +
      (services ? 'services = local-services\n' : '') +
      extra +
      '\n[services local-services]\n' +
      'sts =\n' +
      `  endpoint_url = ${url}/sts\n` +
      'secrets_manager =\n' +
      `  endpoint_url = ${url}/services\n`,
  };
}

/** Runs one call and returns the path the server saw. */
async function pathUsed(args: string[], options: (url: string) => RunOptions): Promise<string | undefined> {
  const server = await serve([{ body: UPDATE_SECRET_OK }]);
  const result = await run([...ARGS, ...args.map((a) => a.replace('{URL}', server.url))], options(server.url));
  expect(result).toMatchObject({ stdout: UPDATE_SECRET_OK_STDOUT, stderr: '', exit: 0 });
  expect(server.requests).toHaveLength(1);
  return server.requests[0]!.path;
}

describe.concurrent('endpoint precedence', () => {
  const allEnv = (url: string) => ({ AWS_ENDPOINT_URL_SECRETS_MANAGER: `${url}/env-service`, AWS_ENDPOINT_URL: `${url}/env-global` });

  it('AWS_ENDPOINT_URL_SECRETS_MANAGER beats everything configured', async () => {
    expect(await pathUsed([], (url) => ({ env: allEnv(url), files: config(url) }))).toBe('/env-service');
  });

  it('AWS_ENDPOINT_URL beats the config file', async () => {
    expect(await pathUsed([], (url) => ({ env: { AWS_ENDPOINT_URL: `${url}/env-global` }, files: config(url) }))).toBe('/env-global');
  });

  it("the services section's secrets_manager endpoint_url beats the profile's", async () => {
    expect(await pathUsed([], (url) => ({ files: config(url) }))).toBe('/services');
  });

  it("the profile's endpoint_url last", async () => {
    expect(await pathUsed([], (url) => ({ files: config(url, { services: false }) }))).toBe('/profile');
  });

  it("a services section without secrets_manager falls back to the profile's endpoint_url", async () => {
    const files = (url: string) => ({
      '.aws/config': `[default]\nendpoint_url = ${url}/profile\nservices = other\n\n[services other]\nsts =\n  endpoint_url = ${url}/sts\n`,
    });
    expect(await pathUsed([], (url) => ({ files: files(url) }))).toBe('/profile');
  });

  it('the endpoint of the --profile profile', async () => {
    const files = (url: string) => ({
      '.aws/config': `[default]\nendpoint_url = ${url}/default\n[profile p]\nendpoint_url = ${url}/p\n`,
      '.aws/credentials': '[p]\naws_access_key_id = k\naws_secret_access_key = s\n',
    });
    expect(await pathUsed(['--profile', 'p'], (url) => ({ files: files(url) }))).toBe('/p');
  });

  it("--profile p without an endpoint_url does not use [default]'s: the default AWS endpoint", async () => {
    const server = await serve([{ body: UPDATE_SECRET_OK }]);
    const result = await run([...ARGS, '--profile', 'p', '--region', 'zz-nowhere-1'], {
      env: { AWS_MAX_ATTEMPTS: '1' },
      files: {
        '.aws/config': `[default]\nendpoint_url = ${server.url}/default\n[profile p]\nregion = us-east-1\n`,
        '.aws/credentials': '[p]\naws_access_key_id = k\naws_secret_access_key = s\n',
      },
    });
    expect(result).toMatchObject({
      stdout: '',
      stderr: errorLine('Could not connect to the endpoint URL: "https://secretsmanager.zz-nowhere-1.amazonaws.com/"'),
      exit: 255,
    });
    expect(server.connections).toBe(0);
  });

  it('--endpoint-url beats all of them', async () => {
    expect(await pathUsed(['--endpoint-url', '{URL}/flag'], (url) => ({ env: allEnv(url), files: config(url) }))).toBe('/flag');
  });

  // Python's urlsplit strips leading spaces and C0 controls: aws-cli connects.
  it.each([[' {URL}/flag'], ['\x01{URL}/flag']])('--endpoint-url %j is used without its leading space or control', async (arg) => {
    expect(await pathUsed(['--endpoint-url', arg], () => ({}))).toBe('/flag');
  });

  it('AWS_IGNORE_CONFIGURED_ENDPOINT_URLS=true still lets --endpoint-url through', async () => {
    const env = (url: string) => ({ ...allEnv(url), AWS_IGNORE_CONFIGURED_ENDPOINT_URLS: 'true' });
    expect(await pathUsed(['--endpoint-url', '{URL}/flag'], (url) => ({ env: env(url), files: config(url) }))).toBe('/flag');
  });

  it.each([
    ['AWS_IGNORE_CONFIGURED_ENDPOINT_URLS=true', { AWS_IGNORE_CONFIGURED_ENDPOINT_URLS: 'true' }, ''],
    ['AWS_IGNORE_CONFIGURED_ENDPOINT_URLS=TRUE', { AWS_IGNORE_CONFIGURED_ENDPOINT_URLS: 'TRUE' }, ''],
    ['ignore_configured_endpoint_urls = true in the profile', {}, 'ignore_configured_endpoint_urls = true\n'],
  ])('%s ignores the env and config endpoints: the default AWS endpoint is used', async (_name, ignore, extra) => {
    const server = await serve([{ body: UPDATE_SECRET_OK }]);
    // A region whose default endpoint cannot resolve, so nothing leaves the machine.
    const result = await run([...ARGS, '--region', 'zz-nowhere-1'], {
      env: { ...allEnv(server.url), ...ignore, AWS_MAX_ATTEMPTS: '1' },
      files: config(server.url, { extra }),
    });
    expect(result).toMatchObject({
      stdout: '',
      stderr: errorLine('Could not connect to the endpoint URL: "https://secretsmanager.zz-nowhere-1.amazonaws.com/"'),
      exit: 255,
    });
    expect(server.connections).toBe(0);
  });

  it('AWS_IGNORE_CONFIGURED_ENDPOINT_URLS=false changes nothing', async () => {
    const env = (url: string) => ({ ...allEnv(url), AWS_IGNORE_CONFIGURED_ENDPOINT_URLS: 'false' });
    expect(await pathUsed([], (url) => ({ env: env(url), files: config(url) }))).toBe('/env-service');
  });
});

describe.concurrent('bad --endpoint-url values (no request)', () => {
  const SCHEME = (url: string) =>
    `An error occurred (ParamValidation): Bad value for --endpoint-url "${url}": scheme is missing.  Must be of the form http://<hostname>/ or https://<hostname>/`;
  it.each<[string, string, number]>([
    ['foo', SCHEME('foo'), 252],
    ['127.0.0.1:5232', SCHEME('127.0.0.1:5232'), 252],
    ['', SCHEME(''), 252],
    ['localhost:5232', 'Invalid endpoint: localhost:5232', 255],
    ['http://', 'Invalid endpoint: http://', 255],
    ['ftp://127.0.0.1/', 'An HTTP Client raised an unhandled exception: Not supported URL scheme ftp', 255],
    ['http://127.0.0.1:99999/', 'Port out of range 0-65535', 255],
    ['http://[::1', 'Invalid IPv6 URL', 255],
    // botocore refuses a tab or newline anywhere, though urlsplit would drop it.
    ['\thttp://127.0.0.1:9', 'Invalid endpoint: \thttp://127.0.0.1:9', 255],
    ['http://127.0.0.1:9/a\nb', 'Invalid endpoint: http://127.0.0.1:9/a\nb', 255],
  ])('%j', async (url, message, exit) => {
    const result = await run([...ARGS, '--endpoint-url', url], { env: { AWS_MAX_ATTEMPTS: '1' } });
    expect(result).toMatchObject({ stdout: '', stderr: errorLine(message), exit });
  });
});
