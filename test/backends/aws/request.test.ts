/**
 * The request as the server receives it (awscli-behavior.md §9 and §8
 * region, credentials; D20): the JSON 1.1 headers, a SigV4 signature whose
 * scope names the resolved region (checked by recomputing it), the session
 * token, --no-sign-request, and the body exactly as Python's json.dumps
 * writes it, with the idempotency token.
 */
import { describe, expect, it } from 'vitest';
import type { RecordedRequest } from '../../support/canned-server.js';
import { errorLine, expectedSignature, parseAuthorization, run, UPDATE_SECRET_OK, UPDATE_SECRET_OK_STDOUT, UUID_V4, useCannedServers, type RunOptions } from './helpers.js';

const serve = useCannedServers();

/** Runs against a fresh server answering UPDATE_SECRET_OK; returns the one request. */
async function send(args: string[], options: RunOptions = {}): Promise<RecordedRequest> {
  const server = await serve([{ body: UPDATE_SECRET_OK }]);
  const result = await run([...args, '--endpoint-url', server.url], options);
  expect(result).toMatchObject({ stdout: UPDATE_SECRET_OK_STDOUT, stderr: '', exit: 0 });
  expect(server.requests).toHaveLength(1);
  return server.requests[0]!;
}

/** The body with the generated token replaced by <TOKEN> (after checking it is a UUIDv4). */
function bodyWithToken(request: RecordedRequest): string {
  const m = /"ClientRequestToken": "([^"]*)"\}$/.exec(request.body);
  expect(m?.[1]).toMatch(UUID_V4);
  return request.body.replace(m![1]!, '<TOKEN>');
}

describe.concurrent('headers and signature', () => {
  it('POST with the JSON 1.1 headers and a valid SigV4 signature', async () => {
    const request = await send(['--secret-id', 'MyTestSecret', '--secret-string', 's3cr3t']);
    expect(request.method).toBe('POST');
    expect(request.path).toBe('/');
    expect(request.headers['x-amz-target']).toBe('secretsmanager.UpdateSecret');
    expect(request.headers['content-type']).toBe('application/x-amz-json-1.1');
    expect(request.headers.host).toMatch(/^127\.0\.0\.1:\d+$/);
    expect(request.headers['content-length']).toBe(String(Buffer.byteLength(request.body)));
    expect(request.headers['x-amz-date']).toMatch(/^\d{8}T\d{6}Z$/);
    expect(request.headers['x-amz-security-token']).toBeUndefined();
    const auth = parseAuthorization(request.headers.authorization);
    expect(auth).toMatchObject({ accessKeyId: 'testing', date: request.headers['x-amz-date']!.slice(0, 8), region: 'us-east-1', service: 'secretsmanager' });
    expect(auth!.signedHeaders).toEqual(expect.arrayContaining(['content-type', 'host', 'x-amz-date', 'x-amz-target']));
    expect(auth!.signature).toBe(expectedSignature(request, 'testing'));
  });

  it('the endpoint path and query are sent as given, and signed', async () => {
    const server = await serve([{ body: UPDATE_SECRET_OK }]);
    const result = await run(['--secret-id', 's', '--endpoint-url', `${server.url}/p%20q/r?a=b%20c&flag&z=1&a=0`]);
    expect(result).toMatchObject({ stdout: UPDATE_SECRET_OK_STDOUT, stderr: '', exit: 0 });
    const request = server.requests[0]!;
    expect([request.path, request.query]).toEqual(['/p%20q/r', 'a=b%20c&flag&z=1&a=0']);
    expect(parseAuthorization(request.headers.authorization)!.signature).toBe(expectedSignature(request, 'testing'));
  });

  it('AWS_SESSION_TOKEN adds a signed X-Amz-Security-Token', async () => {
    const request = await send(['--secret-id', 's'], { env: { AWS_SESSION_TOKEN: 'FwoGZXIvYXdzEXAMPLE//token+/=' } });
    expect(request.headers['x-amz-security-token']).toBe('FwoGZXIvYXdzEXAMPLE//token+/=');
    const auth = parseAuthorization(request.headers.authorization)!;
    expect(auth.signedHeaders).toContain('x-amz-security-token');
    expect(auth.signature).toBe(expectedSignature(request, 'testing'));
  });

  it('AWS_SECURITY_TOKEN is read before AWS_SESSION_TOKEN', async () => {
    const request = await send(['--secret-id', 's'], { env: { AWS_SECURITY_TOKEN: 'security', AWS_SESSION_TOKEN: 'session' } });
    expect(request.headers['x-amz-security-token']).toBe('security');
  });

  it('an empty AWS_SECURITY_TOKEN does not hide AWS_SESSION_TOKEN', async () => {
    const request = await send(['--secret-id', 's'], { env: { AWS_SECURITY_TOKEN: '', AWS_SESSION_TOKEN: 'session' } });
    expect(request.headers['x-amz-security-token']).toBe('session');
  });

  it('aws_session_token from the credentials file', async () => {
    const request = await send(['--secret-id', 's', '--profile', 'temp'], {
      files: { '.aws/credentials': '[temp]\naws_access_key_id = AKIDTEMP\naws_secret_access_key = tempsecret\naws_session_token = filetoken\n' },
    });
    expect(request.headers['x-amz-security-token']).toBe('filetoken');
    const auth = parseAuthorization(request.headers.authorization)!;
    expect(auth.accessKeyId).toBe('AKIDTEMP');
    expect(auth.signature).toBe(expectedSignature(request, 'tempsecret'));
  });

  it('--no-sign-request: no Authorization, no X-Amz-Date, no token, and no credentials needed', async () => {
    const request = await send(['--secret-id', 's', '--no-sign-request'], {
      env: { AWS_ACCESS_KEY_ID: undefined, AWS_SECRET_ACCESS_KEY: undefined, AWS_EC2_METADATA_DISABLED: 'true' },
    });
    expect(request.headers.authorization).toBeUndefined();
    expect(request.headers['x-amz-date']).toBeUndefined();
    expect(request.headers['x-amz-target']).toBe('secretsmanager.UpdateSecret');
    const withToken = await send(['--secret-id', 's', '--no-sign-request'], { env: { AWS_SESSION_TOKEN: 'tok' } });
    expect(withToken.headers.authorization).toBeUndefined();
    expect(withToken.headers['x-amz-date']).toBeUndefined();
    expect(withToken.headers['x-amz-security-token']).toBeUndefined();
  });

  it('--no-sign-request ignores partial env credentials', async () => {
    const request = await send(['--secret-id', 's', '--no-sign-request'], { env: { AWS_SECRET_ACCESS_KEY: undefined } });
    expect(request.headers.authorization).toBeUndefined();
  });
});

describe.concurrent('the region in the credential scope', () => {
  const FILES = {
    '.aws/config': '[default]\nregion = eu-central-1\n[profile p2]\nregion = ap-northeast-1\n',
    // --profile p2 ignores the environment keys (see credentials.test.ts).
    '.aws/credentials': '[p2]\naws_access_key_id = testing\naws_secret_access_key = testing\n',
  };
  it.each<[string, string[], Record<string, string | undefined>, string]>([
    ['--region beats everything', ['--region', 'eu-west-3'], { AWS_REGION: 'ap-south-1', AWS_DEFAULT_REGION: 'us-west-2' }, 'eu-west-3'],
    ['AWS_REGION beats AWS_DEFAULT_REGION', [], { AWS_REGION: 'ap-south-1', AWS_DEFAULT_REGION: 'us-west-2' }, 'ap-south-1'],
    ['AWS_DEFAULT_REGION beats the profile', [], { AWS_DEFAULT_REGION: 'us-west-2' }, 'us-west-2'],
    ['the profile region last', [], { AWS_DEFAULT_REGION: undefined }, 'eu-central-1'],
    ['the --profile region', ['--profile', 'p2'], { AWS_DEFAULT_REGION: undefined }, 'ap-northeast-1'],
    ['the AWS_PROFILE region', [], { AWS_DEFAULT_REGION: undefined, AWS_PROFILE: 'p2' }, 'ap-northeast-1'],
    ['any well-formed name', ['--region', 'made-up-1'], {}, 'made-up-1'],
  ])('%s', async (_name, args, env, region) => {
    const request = await send(['--secret-id', 's', ...args], { env, files: FILES });
    expect(parseAuthorization(request.headers.authorization)?.region).toBe(region);
    expect(expectedSignature(request, 'testing')).toBe(parseAuthorization(request.headers.authorization)?.signature);
  });

  it("--region '' is accepted with an endpoint and signs an empty scope", async () => {
    const request = await send(['--secret-id', 's', '--region', '']);
    expect(request.headers.authorization).toMatch(/^AWS4-HMAC-SHA256 Credential=testing\/\d{8}\/\/secretsmanager\/aws4_request, /);
    expect(parseAuthorization(request.headers.authorization)!.signature).toBe(expectedSignature(request, 'testing'));
  });

  it('the instance-metadata region as the last resort (IMDSv2 token, then the zone minus its letter)', async () => {
    const server = await serve([{ body: 'IMDS-TOKEN' }, { body: 'eu-west-2b' }, { body: UPDATE_SECRET_OK }]);
    const result = await run(['--secret-id', 's', '--endpoint-url', server.url], {
      env: { AWS_DEFAULT_REGION: undefined, AWS_EC2_METADATA_SERVICE_ENDPOINT: `${server.url}/` },
    });
    expect(result).toMatchObject({ stdout: UPDATE_SECRET_OK_STDOUT, stderr: '', exit: 0 });
    expect(server.requests.map((r) => [r.method, r.path])).toEqual([
      ['PUT', '/latest/api/token'],
      ['GET', '/latest/meta-data/placement/availability-zone/'],
      ['POST', '/'],
    ]);
    expect(server.requests[1]!.headers['x-aws-ec2-metadata-token']).toBe('IMDS-TOKEN');
    expect(parseAuthorization(server.requests[2]!.headers.authorization)?.region).toBe('eu-west-2');
  });

  it("a malformed region: 255, no request", async () => {
    const server = await serve([{ body: UPDATE_SECRET_OK }]);
    const result = await run(['--secret-id', 's', '--region', 'bad region!', '--endpoint-url', server.url]);
    expect(result).toMatchObject({ stdout: '', stderr: errorLine("Provided region_name 'bad region!' doesn't match a supported format."), exit: 255 });
    expect(server.connections).toBe(0);
  });

  it('no region anywhere: NoRegion (253), no request', async () => {
    const server = await serve([{ body: UPDATE_SECRET_OK }]);
    const result = await run(['--secret-id', 's', '--endpoint-url', server.url], { env: { AWS_DEFAULT_REGION: undefined, AWS_EC2_METADATA_DISABLED: 'true' } });
    expect(result).toMatchObject({
      stdout: '',
      stderr: errorLine('An error occurred (NoRegion): You must specify a region. You can also configure your region by running "aws configure".'),
      exit: 253,
    });
    expect(server.connections).toBe(0);
  });
});

describe.concurrent('the body', () => {
  it('json.dumps separators and ensure_ascii escapes', async () => {
    const request = await send(['--secret-id', 'MyTestSecret', '--secret-string', 'a"b\\\\c\nd\te/f<g>&h é 🔑\u0001\u007f\u2028']);
    expect(bodyWithToken(request)).toBe(
      '{"SecretId": "MyTestSecret", "SecretString": "a\\"b\\\\\\\\c\\nd\\te/f<g>&h \\u00e9 \\ud83d\\udd11\\u0001\\u007f\\u2028", "ClientRequestToken": "<TOKEN>"}',
    );
    expect(request.headers['content-length']).toBe(String(Buffer.byteLength(request.body)));
  });

  it('command-line parameters in model order, whatever order they were typed in', async () => {
    const request = await send(['--secret-string', 's3cr3t', '--type', 't', '--kms-key-id', 'alias/k', '--description', 'd', '--secret-id', 'MyTestSecret']);
    expect(bodyWithToken(request)).toBe(
      '{"SecretId": "MyTestSecret", "Description": "d", "KmsKeyId": "alias/k", "SecretString": "s3cr3t", "Type": "t", "ClientRequestToken": "<TOKEN>"}',
    );
  });

  it('--cli-input-json keys come after the command line, in file order; the generated token last', async () => {
    const request = await send([
      '--cli-input-json',
      '{"SecretId":"from-json","SecretString":"json-secret","Description":"json-desc"}',
      '--secret-string',
      'cli-secret',
    ]);
    expect(bodyWithToken(request)).toBe('{"SecretString": "cli-secret", "SecretId": "from-json", "Description": "json-desc", "ClientRequestToken": "<TOKEN>"}');
  });

  it('--cli-input-json keys alone keep the file order', async () => {
    const request = await send(['--cli-input-json', '{"KmsKeyId": "k", "Description": "d", "SecretId": "s"}']);
    expect(bodyWithToken(request)).toBe('{"KmsKeyId": "k", "Description": "d", "SecretId": "s", "ClientRequestToken": "<TOKEN>"}');
  });

  it('an explicit token sits in model position', async () => {
    const request = await send(['--secret-string', 'x', '--client-request-token', '0123456789abcdef0123456789abcdef', '--secret-id', 's']);
    expect(request.body).toBe('{"SecretId": "s", "ClientRequestToken": "0123456789abcdef0123456789abcdef", "SecretString": "x"}');
  });

  it('a token from --cli-input-json keeps its file position', async () => {
    const request = await send(['--cli-input-json', '{"ClientRequestToken": "0123456789abcdef0123456789abcdef", "SecretId": "s"}']);
    expect(request.body).toBe('{"ClientRequestToken": "0123456789abcdef0123456789abcdef", "SecretId": "s"}');
  });

  it.each([
    ['only --secret-id', ['--secret-id', 's'], '{"SecretId": "s", "ClientRequestToken": "<TOKEN>"}'],
    ['only --description', ['--secret-id', 's', '--description', 'd'], '{"SecretId": "s", "Description": "d", "ClientRequestToken": "<TOKEN>"}'],
    ['only --kms-key-id', ['--secret-id', 's', '--kms-key-id', 'k'], '{"SecretId": "s", "KmsKeyId": "k", "ClientRequestToken": "<TOKEN>"}'],
    ['--secret-binary', ['--secret-id', 's', '--secret-binary', 'Zm9vYmFy'], '{"SecretId": "s", "SecretBinary": "Zm9vYmFy", "ClientRequestToken": "<TOKEN>"}'],
  ])('a lowercase UUIDv4 token is generated with %s', async (_name, args, body) => {
    const request = await send(args);
    expect(bodyWithToken(request)).toBe(body);
  });

  it('each invocation generates a new token', async () => {
    const [a, b] = await Promise.all([send(['--secret-id', 's']), send(['--secret-id', 's'])]);
    const token = (request: RecordedRequest): string => (JSON.parse(request.body) as { ClientRequestToken: string }).ClientRequestToken;
    expect(token(a)).not.toBe(token(b));
  });
});
