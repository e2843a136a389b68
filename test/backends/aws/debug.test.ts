/**
 * `--debug` on the AWS path (awscli-behavior.md §10; DESIGN.md §5): the
 * flow goes to stderr and stdout is unchanged, but unlike aws-cli no secret
 * value (SecretString, SecretBinary, either through --cli-input-json/yaml
 * or a file) nor its base64, nor the secret key or session token, appears
 * anywhere in the output, also when calls fail and are retried.
 */
import { describe, expect, it } from 'vitest';
import { errorLine, jsonResponse, run, serviceErrorLine, UPDATE_SECRET_OK, UPDATE_SECRET_OK_STDOUT, useCannedServers } from './helpers.js';

const serve = useCannedServers();

const SECRET_STRING = 'TOPSECRET-VALUE-123';
const BINARY_TEXT = 'BINARY-SECRET-ZZZ';
const SECRET_BINARY = Buffer.from(BINARY_TEXT).toString('base64');
const JSON_SECRET = 'JSON-SECRET-456';
const YAML_SECRET = 'YAML-SECRET-789';
const FILE_SECRET = 'FILE-SECRET-000';
const SESSION_TOKEN = 'SESSION-TOKEN-QQQ-987';
const SECRET_KEY = 'SECRET-ACCESS-KEY-WWW-654';

/** Every rendering of a secret that must not leak. */
function forms(secret: string): string[] {
  const b64 = Buffer.from(secret).toString('base64');
  return [secret, b64, b64.replace(/=+$/, ''), JSON.stringify(secret), Buffer.from(secret).toString('hex')];
}
const SECRETS = [SECRET_STRING, BINARY_TEXT, SECRET_BINARY, JSON_SECRET, YAML_SECRET, FILE_SECRET, SESSION_TOKEN, SECRET_KEY];
const ENV = { AWS_SESSION_TOKEN: SESSION_TOKEN, AWS_SECRET_ACCESS_KEY: SECRET_KEY };

function expectNoSecrets(text: string): void {
  for (const secret of SECRETS) for (const form of forms(secret)) expect(text).not.toContain(form);
}

describe.concurrent('--debug', () => {
  it('logs the flow to stderr; stdout is the same as without --debug', async () => {
    const server = await serve([{ body: UPDATE_SECRET_OK }]);
    const args = ['--secret-id', 'MyTestSecret', '--secret-string', SECRET_STRING, '--endpoint-url', server.url];
    const plain = await run(args, { env: ENV });
    const debug = await run([...args, '--debug'], { env: ENV });
    expect(plain).toMatchObject({ stdout: UPDATE_SECRET_OK_STDOUT, stderr: '', exit: 0 });
    expect(debug).toMatchObject({ stdout: UPDATE_SECRET_OK_STDOUT, exit: 0 });
    expect(debug.stderr).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d{3} - MainThread - awscli\.clidriver - DEBUG - /);
    expect(debug.stderr).toContain('Making request for OperationModel(name=UpdateSecret) with params: ');
    expect(debug.stderr).toMatch(/injecting idempotency token \([0-9a-f-]{36}\) into param 'ClientRequestToken'/);
    expect(debug.stderr).toContain(`"POST / HTTP/1.1" 200`);
    // The secret did go to the server, and nowhere else.
    expect(server.requests.every((r) => r.body.includes(SECRET_STRING))).toBe(true);
    expectNoSecrets(debug.stdout + debug.stderr);
  });

  it('hides --secret-string, --secret-binary and --cli-input-json values', async () => {
    const server = await serve([{ body: UPDATE_SECRET_OK }]);
    const result = await run(
      [
        '--debug',
        '--cli-input-json',
        JSON.stringify({ SecretId: 'MyTestSecret', SecretString: JSON_SECRET, Description: 'd' }),
        '--secret-binary',
        SECRET_BINARY,
        '--endpoint-url',
        server.url,
      ],
      { env: ENV },
    );
    expect(result).toMatchObject({ stdout: UPDATE_SECRET_OK_STDOUT, exit: 0 });
    expect(server.requests[0]!.body).toContain(JSON_SECRET);
    expect(server.requests[0]!.body).toContain(SECRET_BINARY);
    expectNoSecrets(result.stdout + result.stderr);
  });

  it('hides the --opt=value form, an option prefix, --cli-input-yaml and file:// contents', async () => {
    const server = await serve([{ body: UPDATE_SECRET_OK }]);
    const runs = await Promise.all([
      run(['--debug', '--secret-id', 's', `--secret-string=${SECRET_STRING}`, '--endpoint-url', server.url], { env: ENV }),
      run(['--debug', '--secret-id', 's', '--secret-str', SECRET_STRING, '--endpoint-url', server.url], { env: ENV }),
      run(['--debug', '--secret-id', 's', `--secret-binary=${SECRET_BINARY}`, '--endpoint-url', server.url], { env: ENV }),
      run(['--debug', '--cli-input-yaml', `SecretId: s\nSecretString: ${YAML_SECRET}\n`, '--endpoint-url', server.url], { env: ENV }),
      run(['--debug', '--secret-id', 's', '--secret-string', 'file://value.txt', '--endpoint-url', server.url], {
        env: ENV,
        files: { 'value.txt': `${FILE_SECRET}\n` },
      }),
      run(['--debug', '--cli-input-json', 'file://input.json', '--endpoint-url', server.url], {
        env: ENV,
        files: { 'input.json': JSON.stringify({ SecretId: 's', SecretString: JSON_SECRET }) },
      }),
      run(['--debug', '--secret-id', 's', '--secret-binary', BINARY_TEXT, '--cli-binary-format', 'raw-in-base64-out', '--endpoint-url', server.url], { env: ENV }),
    ]);
    for (const result of runs) {
      expect(result).toMatchObject({ stdout: UPDATE_SECRET_OK_STDOUT, exit: 0 });
      expect(result.stderr).toContain('Making request for OperationModel(name=UpdateSecret)');
      expectNoSecrets(result.stdout + result.stderr);
    }
    const bodies = server.requests.map((r) => r.body).join('\n');
    for (const secret of [SECRET_STRING, SECRET_BINARY, YAML_SECRET, FILE_SECRET, JSON_SECRET]) expect(bodies).toContain(secret);
  });

  it('retries and a service error leak nothing either', async () => {
    const server = await serve([{ status: 500 }, jsonResponse(400, { __type: 'ValidationException', message: 'bad' })]);
    const result = await run(['--debug', '--secret-id', 's', '--secret-string', SECRET_STRING, '--secret-binary', SECRET_BINARY, '--endpoint-url', server.url], {
      env: ENV,
    });
    expect(result).toMatchObject({ stdout: '', exit: 254 });
    expect(result.stderr.endsWith(serviceErrorLine('ValidationException', 'bad'))).toBe(true);
    expect(result.stderr.match(/Making request for OperationModel/g)).toHaveLength(2);
    expectNoSecrets(result.stdout + result.stderr);
  });

  it('a network error leaks nothing', async () => {
    const server = await serve([{ close: true }]);
    const result = await run(['--debug', '--secret-id', 's', '--secret-string', SECRET_STRING, '--endpoint-url', server.url], {
      env: { ...ENV, AWS_MAX_ATTEMPTS: '1' },
    });
    expect(result).toMatchObject({ stdout: '', exit: 255 });
    expect(result.stderr.endsWith(errorLine(`Connection was closed before we received a valid response from endpoint URL: "${server.url}/".`))).toBe(true);
    expectNoSecrets(result.stdout + result.stderr);
  });

  it('an invalid base64 --secret-binary is not echoed', async () => {
    const result = await run(['--debug', '--secret-id', 's', '--secret-binary', `${SECRET_STRING}!`, '--endpoint-url', 'http://127.0.0.1:9/'], { env: ENV });
    expect(result.exit).toBe(255);
    expect(result.stderr.endsWith(errorLine('Invalid base64: <secret value hidden>'))).toBe(true);
    expectNoSecrets(result.stdout + result.stderr);
  });
});
