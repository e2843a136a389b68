/**
 * A canned HTTP or HTTPS server for end-to-end tests of the AWS backend. It
 * listens on 127.0.0.1 on a free port, records every request (method, path,
 * query, headers in wire order, body) and answers from a scripted list of
 * responses, one per request, repeating the last one when the list runs out
 * (so "always 500" is a one-element script). A response can be delayed, or
 * the socket closed without any answer. `connections` counts TCP
 * connections, including those that never made it to a request (a failed
 * TLS handshake, say).
 */
import { createServer as createHttpServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { Socket } from 'node:net';

export interface CannedResponse {
  /** Default 200. */
  status?: number;
  /** The reason phrase of the status line; default Node's standard one. */
  reason?: string;
  headers?: Record<string, string>;
  /** A string is sent as UTF-8; an object is sent as its JSON. Default: empty. */
  body?: string | Buffer | object;
  /** Milliseconds to wait before answering (or closing). */
  delay?: number;
  /** Close the socket without answering. */
  close?: boolean;
}

export interface RecordedRequest {
  method: string;
  /** The path without the query. */
  path: string;
  /** The raw query string, without `?` ('' when there is none). */
  query: string;
  /** Header names lower-cased; repeated headers joined with ', '. */
  headers: Record<string, string>;
  /** Header names as sent, in wire order. */
  headerNames: string[];
  body: string;
}

export interface CannedServerOptions {
  /** Serve HTTPS with this key and certificate (PEM). */
  tls?: { key: string | Buffer; cert: string | Buffer };
}

export interface CannedServer {
  readonly port: number;
  /** `http://127.0.0.1:PORT` (or https), without a trailing slash. */
  readonly url: string;
  readonly requests: RecordedRequest[];
  /** TCP connections accepted so far. */
  readonly connections: number;
  close(): Promise<void>;
}

/** The body of a successful UpdateSecret, as the service writes it. */
export const UPDATE_SECRET_OK = {
  ARN: 'arn:aws:secretsmanager:us-east-1:123456789012:secret:MyTestSecret-a1b2c3',
  Name: 'MyTestSecret',
  VersionId: 'a1b2c3d4-5678-90ab-cdef-EXAMPLE11111',
};

/** What the CLI prints for UPDATE_SECRET_OK with the default json output. */
export const UPDATE_SECRET_OK_STDOUT =
  '{\n' +
  '    "ARN": "arn:aws:secretsmanager:us-east-1:123456789012:secret:MyTestSecret-a1b2c3",\n' +
  '    "Name": "MyTestSecret",\n' +
  '    "VersionId": "a1b2c3d4-5678-90ab-cdef-EXAMPLE11111"\n' +
  '}\n';

/** A JSON 1.1 response: status, `__type` and message, as Secrets Manager sends errors. */
export function jsonResponse(status: number, body: object | string, headers: Record<string, string> = {}): CannedResponse {
  return { status, headers: { 'content-type': 'application/x-amz-json-1.1', ...headers }, body };
}

export async function startCannedServer(responses: CannedResponse[] = [{ body: UPDATE_SECRET_OK }], options: CannedServerOptions = {}): Promise<CannedServer> {
  const queue = [...responses];
  let last = queue[queue.length - 1] ?? {};
  const requests: RecordedRequest[] = [];
  const sockets = new Set<Socket>();
  let connections = 0;

  const next = (): CannedResponse => {
    const response = queue.shift();
    if (response) last = response;
    return response ?? last;
  };

  const answer = (req: IncomingMessage, res: ServerResponse, response: CannedResponse): void => {
    if (response.close) {
      req.socket.destroy();
      return;
    }
    const body =
      response.body === undefined
        ? Buffer.alloc(0)
        : Buffer.isBuffer(response.body)
          ? response.body
          : Buffer.from(typeof response.body === 'string' ? response.body : JSON.stringify(response.body), 'utf8');
    const headers = { 'content-length': String(body.length), ...response.headers };
    if (response.reason === undefined) res.writeHead(response.status ?? 200, headers);
    else res.writeHead(response.status ?? 200, response.reason, headers);
    res.end(body);
  };

  const handler = (req: IncomingMessage, res: ServerResponse): void => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const target = req.url ?? '/';
      const q = target.indexOf('?');
      const headers: Record<string, string> = {};
      for (const [name, value] of Object.entries(req.headers)) {
        if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(', ') : value;
      }
      requests.push({
        method: req.method ?? '',
        path: q < 0 ? target : target.slice(0, q),
        query: q < 0 ? '' : target.slice(q + 1),
        headers,
        headerNames: req.rawHeaders.filter((_, i) => i % 2 === 0),
        body: Buffer.concat(chunks).toString('utf8'),
      });
      const response = next();
      if (response.delay) {
        const timer = setTimeout(() => answer(req, res, response), response.delay);
        req.socket.once('close', () => clearTimeout(timer));
      } else answer(req, res, response);
    });
  };

  const server: Server = options.tls ? createHttpsServer({ key: options.tls.key, cert: options.tls.cert }, handler) : createHttpServer(handler);
  // Count and track raw TCP connections, so close() ends them and tests can
  // see attempts that failed before any request (TLS handshakes).
  server.on('connection', (socket: Socket) => {
    connections++;
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  // A failed handshake is the client's business (the tests read its
  // message). A plain-HTTP server keeps Node's answer to a TLS hello, a 400
  // in clear text, as any real HTTP server gives one.
  server.on('tlsClientError', () => {});

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;

  return {
    port,
    url: `${options.tls ? 'https' : 'http'}://127.0.0.1:${port}`,
    requests,
    get connections() {
      return connections;
    },
    close() {
      for (const socket of sockets) socket.destroy();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
