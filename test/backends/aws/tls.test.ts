/**
 * HTTPS endpoints (awscli-behavior.md §8 TLS; 2.36.7 prefixes errors, D16):
 * certificate verification with Python's ssl texts, where the CA bundle
 * comes from (--ca-bundle > AWS_CA_BUNDLE > profile ca_bundle), and
 * --no-verify-ssl with its warning per request. The certificates are made
 * with openssl when the file starts.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { errorLine, run, UPDATE_SECRET_OK, UPDATE_SECRET_OK_STDOUT, useCannedServers } from './helpers.js';

const serve = useCannedServers();
const ARGS = ['--secret-id', 'MyTestSecret', '--secret-string', 's3cr3t'];
const ONE_ATTEMPT = { AWS_MAX_ATTEMPTS: '1' };

let dir: string;
let CERT: string;
let OTHER_CERT: string;
let NOT_PEM: string;
let MISSING: string;
let tls: { key: Buffer; cert: Buffer };

function selfSigned(name: string): { key: string; cert: string } {
  const key = join(dir, `${name}-key.pem`);
  const cert = join(dir, `${name}-cert.pem`);
  execFileSync(
    'openssl',
    ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-keyout', key, '-out', cert, '-days', '2', '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1'],
    { stdio: 'ignore' },
  );
  return { key, cert };
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'update-secret-tls-'));
  const server = selfSigned('server');
  CERT = server.cert;
  OTHER_CERT = selfSigned('other').cert;
  tls = { key: readFileSync(server.key), cert: readFileSync(server.cert) };
  NOT_PEM = join(dir, 'not-a-bundle.txt');
  writeFileSync(NOT_PEM, 'this is not a certificate\n');
  MISSING = join(dir, 'missing.pem');
});

const https = () => serve([{ body: UPDATE_SECRET_OK }], { tls });
const ok = { stdout: UPDATE_SECRET_OK_STDOUT, stderr: '', exit: 0 };
const selfSignedError = (url: string) =>
  errorLine(`SSL validation failed for ${url}/ [SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: self-signed certificate (_ssl.c:992)`);
const missingError = (url: string) => errorLine(`SSL validation failed for ${url}/ [Errno 2] No such file or directory`);
const notPemError = (url: string) =>
  errorLine(`SSL validation failed for ${url}/ [X509: NO_CERTIFICATE_OR_CRL_FOUND] no certificate or crl found (_ssl.c:4123)`);

describe.concurrent('certificate verification', () => {
  it('a self-signed certificate fails by default (255, after 3 attempts)', async () => {
    const server = await https();
    const result = await run([...ARGS, '--endpoint-url', server.url]);
    expect(result).toMatchObject({ stdout: '', stderr: selfSignedError(server.url), exit: 255 });
    expect(server.requests).toHaveLength(0);
    expect(server.connections).toBe(3);
  });

  it('NODE_EXTRA_CA_CERTS is not trusted (aws-cli never reads it)', async () => {
    const server = await https();
    const result = await run([...ARGS, '--endpoint-url', server.url], { env: { NODE_EXTRA_CA_CERTS: CERT, ...ONE_ATTEMPT } });
    expect(result).toMatchObject({ stdout: '', stderr: selfSignedError(server.url), exit: 255 });
  });

  it('a bundle holding some other certificate still fails', async () => {
    const server = await https();
    const result = await run([...ARGS, '--endpoint-url', server.url, '--ca-bundle', OTHER_CERT], { env: ONE_ATTEMPT });
    expect(result).toMatchObject({ stdout: '', stderr: selfSignedError(server.url), exit: 255 });
  });

  it('--ca-bundle with that certificate succeeds', async () => {
    const server = await https();
    const result = await run([...ARGS, '--endpoint-url', server.url, '--ca-bundle', CERT]);
    expect(result).toMatchObject(ok);
    expect(server.requests).toHaveLength(1);
  });

  it('AWS_CA_BUNDLE succeeds', async () => {
    const server = await https();
    expect(await run([...ARGS, '--endpoint-url', server.url], { env: { AWS_CA_BUNDLE: CERT } })).toMatchObject(ok);
  });

  it('ca_bundle in the profile succeeds', async () => {
    const server = await https();
    const result = await run([...ARGS, '--endpoint-url', server.url], { files: { '.aws/config': `[default]\nca_bundle = ${CERT}\n` } });
    expect(result).toMatchObject(ok);
  });

  it('ca_bundle in a --profile profile succeeds', async () => {
    const server = await https();
    const result = await run([...ARGS, '--endpoint-url', server.url, '--profile', 'tls'], {
      files: {
        '.aws/config': `[profile tls]\nca_bundle = ${CERT}\n`,
        '.aws/credentials': '[tls]\naws_access_key_id = k\naws_secret_access_key = s\n',
      },
    });
    expect(result).toMatchObject(ok);
  });

  it('--ca-bundle beats AWS_CA_BUNDLE (a good flag wins over a bad variable)', async () => {
    const server = await https();
    expect(await run([...ARGS, '--endpoint-url', server.url, '--ca-bundle', CERT], { env: { AWS_CA_BUNDLE: MISSING } })).toMatchObject(ok);
  });

  it('--ca-bundle beats AWS_CA_BUNDLE (a bad flag wins over a good variable)', async () => {
    const server = await https();
    const result = await run([...ARGS, '--endpoint-url', server.url, '--ca-bundle', MISSING], { env: { AWS_CA_BUNDLE: CERT, ...ONE_ATTEMPT } });
    expect(result).toMatchObject({ stdout: '', stderr: missingError(server.url), exit: 255 });
  });

  it('AWS_CA_BUNDLE beats the profile', async () => {
    const server = await https();
    const files = { '.aws/config': `[default]\nca_bundle = ${NOT_PEM}\n` };
    expect(await run([...ARGS, '--endpoint-url', server.url], { env: { AWS_CA_BUNDLE: CERT }, files })).toMatchObject(ok);
    const bad = await run([...ARGS, '--endpoint-url', server.url], {
      env: { AWS_CA_BUNDLE: NOT_PEM, ...ONE_ATTEMPT },
      files: { '.aws/config': `[default]\nca_bundle = ${CERT}\n` },
    });
    expect(bad).toMatchObject({ stdout: '', stderr: notPemError(server.url), exit: 255 });
  });

  it('--ca-bundle beats the profile', async () => {
    const server = await https();
    const files = { '.aws/config': `[default]\nca_bundle = ${MISSING}\n` };
    expect(await run([...ARGS, '--endpoint-url', server.url, '--ca-bundle', CERT], { files })).toMatchObject(ok);
  });

  it('a missing bundle file', async () => {
    const server = await https();
    const result = await run([...ARGS, '--endpoint-url', server.url, '--ca-bundle', MISSING], { env: ONE_ATTEMPT });
    expect(result).toMatchObject({ stdout: '', stderr: missingError(server.url), exit: 255 });
    expect(server.requests).toHaveLength(0);
  });

  it('a bundle that is not PEM', async () => {
    const server = await https();
    const result = await run([...ARGS, '--endpoint-url', server.url, '--ca-bundle', NOT_PEM], { env: ONE_ATTEMPT });
    expect(result).toMatchObject({ stdout: '', stderr: notPemError(server.url), exit: 255 });
    expect(server.requests).toHaveLength(0);
  });

  it('the URL in the message keeps the endpoint path', async () => {
    const server = await https();
    const result = await run([...ARGS, '--endpoint-url', `${server.url}/base?x=1`], { env: ONE_ATTEMPT });
    expect(result).toMatchObject({
      stdout: '',
      stderr: errorLine(`SSL validation failed for ${server.url}/base?x=1 [SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: self-signed certificate (_ssl.c:992)`),
      exit: 255,
    });
  });

  it('an https endpoint on a plain-http port: WRONG_VERSION_NUMBER', async () => {
    const server = await serve([{ body: UPDATE_SECRET_OK }]);
    const url = server.url.replace('http:', 'https:');
    const result = await run([...ARGS, '--endpoint-url', url], { env: ONE_ATTEMPT });
    expect(result).toMatchObject({
      stdout: '',
      stderr: errorLine(`SSL validation failed for ${url}/ [SSL: WRONG_VERSION_NUMBER] wrong version number (_ssl.c:992)`),
      exit: 255,
    });
    expect(server.requests).toHaveLength(0);
  });
});

describe.concurrent('--no-verify-ssl', () => {
  const WARNING =
    "update-secret: InsecureRequestWarning: Unverified HTTPS request is being made to host '127.0.0.1'. Adding certificate verification is strongly advised.\n";

  it('succeeds and warns on stderr', async () => {
    const server = await https();
    const result = await run([...ARGS, '--endpoint-url', server.url, '--no-verify-ssl']);
    expect(result).toMatchObject({ stdout: UPDATE_SECRET_OK_STDOUT, stderr: WARNING, exit: 0 });
  });

  it('warns once per request', async () => {
    const server = await serve([{ status: 500 }, { status: 503 }, { body: UPDATE_SECRET_OK }], { tls });
    const result = await run([...ARGS, '--endpoint-url', server.url, '--no-verify-ssl']);
    expect(result).toMatchObject({ stdout: UPDATE_SECRET_OK_STDOUT, stderr: WARNING.repeat(3), exit: 0 });
    expect(server.requests).toHaveLength(3);
  });

  it('overrides --ca-bundle and AWS_CA_BUNDLE', async () => {
    const server = await https();
    const result = await run([...ARGS, '--endpoint-url', server.url, '--no-verify-ssl', '--ca-bundle', MISSING], { env: { AWS_CA_BUNDLE: NOT_PEM } });
    expect(result).toMatchObject({ stdout: UPDATE_SECRET_OK_STDOUT, stderr: WARNING, exit: 0 });
  });

  it('the warning comes before the error of a failed call', async () => {
    const server = await serve([{ status: 400, body: '{"__type": "ValidationException", "message": "no"}' }], { tls });
    const result = await run([...ARGS, '--endpoint-url', server.url, '--no-verify-ssl']);
    expect(result).toMatchObject({
      stdout: '',
      stderr: `${WARNING}${errorLine('An error occurred (ValidationException) when calling the UpdateSecret operation: no')}`,
      exit: 254,
    });
  });

  it('has no effect on plain http', async () => {
    const server = await serve([{ body: UPDATE_SECRET_OK }]);
    expect(await run([...ARGS, '--endpoint-url', server.url, '--no-verify-ssl'])).toMatchObject(ok);
  });
});
