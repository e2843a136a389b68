/**
 * Proxies, as aws-cli uses them: HTTPS_PROXY / HTTP_PROXY (lowercase
 * winning), NO_PROXY, a CONNECT tunnel for https endpoints, the absolute URL
 * for http ones, Basic credentials from the proxy URL, and botocore's
 * masked "Failed to connect to proxy URL" when the proxy is unreachable.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { createServer, request, type IncomingMessage, type Server } from 'node:http';
import { connect, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../../support/moto.js';
import { errorLine, run, UPDATE_SECRET_OK, UPDATE_SECRET_OK_STDOUT, useCannedServers } from './helpers.js';

interface ProxyLog {
  method: string;
  target: string;
  authorization: string | undefined;
}

/** A forward proxy that records what it was asked and relays it. */
async function startProxy(): Promise<{ url: string; log: ProxyLog[]; server: Server }> {
  const log: ProxyLog[] = [];
  const sockets = new Set<Socket>();
  const server = createServer((req: IncomingMessage, res) => {
    log.push({ method: req.method!, target: req.url!, authorization: req.headers['proxy-authorization'] });
    const target = new URL(req.url!);
    const upstream = request({ host: target.hostname, port: target.port, path: `${target.pathname}${target.search}`, method: req.method, headers: req.headers }, (up) => {
      res.writeHead(up.statusCode!, up.headers);
      up.pipe(res);
    });
    req.pipe(upstream);
  });
  server.on('connection', (s) => sockets.add(s));
  server.on('connect', (req, client: Socket) => {
    log.push({ method: 'CONNECT', target: req.url!, authorization: req.headers['proxy-authorization'] });
    const [host, port] = req.url!.split(':');
    const upstream = connect(Number(port), host, () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.pipe(client);
      client.pipe(upstream);
    });
    upstream.on('error', () => client.destroy());
  });
  const port = await freePort();
  await new Promise<void>((r) => server.listen(port, '127.0.0.1', () => r()));
  afterAll(() => {
    sockets.forEach((s) => s.destroy());
    server.close();
  });
  return { url: `http://127.0.0.1:${port}`, log, server };
}

const serve = useCannedServers();
const args = (endpoint: string, ...extra: string[]): string[] => ['--secret-id', 'MyTestSecret', '--secret-string', 's', '--endpoint-url', endpoint, ...extra];
const ok = { stdout: UPDATE_SECRET_OK_STDOUT, stderr: '', exit: 0 };

describe('proxies', () => {
  let tls: { key: Buffer; cert: Buffer };
  let certFile: string;
  beforeAll(() => {
    const dir = mkdtempSync(join(tmpdir(), 'update-secret-proxy-'));
    const key = join(dir, 'key.pem');
    certFile = join(dir, 'cert.pem');
    execFileSync('openssl', ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-keyout', key, '-out', certFile, '-days', '2', '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1'], { stdio: 'ignore' });
    tls = { key: readFileSync(key), cert: readFileSync(certFile) };
  });

  it('sends an http request to HTTP_PROXY with the full URL', async () => {
    const [endpoint, proxy] = [await serve([{ body: UPDATE_SECRET_OK }]), await startProxy()];
    const result = await run(args(endpoint.url), { env: { HTTP_PROXY: proxy.url } });
    expect({ stdout: result.stdout, stderr: result.stderr, exit: result.exit }).toEqual(ok);
    expect(proxy.log).toEqual([{ method: 'POST', target: `${endpoint.url}/`, authorization: undefined }]);
  });

  it('tunnels an https request through HTTPS_PROXY with CONNECT', async () => {
    const [endpoint, proxy] = [await serve([{ body: UPDATE_SECRET_OK }], { tls }), await startProxy()];
    const result = await run(args(endpoint.url, '--ca-bundle', certFile), { env: { HTTPS_PROXY: proxy.url } });
    expect({ stdout: result.stdout, stderr: result.stderr, exit: result.exit }).toEqual(ok);
    expect(proxy.log).toEqual([{ method: 'CONNECT', target: `127.0.0.1:${endpoint.port}`, authorization: undefined }]);
    expect(endpoint.requests).toHaveLength(1);
  });

  it('prefers the lowercase variable and sends Basic credentials from the proxy URL', async () => {
    const [endpoint, proxy] = [await serve([{ body: UPDATE_SECRET_OK }]), await startProxy()];
    const withCredentials = proxy.url.replace('http://', 'http://me:p%40ss@');
    const result = await run(args(endpoint.url), { env: { HTTP_PROXY: 'http://127.0.0.1:9', http_proxy: withCredentials } });
    expect(result.exit).toBe(0);
    expect(proxy.log[0]!.authorization).toBe(`Basic ${Buffer.from('me:p@ss').toString('base64')}`);
  });

  it('goes direct for hosts in NO_PROXY', async () => {
    const [endpoint, proxy] = [await serve([{ body: UPDATE_SECRET_OK }]), await startProxy()];
    const result = await run(args(endpoint.url), { env: { HTTP_PROXY: proxy.url, NO_PROXY: 'example.com, 127.0.0.1' } });
    expect(result.exit).toBe(0);
    expect(proxy.log).toEqual([]);
  });

  it('reports an unreachable proxy with its credentials masked, after the retries', async () => {
    const endpoint = await serve([{ body: UPDATE_SECRET_OK }]);
    const dead = await freePort();
    const result = await run(args(endpoint.url), { env: { HTTPS_PROXY: `http://u:secret@127.0.0.1:${dead}`, HTTP_PROXY: `http://u:secret@127.0.0.1:${dead}`, AWS_MAX_ATTEMPTS: '1' } });
    expect({ stderr: result.stderr, exit: result.exit }).toEqual({
      stderr: errorLine(`Failed to connect to proxy URL: "http://***:***@127.0.0.1:${dead}/"`),
      exit: 255,
    });
    expect(endpoint.requests).toHaveLength(0);
  });
});
