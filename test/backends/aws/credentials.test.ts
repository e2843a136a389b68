/**
 * Where the signing keys come from, with aws-cli's quirks
 * (awscli-behavior.md §8 "Credentials and profiles"; D13): env keys beat
 * the default profile, `--profile` skips the env keys but AWS_PROFILE does
 * not, partial env keys are an error, an unknown profile is 255 and no
 * credentials at all is 253. The access key id that signed is read back
 * from the Authorization header, and the signature is recomputed with the
 * secret that should have been used.
 */
import { describe, expect, it } from 'vitest';
import { errorLine, expectedSignature, parseAuthorization, run, UPDATE_SECRET_OK, UPDATE_SECRET_OK_STDOUT, useCannedServers, type RunOptions } from './helpers.js';

const serve = useCannedServers();

const FILES = {
  '.aws/credentials':
    '[default]\naws_access_key_id = DEFAULTKEY\naws_secret_access_key = defaultsecret\n' +
    '[p2]\naws_access_key_id = P2KEY\naws_secret_access_key = p2secret\n',
  '.aws/config': '[default]\nregion = us-east-1\n[profile p2]\nregion = eu-west-1\n[profile other]\nregion = us-west-2\n',
};
const ENV_KEYS = { AWS_ACCESS_KEY_ID: 'ENVKEY', AWS_SECRET_ACCESS_KEY: 'envsecret', AWS_EC2_METADATA_DISABLED: 'true' };
const NO_CREDENTIALS = errorLine(
  'An error occurred (NoCredentials): Unable to locate credentials. You can configure credentials by running "aws login".',
);

/** Runs one call; returns the result and the key id and secret that signed it. */
async function signer(args: string[], options: RunOptions) {
  const server = await serve([{ body: UPDATE_SECRET_OK }]);
  const result = await run(['--secret-id', 's', ...args, '--endpoint-url', server.url], options);
  const request = server.requests[0];
  const auth = parseAuthorization(request?.headers.authorization);
  return { result, requests: server.requests.length, connections: server.connections, keyId: auth?.accessKeyId, region: auth?.region, request };
}

describe.concurrent('which credentials sign', () => {
  it('env keys beat the [default] section of the credentials file', async () => {
    const { result, keyId, request } = await signer([], { env: ENV_KEYS, files: FILES });
    expect(result).toMatchObject({ stdout: UPDATE_SECRET_OK_STDOUT, stderr: '', exit: 0 });
    expect(keyId).toBe('ENVKEY');
    expect(parseAuthorization(request!.headers.authorization)!.signature).toBe(expectedSignature(request!, 'envsecret'));
  });

  it('[default] when there are no env keys', async () => {
    const { result, keyId, request } = await signer([], { env: { AWS_ACCESS_KEY_ID: undefined, AWS_SECRET_ACCESS_KEY: undefined }, files: FILES });
    expect(result).toMatchObject({ stdout: UPDATE_SECRET_OK_STDOUT, stderr: '', exit: 0 });
    expect(keyId).toBe('DEFAULTKEY');
    expect(parseAuthorization(request!.headers.authorization)!.signature).toBe(expectedSignature(request!, 'defaultsecret'));
  });

  it('--profile p2 ignores the env keys', async () => {
    const { result, keyId, region, request } = await signer(['--profile', 'p2'], { env: ENV_KEYS, files: FILES });
    expect(result).toMatchObject({ stdout: UPDATE_SECRET_OK_STDOUT, stderr: '', exit: 0 });
    expect([keyId, region]).toEqual(['P2KEY', 'us-east-1']); // AWS_DEFAULT_REGION still beats the profile's region
    expect(parseAuthorization(request!.headers.authorization)!.signature).toBe(expectedSignature(request!, 'p2secret'));
  });

  it('AWS_PROFILE=p2 does not: the env keys still win', async () => {
    const { result, keyId } = await signer([], { env: { ...ENV_KEYS, AWS_PROFILE: 'p2' }, files: FILES });
    expect(result).toMatchObject({ stdout: UPDATE_SECRET_OK_STDOUT, stderr: '', exit: 0 });
    expect(keyId).toBe('ENVKEY');
  });

  it('AWS_PROFILE=p2 without env keys uses p2', async () => {
    const { result, keyId } = await signer([], { env: { AWS_ACCESS_KEY_ID: undefined, AWS_SECRET_ACCESS_KEY: undefined, AWS_PROFILE: 'p2' }, files: FILES });
    expect(result).toMatchObject({ stdout: UPDATE_SECRET_OK_STDOUT, stderr: '', exit: 0 });
    expect(keyId).toBe('P2KEY');
  });

  it('--profile beats AWS_PROFILE', async () => {
    const { result, keyId } = await signer(['--profile', 'p2'], { env: { ...ENV_KEYS, AWS_PROFILE: 'nope' }, files: FILES });
    expect(result).toMatchObject({ stdout: UPDATE_SECRET_OK_STDOUT, stderr: '', exit: 0 });
    expect(keyId).toBe('P2KEY');
  });

  it('keys in the config file', async () => {
    const { result, keyId } = await signer(['--profile', 'cfg'], {
      files: { '.aws/config': '[profile cfg]\naws_access_key_id = CFGKEY\naws_secret_access_key = cfgsecret\n' },
    });
    expect(result).toMatchObject({ stdout: UPDATE_SECRET_OK_STDOUT, stderr: '', exit: 0 });
    expect(keyId).toBe('CFGKEY');
  });

  it('AWS_SHARED_CREDENTIALS_FILE and AWS_CONFIG_FILE', async () => {
    const { result, keyId, region } = await signer([], {
      env: { AWS_ACCESS_KEY_ID: undefined, AWS_SECRET_ACCESS_KEY: undefined, AWS_DEFAULT_REGION: undefined, AWS_SHARED_CREDENTIALS_FILE: 'elsewhere/creds', AWS_CONFIG_FILE: 'elsewhere/conf' },
      files: { ...FILES, 'elsewhere/creds': '[default]\naws_access_key_id = MOVEDKEY\naws_secret_access_key = s\n', 'elsewhere/conf': '[default]\nregion = sa-east-1\n' },
    });
    expect(result).toMatchObject({ stdout: UPDATE_SECRET_OK_STDOUT, stderr: '', exit: 0 });
    expect([keyId, region]).toEqual(['MOVEDKEY', 'sa-east-1']);
  });

  it('credential_process', async () => {
    const { result, keyId, request } = await signer(['--profile', 'proc'], {
      env: ENV_KEYS,
      files: { '.aws/config': `[profile proc]\ncredential_process = printf '{"Version": 1, "AccessKeyId": "PROCKEY", "SecretAccessKey": "procsecret"}'\n` },
    });
    expect(result).toMatchObject({ stdout: UPDATE_SECRET_OK_STDOUT, stderr: '', exit: 0 });
    expect(keyId).toBe('PROCKEY');
    expect(parseAuthorization(request!.headers.authorization)!.signature).toBe(expectedSignature(request!, 'procsecret'));
  });
});

describe.concurrent('credential errors (no request sent)', () => {
  it('--profile other, which has no keys: NoCredentials (253) even with env keys set', async () => {
    const { result, connections } = await signer(['--profile', 'other'], { env: ENV_KEYS, files: FILES });
    expect(result).toMatchObject({ stdout: '', stderr: NO_CREDENTIALS, exit: 253 });
    expect(connections).toBe(0);
  });

  it('AWS_ACCESS_KEY_ID alone: partial credentials (255)', async () => {
    const { result, connections } = await signer([], { env: { AWS_ACCESS_KEY_ID: 'ENVKEY', AWS_SECRET_ACCESS_KEY: undefined }, files: FILES });
    expect(result).toMatchObject({ stdout: '', stderr: errorLine('Partial credentials found in env, missing: AWS_SECRET_ACCESS_KEY'), exit: 255 });
    expect(connections).toBe(0);
  });

  it('AWS_SECRET_ACCESS_KEY alone is no env credentials at all', async () => {
    const { result, keyId } = await signer([], { env: { AWS_ACCESS_KEY_ID: undefined, AWS_SECRET_ACCESS_KEY: 'envsecret' }, files: FILES });
    expect(result).toMatchObject({ stdout: UPDATE_SECRET_OK_STDOUT, stderr: '', exit: 0 });
    expect(keyId).toBe('DEFAULTKEY');
  });

  it.each([
    ['--profile nope', ['--profile', 'nope'], {}],
    ['AWS_PROFILE=nope', [], { AWS_PROFILE: 'nope' }],
  ])('an unknown profile (%s): 255', async (_name, args, env) => {
    const { result, connections } = await signer(args, { env: { ...ENV_KEYS, ...env }, files: FILES });
    expect(result).toMatchObject({ stdout: '', stderr: errorLine('The config profile (nope) could not be found'), exit: 255 });
    expect(connections).toBe(0);
  });

  it('no credentials anywhere: NoCredentials (253)', async () => {
    const { result, connections } = await signer([], {
      env: { AWS_ACCESS_KEY_ID: undefined, AWS_SECRET_ACCESS_KEY: undefined, AWS_EC2_METADATA_DISABLED: 'true' },
    });
    expect(result).toMatchObject({ stdout: '', stderr: NO_CREDENTIALS, exit: 253 });
    expect(connections).toBe(0);
  });
});
