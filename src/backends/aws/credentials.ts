/**
 * The credential chain in aws-cli's order, built from the SDK's providers:
 * environment keys, then the profile (static keys, assume-role, web
 * identity, SSO, credential_process), then a web-identity token file, then
 * the container endpoint or instance metadata. aws-cli's quirks are kept:
 * `--profile` skips the environment keys but AWS_PROFILE does not, and an
 * access key id without a secret is an error rather than "not found".
 */
import { ConfigurationError, GeneralError } from '../../errors.js';
import type { Env } from '../../config/paths.js';
import type { DebugLog } from '../../debug.js';

export interface Credentials {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken?: string;
  expiration?: Date;
}

type Provider = () => Promise<Credentials>;

const NO_CREDENTIALS =
  'Unable to locate credentials. You can configure credentials by running "aws login".';

function fromEnvironment(env: Env): Credentials | undefined {
  const accessKeyId = env.AWS_ACCESS_KEY_ID ?? '';
  if (!accessKeyId) return undefined;
  const secretAccessKey = env.AWS_SECRET_ACCESS_KEY ?? '';
  if (!secretAccessKey) throw new GeneralError('Partial credentials found in env, missing: AWS_SECRET_ACCESS_KEY');
  // botocore takes the first of these that is set and not empty.
  const sessionToken = env.AWS_SECURITY_TOKEN || env.AWS_SESSION_TOKEN;
  return { accessKeyId, secretAccessKey, ...(sessionToken ? { sessionToken } : {}) };
}

/** Whether an SDK provider error means "try the next source". */
function isNotFound(error: unknown): boolean {
  const e = error as { name?: string; tryNextLink?: boolean };
  return e?.name === 'CredentialsProviderError' && e.tryNextLink !== false;
}

export function credentialChain(env: Env, profile: string | undefined, explicitProfile: boolean, debug: DebugLog): Provider {
  let cached: Promise<Credentials> | undefined;
  const sources: [string, () => Promise<Credentials | undefined>][] = [
    ['env', async () => (explicitProfile ? undefined : fromEnvironment(env))],
    [
      'shared-config',
      async () => {
        const { fromIni } = await import('./sdk-credentials.js');
        return fromIni({ profile: profile ?? 'default' })();
      },
    ],
    [
      'assume-role-with-web-identity',
      async () => {
        if (!env.AWS_WEB_IDENTITY_TOKEN_FILE) return undefined;
        const { fromTokenFile } = await import('./sdk-credentials.js');
        return fromTokenFile()();
      },
    ],
    [
      'container-role',
      async () => {
        if (!env.AWS_CONTAINER_CREDENTIALS_RELATIVE_URI && !env.AWS_CONTAINER_CREDENTIALS_FULL_URI) return undefined;
        const { fromHttp } = await import('./sdk-credentials.js');
        return fromHttp({})();
      },
    ],
    [
      'iam-role',
      async () => {
        if (env.AWS_EC2_METADATA_DISABLED?.toLowerCase() === 'true') return undefined;
        if (env.AWS_CONTAINER_CREDENTIALS_RELATIVE_URI || env.AWS_CONTAINER_CREDENTIALS_FULL_URI) return undefined;
        const { fromInstanceMetadata } = await import('./sdk-credentials.js');
        try {
          return await fromInstanceMetadata({ timeout: 1000, maxRetries: 0 })();
        } catch {
          return undefined; // botocore treats any metadata-service failure as "no credentials here"
        }
      },
    ],
  ];

  const resolve = async (): Promise<Credentials> => {
    for (const [name, source] of sources) {
      debug.log('botocore.credentials', `Looking for credentials via: ${name}`);
      try {
        const credentials = await source();
        if (credentials) {
          debug.log('botocore.credentials', `Found credentials via: ${name}`, 'INFO');
          return credentials;
        }
      } catch (error) {
        if (error instanceof GeneralError || !isNotFound(error)) {
          throw error instanceof GeneralError ? error : new GeneralError((error as Error).message);
        }
      }
    }
    throw new ConfigurationError(NO_CREDENTIALS, 'NoCredentials');
  };

  return () => (cached ??= resolve());
}
