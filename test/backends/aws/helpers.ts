/**
 * Shared by the end-to-end tests of the AWS backend: canned servers that
 * are closed when the file's tests are done, a runner that builds the
 * environment from nothing (baseEnv) plus what the test sets or unsets,
 * the error lines aws-cli 2.36.7 prints, and an independent SigV4 check.
 */
import { createHash, createHmac } from 'node:crypto';
import { afterAll } from 'vitest';
import { baseEnv, freshHome, runCli, type RunResult } from '../../support/cli.js';
import { startCannedServer, type CannedResponse, type CannedServer, type CannedServerOptions, type RecordedRequest } from '../../support/canned-server.js';

export { UPDATE_SECRET_OK, UPDATE_SECRET_OK_STDOUT, jsonResponse } from '../../support/canned-server.js';

/** Starts canned servers on demand and closes them all after the file's tests. */
export function useCannedServers(): (responses?: CannedResponse[], options?: CannedServerOptions) => Promise<CannedServer> {
  const servers: CannedServer[] = [];
  afterAll(async () => {
    await Promise.all(servers.map((s) => s.close()));
  });
  return async (responses, options) => {
    const server = await startCannedServer(responses, options);
    servers.push(server);
    return server;
  };
}

export interface RunOptions {
  /** Added to baseEnv; `undefined` removes the variable. */
  env?: Record<string, string | undefined>;
  /** Files written under the fresh HOME (also the working directory). */
  files?: Record<string, string | Buffer>;
}

export async function run(args: readonly string[], options: RunOptions = {}): Promise<RunResult & { home: string; ms: number }> {
  const home = freshHome(options.files);
  const env = baseEnv(home);
  for (const [name, value] of Object.entries(options.env ?? {})) {
    if (value === undefined) delete env[name];
    else env[name] = value;
  }
  const started = Date.now();
  const result = await runCli(args, { env, cwd: home });
  return { ...result, home, ms: Date.now() - started };
}

/** An error as aws-cli 2.36.7 prints it (a blank line, the prefix, the message). */
export const errorLine = (message: string): string => `\nupdate-secret: [ERROR]: ${message}\n`;

/** botocore's ClientError line for UpdateSecret. */
export function serviceErrorLine(code: string, message: string, retries?: number): string {
  const suffix = retries === undefined ? '' : ` (reached max retries: ${retries})`;
  return errorLine(`An error occurred (${code}) when calling the UpdateSecret operation${suffix}: ${message}`);
}

export const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

const sha256 = (data: string | Buffer): string => createHash('sha256').update(data).digest('hex');
const hmac = (key: string | Buffer, data: string): Buffer => createHmac('sha256', key).update(data).digest();
const rfc3986 = (s: string): string => encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

export interface SigV4 {
  accessKeyId: string;
  date: string;
  region: string;
  service: string;
  signedHeaders: string[];
  signature: string;
}

/** The parts of a SigV4 Authorization header, or undefined when it is not one. */
export function parseAuthorization(header: string | undefined): SigV4 | undefined {
  const m = /^AWS4-HMAC-SHA256 Credential=([^/]*)\/(\d{8})\/([^/]*)\/([^/]*)\/aws4_request, SignedHeaders=([^,]*), Signature=([0-9a-f]{64})$/.exec(header ?? '');
  if (!m) return undefined;
  return { accessKeyId: m[1]!, date: m[2]!, region: m[3]!, service: m[4]!, signedHeaders: m[5]!.split(';'), signature: m[6]! };
}

/** Recomputes the SigV4 signature of a recorded request with the given secret key. */
export function expectedSignature(request: RecordedRequest, secretAccessKey: string): string {
  const auth = parseAuthorization(request.headers.authorization);
  if (!auth) throw new Error(`not a SigV4 Authorization: ${request.headers.authorization}`);
  const amzDate = request.headers['x-amz-date']!;
  const query = request.query
    .split('&')
    .filter(Boolean)
    .map((kv) => {
      const eq = kv.indexOf('=');
      const [k, v] = eq < 0 ? [kv, ''] : [kv.slice(0, eq), kv.slice(eq + 1)];
      return [rfc3986(decodeURIComponent(k)), rfc3986(decodeURIComponent(v))] as const;
    })
    .sort(([a, av], [b, bv]) => (a < b ? -1 : a > b ? 1 : av < bv ? -1 : av > bv ? 1 : 0))
    .map(([k, v]) => `${k}=${v}`)
    .join('&');
  const canonicalHeaders = auth.signedHeaders.map((name) => `${name}:${(request.headers[name] ?? '').trim().replace(/\s+/g, ' ')}\n`).join('');
  const canonicalRequest = [
    request.method,
    // Non-S3 services encode the path twice: the wire path is encoded once already.
    request.path.split('/').map(rfc3986).join('/'),
    query,
    canonicalHeaders,
    auth.signedHeaders.join(';'),
    sha256(request.body),
  ].join('\n');
  const scope = `${auth.date}/${auth.region}/${auth.service}/aws4_request`;
  const stringToSign = ['AWS4-HMAC-SHA256', amzDate, scope, sha256(canonicalRequest)].join('\n');
  let key = hmac(`AWS4${secretAccessKey}`, auth.date);
  for (const part of [auth.region, auth.service, 'aws4_request']) key = hmac(key, part);
  return createHmac('sha256', key).update(stringToSign).digest('hex');
}
