/**
 * The HTTP transport under the SDK client. It exists so that connecting,
 * timing out and TLS behave as aws-cli's do (connect and read timeouts in
 * whole seconds, 0 meaning none; --no-verify-ssl with a warning per
 * request; --ca-bundle), so that network failures carry botocore's texts,
 * and so the raw response (status, reason, body) reaches our own parser:
 * the SDK's deserializers reject responses aws-cli accepts.
 */
import { readFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import type * as HttpsModule from 'node:https';
import type * as TlsModule from 'node:tls';
import { Socket as netSocket, isIP as netIsIP } from 'node:net';
import type { DebugLog } from '../../debug.js';
import type { Env } from '../../config/paths.js';
import { maskedProxyUrl, openTunnel, proxyFor } from './proxy.js';
import { lazyRequire } from '../../builtins.js';

// TLS is loaded only for https endpoints: plain-http ones (moto, LocalStack) skip its start-up cost.
const https = (): typeof HttpsModule => lazyRequire('node:https');
const tls = (): typeof TlsModule => lazyRequire('node:tls');
import { GeneralError } from '../../errors.js';

export interface RawResponse {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

/** A network failure, with botocore's message; always retryable. */
export class TransportError extends Error {
  constructor(
    message: string,
    readonly kind: 'connect' | 'closed' | 'read-timeout' | 'connect-timeout' | 'ssl' | 'client',
  ) {
    super(message);
  }
}

export interface TransportOptions {
  /**
   * The endpoint URL's query as given, sent verbatim: botocore keeps it
   * byte for byte (order, repeated keys, escapes), while the SDK only holds
   * it as a map, which is good enough to sign it but not to send it.
   */
  endpointQuery: string | undefined;
  connectTimeout: number | undefined;
  readTimeout: number | undefined;
  verify: boolean;
  /** The environment the proxy variables are read from. */
  env: Env;
  caBundle: string | undefined;
  warn: (text: string) => void;
  debug: DebugLog;
}

interface SdkRequest {
  protocol: string;
  hostname: string;
  port?: number;
  method: string;
  path: string;
  query?: Record<string, string | string[] | null>;
  headers: Record<string, string>;
  body?: unknown;
}

function pathAndQuery(request: SdkRequest, endpointQuery: string | undefined): string {
  const query =
    endpointQuery ??
    Object.entries(request.query ?? {})
      .flatMap(([k, v]) => (v === null ? [k] : (Array.isArray(v) ? v : [v]).map((x) => `${k}=${x}`)))
      .join('&');
  return `${request.path}${query ? `?${query}` : ''}`;
}

/** The full request URL, as botocore quotes it in network errors. */
function requestUrl(request: SdkRequest, endpointQuery: string | undefined): string {
  const port = request.port ? `:${request.port}` : '';
  const host = request.hostname.includes(':') && !request.hostname.startsWith('[') ? `[${request.hostname}]` : request.hostname;
  return `${request.protocol}//${host}${port}${pathAndQuery(request, endpointQuery)}`;
}

/** Python ssl/OpenSSL texts for the TLS failures Node reports by code. */
const SSL_TEXTS: Record<string, string> = {
  DEPTH_ZERO_SELF_SIGNED_CERT: 'certificate verify failed: self-signed certificate',
  SELF_SIGNED_CERT_IN_CHAIN: 'certificate verify failed: self-signed certificate in certificate chain',
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'certificate verify failed: unable to get local issuer certificate',
  UNABLE_TO_GET_ISSUER_CERT_LOCALLY: 'certificate verify failed: unable to get local issuer certificate',
  CERT_HAS_EXPIRED: 'certificate verify failed: certificate has expired',
  CERT_NOT_YET_VALID: 'certificate verify failed: certificate is not yet valid',
};

function sslText(error: NodeJS.ErrnoException & { reason?: string }, hostname: string): string | undefined {
  const code = error.code ?? '';
  if (code in SSL_TEXTS) return `[SSL: CERTIFICATE_VERIFY_FAILED] ${SSL_TEXTS[code]} (_ssl.c:992)`;
  if (code === 'ERR_TLS_CERT_ALTNAME_INVALID') {
    const what = /^[\d.]+$|:/.test(hostname) ? 'IP address' : 'Hostname';
    return `[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: ${what} mismatch, certificate is not valid for '${hostname}'. (_ssl.c:992)`;
  }
  if (/wrong version number/i.test(error.message)) return '[SSL: WRONG_VERSION_NUMBER] wrong version number (_ssl.c:992)';
  if (code.startsWith('ERR_SSL') || code === 'EPROTO') return error.message;
  return undefined;
}

/**
 * The certificates to trust. Without a bundle, aws-cli trusts its own
 * Mozilla bundle (certifi) and nothing else; Node's bundled Mozilla store
 * is the same thing, whereas Node's default would also trust whatever
 * NODE_EXTRA_CA_CERTS names, which aws-cli never reads.
 */
function loadCa(path: string | undefined, url: string): Buffer | string[] {
  if (path === undefined) return [...tls().rootCertificates];
  let pem: Buffer;
  try {
    pem = readFileSync(path);
  } catch {
    throw new TransportError(`SSL validation failed for ${url} [Errno 2] No such file or directory`, 'ssl');
  }
  if (!pem.includes('-----BEGIN CERTIFICATE-----')) {
    throw new TransportError(
      `SSL validation failed for ${url} [X509: NO_CERTIFICATE_OR_CRL_FOUND] no certificate or crl found (_ssl.c:4123)`,
      'ssl',
    );
  }
  return pem;
}

function bodyBytes(body: unknown): Buffer {
  if (body === undefined || body === null) return Buffer.alloc(0);
  if (typeof body === 'string') return Buffer.from(body, 'utf8');
  if (body instanceof Uint8Array) return Buffer.from(body);
  throw new TypeError('unsupported request body');
}

/**
 * The response handed to the SDK: a harmless `{}`, carrying the real one for
 * our parser. The body is bytes, not a stream, so the SDK takes it as it is
 * instead of piping it through a collector.
 */
export interface CarrierResponse {
  statusCode: number;
  headers: Record<string, string>;
  body: Uint8Array;
  readonly raw: RawResponse;
}

export class Transport {
  readonly metadata = { handlerProtocol: 'http/1.1' };

  constructor(private readonly options: TransportOptions) {}

  async handle(request: SdkRequest): Promise<{ response: CarrierResponse }> {
    const raw = await this.send(request);
    return {
      response: {
        statusCode: 200,
        headers: { 'content-type': 'application/x-amz-json-1.1' },
        body: Buffer.from('{}'),
        raw,
      },
    };
  }

  updateHttpClientConfig(): void {}
  httpHandlerConfigs(): Record<string, never> {
    return {};
  }
  destroy(): void {}

  private async send(request: SdkRequest): Promise<RawResponse> {
    const { endpointQuery, connectTimeout, readTimeout, verify, debug } = this.options;
    const url = requestUrl(request, endpointQuery);
    for (const [kind, value] of [['connect', connectTimeout], ['read', readTimeout]] as const) {
      if (value !== undefined && value <= 0) {
        throw new GeneralError(
          `Attempted to set ${kind} timeout to ${value}, but the timeout cannot be set to a value less than or equal to 0.`,
        );
      }
    }
    if (request.protocol !== 'http:' && request.protocol !== 'https:') {
      throw new TransportError(`An HTTP Client raised an unhandled exception: Not supported URL scheme ${request.protocol.replace(/:$/, '')}`, 'client');
    }
    const secure = request.protocol === 'https:';
    const ca = secure && verify ? loadCa(this.options.caBundle, url) : undefined;
    if (secure && !verify) {
      this.options.warn(
        `update-secret: InsecureRequestWarning: Unverified HTTPS request is being made to host '${request.hostname}'. ` +
          'Adding certificate verification is strongly advised.\n',
      );
    }
    const body = bodyBytes(request.body);
    const hostname = request.hostname.replace(/^\[|\]$/g, '');
    const port = request.port ?? (secure ? 443 : 80);
    debug.log('urllib3.connectionpool', `Starting new ${secure ? 'HTTPS' : 'HTTP'} connection (1): ${request.hostname}:${port}`);
    const proxy = proxyFor(this.options.env, request.protocol, hostname, request.port);
    const proxyError = (): TransportError => new TransportError(`Failed to connect to proxy URL: "${maskedProxyUrl(proxy!)}"`, 'connect');
    let tunnel: netSocket | undefined;
    if (proxy && secure) {
      try {
        tunnel = await openTunnel(proxy, hostname, port, connectTimeout === undefined ? undefined : connectTimeout * 1000);
      } catch {
        throw proxyError();
      }
    }

    return new Promise((resolvePromise, rejectPromise) => {
      let settled = false;
      const fail = (error: TransportError): void => {
        if (settled) return;
        settled = true;
        clearTimeout(connectTimer);
        req.destroy();
        rejectPromise(error);
      };
      const options: HttpsModule.RequestOptions = {
        protocol: request.protocol,
        hostname,
        port: request.port,
        method: request.method,
        path: pathAndQuery(request, endpointQuery),
        headers: { ...request.headers, 'content-length': String(body.length) },
        agent: false,
        ...(secure ? { rejectUnauthorized: verify, ca } : {}),
      };
      if (tunnel) {
        const socket = tunnel;
        // Node ignores createConnection when `agent` is false.
        delete options.agent;
        options.createConnection = () =>
          tls().connect({ socket, host: hostname, rejectUnauthorized: verify, ca, ...(netIsIP(hostname) ? {} : { servername: hostname }) });
      } else if (proxy) {
        // A plain-http request goes to the proxy with the full URL.
        Object.assign(options, { protocol: 'http:', hostname: proxy.hostname, port: proxy.port, path: url });
        options.headers = {
          ...request.headers,
          'content-length': String(body.length),
          host: request.headers.host ?? `${request.hostname}:${port}`,
          ...(proxy.authorization ? { 'proxy-authorization': proxy.authorization } : {}),
        };
      }
      const req = (secure ? https().request : httpRequest)(options, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          if (settled) return;
          settled = true;
          const headers: Record<string, string> = {};
          for (const [k, v] of Object.entries(res.headers)) if (v !== undefined) headers[k] = Array.isArray(v) ? v.join(', ') : v;
          debug.log('urllib3.connectionpool', `${url} "${request.method} ${options.path} HTTP/1.1" ${res.statusCode} ${headers['content-length'] ?? 'None'}`);
          resolvePromise({ status: res.statusCode ?? 0, headers, body: Buffer.concat(chunks) });
        });
        res.on('error', () => fail(new TransportError(`Connection was closed before we received a valid response from endpoint URL: "${url}".`, 'closed')));
      });
      const connectTimer =
        connectTimeout === undefined
          ? undefined
          : setTimeout(() => fail(new TransportError(`Connect timeout on endpoint URL: "${url}"`, 'connect-timeout')), connectTimeout * 1000);
      req.on('socket', (socket) => {
        const connected = (): void => {
          clearTimeout(connectTimer);
          if (readTimeout !== undefined) {
            socket.setTimeout(readTimeout * 1000, () => fail(new TransportError(`Read timeout on endpoint URL: "${url}"`, 'read-timeout')));
          }
        };
        if (tunnel) socket.once('secureConnect', connected);
        else socket.once(secure ? 'secureConnect' : 'connect', connected);
      });
      req.on('error', (error: NodeJS.ErrnoException) => {
        const ssl = secure ? sslText(error, request.hostname) : undefined;
        if (ssl) fail(new TransportError(`SSL validation failed for ${url} ${ssl}`, 'ssl'));
        else if (['ECONNRESET', 'EPIPE'].includes(error.code ?? '') || /socket hang up/.test(error.message)) {
          fail(new TransportError(`Connection was closed before we received a valid response from endpoint URL: "${url}".`, 'closed'));
        } else if (proxy && !secure) fail(proxyError());
        else fail(new TransportError(`Could not connect to the endpoint URL: "${url}"`, 'connect'));
      });
      req.end(body);
    });
  }
}
