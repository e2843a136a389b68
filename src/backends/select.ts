/**
 * The endpoint decides the backend (DESIGN.md §2): a `file:` URL is the
 * local store in that directory, any other endpoint (or none) is AWS
 * through the SDK. Companion `local` operations always use a store: the
 * configured `file:` one, else the default store.
 */
import { join, resolve } from 'node:path';
import type { Backend } from './backend.js';
import type { Context } from '../commands/context.js';
import type { OperationCommand } from '../commands/pipeline.js';
import { ConfigurationError, GeneralError } from '../errors.js';
import { checkEndpointUrl, resolveTimeout, urlScheme } from '../cli/globals.js';
import { expandUser } from '../config/paths.js';
import { redact } from '../params/redact.js';
import { wireParams } from '../params/wire.js';
import type { PyDict } from '../value/model.js';
import { LocalBackend } from './local.js';

const REGION_NAME = /^(?![0-9]+$)(?!-)[a-zA-Z0-9-]{0,63}(?<!-)$/;

function checkRegion(region: string): void {
  if (!REGION_NAME.test(region)) throw new GeneralError(`Provided region_name '${region}' doesn't match a supported format.`);
}

/** The directory a `file:` endpoint names; relative paths resolve against the cwd. */
export function storeDirectory(url: string, context: Context): string {
  let path = url.replace(/^file:/i, '');
  if (path.startsWith('//')) path = path.slice(2);
  path = expandUser(decodeURIComponent(path), context.io.env);
  return resolve(context.io.cwd, path);
}

export function defaultStoreDirectory(context: Context): string {
  const { env } = context.io;
  const dataHome = env.XDG_DATA_HOME || join(expandUser('~', env), '.local', 'share');
  return join(dataHome, 'update-secret');
}

export async function selectBackend(context: Context, command: OperationCommand): Promise<Backend> {
  const { settings, debug, globals } = context;
  const resolver = command.resolver;
  const input = resolver.shape(resolver.operation(command.operation).input);
  const wire = (params: PyDict) => wireParams(resolver, params, input);
  const endpoint = settings.endpoint();
  if (endpoint && endpoint.source !== 'command line') checkEndpointUrl(endpoint.url);
  const isFile = endpoint !== undefined && urlScheme(endpoint.url) === 'file';

  if (isFile || command.localOnly) {
    const region = settings.region() || 'us-east-1';
    checkRegion(region);
    const dir = isFile ? storeDirectory(endpoint.url, context) : defaultStoreDirectory(context);
    return new LocalBackend(dir, region, wire, debug);
  }

  let region = settings.region();
  if (region === undefined) {
    const { regionFromInstanceMetadata } = await import('./aws/imds-region.js');
    region = await regionFromInstanceMetadata(context.io.env, debug);
  }
  if (region === undefined) {
    throw new ConfigurationError(
      'You must specify a region. You can also configure your region by running "aws configure".',
      'NoRegion',
    );
  }
  checkRegion(region);
  const maxAttempts = settings.maxAttempts();
  settings.retryMode();
  const { parseEndpoint } = await import('./aws/endpoint.js');
  const parsedEndpoint = endpoint ? { url: endpoint.url, ...parseEndpoint(endpoint.url) } : undefined;
  if (!parsedEndpoint && region === '') throw new GeneralError('Invalid endpoint: https://secretsmanager..amazonaws.com');
  const { createAwsBackend } = await import('./aws/index.js');
  const { credentialChain } = await import('./aws/credentials.js');
  return createAwsBackend({
    region,
    env: context.io.env,
    endpoint: parsedEndpoint,
    signRequest: globals.signRequest,
    credentials: credentialChain(context.io.env, context.config.profileName, globals.profile !== undefined, debug),
    verify: globals.verifySsl,
    caBundle: settings.caBundle(),
    connectTimeout: resolveTimeout(globals.connectTimeout),
    readTimeout: resolveTimeout(globals.readTimeout),
    maxAttempts,
    useFips: settings.useFips(),
    useDualstack: settings.useDualstack(),
    wireParams: wire,
    redactedParams: (params) => redact(resolver, params, input),
    debug,
    warn: (text) => context.io.stderr.write(text),
  });
}
