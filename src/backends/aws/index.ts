/**
 * The backend that calls AWS, or any http(s) Secrets Manager endpoint,
 * through @aws-sdk/client-secrets-manager. The SDK resolves endpoints,
 * signs and sends; around it we keep aws-cli's behaviour: the request body
 * is the one aws-cli sends (Python json.dumps of the parameters, in their
 * order), retries follow aws-cli's standard mode, and responses are read
 * with botocore's rules (response.ts).
 */
import type { Backend } from '../backend.js';
import { ServiceError } from '../../errors.js';
import type { DebugLog } from '../../debug.js';
import type { Env } from '../../config/paths.js';
import { dumpJson } from '../../value/json.js';
import type { PyDict, PyValue } from '../../value/model.js';
import type { EndpointParts } from './endpoint.js';
import { interpretResponse } from './response.js';
import { backoffSeconds, isRetryable } from './retry.js';
import { Transport, TransportError, type CarrierResponse, type RawResponse } from './transport.js';
import type { Credentials } from './credentials.js';
import { VERSION } from '../../version.js';

export interface AwsBackendOptions {
  region: string;
  /** The environment the proxy variables come from. */
  env: Env;
  endpoint: (EndpointParts & { url: string }) | undefined;
  signRequest: boolean;
  credentials: () => Promise<Credentials>;
  verify: boolean;
  caBundle: string | undefined;
  connectTimeout: number | undefined;
  readTimeout: number | undefined;
  maxAttempts: number;
  useFips: boolean;
  useDualstack: boolean;
  /** The body to send, as aws-cli's json.dumps writes it. */
  wireParams: (params: PyDict) => PyValue;
  /** The same with secret values hidden, for --debug. */
  redactedParams: (params: PyDict) => PyValue;
  debug: DebugLog;
  warn: (text: string) => void;
  sleep?: (seconds: number) => Promise<void>;
}

/**
 * The endpoint's query as the signer wants it: decoded, a repeated key as a
 * list, a bare key as an empty value (botocore signs `flag` as `flag=`).
 * The transport sends the query itself unchanged.
 */
function signingQuery(query: string): Record<string, string | string[]> {
  const decode = (text: string): string => {
    try {
      return decodeURIComponent(text);
    } catch {
      return text;
    }
  };
  const out: Record<string, string | string[]> = {};
  for (const pair of query.split('&').filter(Boolean)) {
    const eq = pair.indexOf('=');
    const key = decode(eq < 0 ? pair : pair.slice(0, eq));
    const value = eq < 0 ? '' : decode(pair.slice(eq + 1));
    const seen = out[key];
    out[key] = seen === undefined ? value : [...(Array.isArray(seen) ? seen : [seen]), value];
  }
  return out;
}

const defaultSleep = (seconds: number): Promise<void> => new Promise((r) => setTimeout(r, seconds * 1000));

export async function createAwsBackend(options: AwsBackendOptions): Promise<Backend> {
  // The SDK prints a Node-version warning to stderr on every client; aws-cli prints nothing.
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';
  const sdk = await import('./sdk.js');
  const { NoAuthSigner } = sdk;
  const { debug } = options;
  const transport = new Transport({
    endpointQuery: options.endpoint?.query,
    env: options.env,
    connectTimeout: options.connectTimeout,
    readTimeout: options.readTimeout,
    verify: options.verify,
    caBundle: options.caBundle,
    warn: options.warn,
    debug,
  });
  const client = new sdk.SecretsManagerClient({
    // aws-cli accepts `--region ''` with an --endpoint-url and signs with an
    // empty scope; the SDK refuses an empty region. So the client gets a
    // stand-in (only the default endpoint would use it, and select.ts never
    // lets an empty region reach that) and the SigV4 scope always names the
    // region aws-cli resolved.
    region: options.region || 'us-east-1',
    httpAuthSchemeProvider: () => [
      {
        schemeId: 'aws.auth#sigv4',
        signingProperties: { signingName: 'secretsmanager', signingRegion: options.region },
        propertiesExtractor: (config: unknown, context: unknown) => ({ signingProperties: { config, context } }),
      },
    ],
    ...(options.endpoint ? { endpoint: options.endpoint.url } : {}),
    // The endpoint was resolved by aws-cli's rules (Settings.endpoint: the
    // --profile profile, `services` sections, a case-insensitive ignore
    // flag). The SDK has its own rules over the same env and files, which
    // would otherwise pick an endpoint where aws-cli uses the default one.
    ignoreConfiguredEndpointUrls: true,
    credentials: options.signRequest ? options.credentials : async () => ({ accessKeyId: '', secretAccessKey: '' }),
    ...(options.signRequest
      ? {}
      : {
          httpAuthSchemes: [
            { schemeId: 'aws.auth#sigv4', identityProvider: () => async () => ({}), signer: new NoAuthSigner() },
          ],
        }),
    requestHandler: transport as never,
    // Every setting the SDK would otherwise look up in the environment and
    // the shared files is given here (aws-cli's settings were resolved by
    // select.ts), so the SDK reads no file of its own.
    defaultsMode: 'legacy',
    retryMode: 'standard',
    authSchemePreference: [],
    userAgentAppId: async () => undefined,
    // botocore signs with the local clock and never corrects it from a response.
    disableClockSkewCorrection: true,
    maxAttempts: 1,
    useFipsEndpoint: options.useFips,
    useDualstackEndpoint: options.useDualstack,
    customUserAgent: [['update-secret', VERSION]],
  });

  const sleep = options.sleep ?? defaultSleep;

  return {
    async call(operation: string, params: PyDict): Promise<PyValue> {
      const body = dumpJson(options.wireParams(params));
      const commands: Record<string, typeof sdk.UpdateSecretCommand> = { UpdateSecret: sdk.UpdateSecretCommand };
      const Command = commands[operation];
      if (!Command) throw new Error(`${operation} is not sent to AWS`);
      for (let attempt = 1; ; attempt++) {
        debug.log('botocore.endpoint', `Making request for OperationModel(name=${operation}) with params: ${dumpJson(options.redactedParams(params))}`);
        let failure: unknown;
        let raw: RawResponse | undefined;
        // The SDK signs and sends; the body is aws-cli's, set on this command
        // alone so concurrent calls on one backend never share it.
        const command = new Command({ SecretId: 'x' });
        command.middlewareStack.add(
          (next) => async (args) => {
            const request = args.request as { body: unknown; path: string; query: Record<string, string | string[] | null> };
            request.body = body;
            if (options.endpoint) {
              request.path = options.endpoint.path;
              request.query = signingQuery(options.endpoint.query);
            }
            return next(args);
          },
          { step: 'build', priority: 'high', name: 'awsCliRequestBody' },
        );
        // The real response rides on what the transport gave the SDK.
        command.middlewareStack.add(
          (next) => async (args) => {
            const result = await next(args);
            raw = (result.response as CarrierResponse).raw;
            return result;
          },
          { step: 'deserialize', priority: 'low', name: 'awsCliRawResponse' },
        );
        try {
          await client.send(command);
        } catch (error) {
          if (error instanceof TransportError) failure = error;
          else if (raw === undefined) throw error;
        }
        if (raw) {
          debug.log('botocore.parsers', `Response headers: ${JSON.stringify(raw.headers)}`);
          debug.log('botocore.parsers', `Response body:\n${raw.body.toString('utf8')}`);
          try {
            return interpretResponse(raw);
          } catch (error) {
            failure = error;
          }
        }
        const retryable = isRetryable(failure);
        if (!retryable || attempt >= options.maxAttempts) {
          if (retryable && failure instanceof ServiceError) failure.retriesExhausted = attempt - 1;
          throw failure;
        }
        const delay = backoffSeconds(attempt);
        debug.log('botocore.retries.standard', `Retry needed, retrying request after delay of: ${delay}`);
        await sleep(delay);
      }
    },
  };
}
