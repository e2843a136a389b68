/**
 * HTTP proxies, as aws-cli finds and uses them (urllib's getproxies and
 * proxy_bypass, urllib3's proxy managers): `<scheme>_proxy` variables in any
 * case (lowercase wins), NO_PROXY as host or domain suffixes (`*` for all),
 * a CONNECT tunnel for https endpoints, the absolute URL for http ones, and
 * Basic proxy credentials from the proxy URL.
 */
import { request as httpRequest } from 'node:http';
import { Socket as netSocket, connect as netConnect } from 'node:net';
import type * as TlsModule from 'node:tls';
import { lazyRequire } from '../../builtins.js';
import type { Env } from '../../config/paths.js';

export interface Proxy {
  url: string;
  protocol: string;
  hostname: string;
  port: number;
  /** `Proxy-Authorization` for credentials in the URL. */
  authorization: string | undefined;
}

function environmentProxies(env: Env): Map<string, string> {
  const proxies = new Map<string, string>();
  const names = Object.keys(env).filter((name) => name.toLowerCase().endsWith('_proxy'));
  // Every case first, then the lowercase names, which win.
  for (const name of [...names, ...names.filter((n) => n === n.toLowerCase())]) {
    const value = env[name];
    if (value) proxies.set(name.slice(0, -6).toLowerCase(), value);
  }
  // urllib ignores HTTP_PROXY under CGI, where it is a request header.
  if (env.REQUEST_METHOD !== undefined) proxies.delete('http');
  return proxies;
}

function bypassed(host: string, port: string, noProxy: string | undefined): boolean {
  if (noProxy === undefined) return false;
  if (noProxy === '*') return true;
  const hostOnly = host.toLowerCase();
  const hostPort = port ? `${hostOnly}:${port}` : hostOnly;
  for (const entry of noProxy.split(',')) {
    const name = entry.trim().replace(/^\.+/, '').toLowerCase();
    if (!name) continue;
    if (hostOnly === name || hostPort === name || hostOnly.endsWith(`.${name}`) || hostPort.endsWith(`.${name}`)) return true;
  }
  return false;
}

/** The proxy for a request to `protocol//hostname:port`, if one applies. */
export function proxyFor(env: Env, protocol: string, hostname: string, port: number | undefined): Proxy | undefined {
  const proxies = environmentProxies(env);
  if (bypassed(hostname, port ? String(port) : '', proxies.get('no'))) return undefined;
  let raw = proxies.get(protocol.replace(/:$/, ''));
  if (!raw) return undefined;
  if (!/^https?:/.test(raw)) raw = raw.startsWith('//') ? `http:${raw}` : `http://${raw}`;
  const parsed = new URL(raw);
  const user = decodeURIComponent(parsed.username);
  const password = decodeURIComponent(parsed.password);
  return {
    url: raw,
    protocol: parsed.protocol,
    hostname: parsed.hostname.replace(/^\[|\]$/g, ''),
    port: Number(parsed.port) || (parsed.protocol === 'https:' ? 443 : 80),
    authorization: parsed.username ? `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}` : undefined,
  };
}

/** The proxy URL as botocore prints it: credentials masked, a trailing slash. */
export function maskedProxyUrl(proxy: Proxy): string {
  const url = new URL(proxy.url);
  if (url.username) url.username = '***';
  if (url.password) url.password = '***';
  return url.toString();
}

function connectToProxy(proxy: Proxy): netSocket {
  const options = { host: proxy.hostname, port: proxy.port };
  return proxy.protocol === 'https:'
    ? (lazyRequire('node:tls') as typeof TlsModule).connect({ ...options, servername: proxy.hostname })
    : netConnect(options);
}

/** A CONNECT tunnel through `proxy` to `host:port`; rejects if the proxy refuses or is unreachable. */
export function openTunnel(proxy: Proxy, host: string, port: number, timeoutMs: number | undefined): Promise<netSocket> {
  return new Promise((resolve, reject) => {
    const target = `${host.includes(':') ? `[${host}]` : host}:${port}`;
    const request = httpRequest({
      createConnection: () => connectToProxy(proxy),
      method: 'CONNECT',
      path: target,
      headers: { Host: target, ...(proxy.authorization ? { 'Proxy-Authorization': proxy.authorization } : {}) },
      // no `agent`: with agent: false Node ignores createConnection
    });
    const timer = timeoutMs === undefined ? undefined : setTimeout(() => request.destroy(new Error('timeout')), timeoutMs);
    request.once('connect', (response, socket) => {
      clearTimeout(timer);
      if (response.statusCode === 200) resolve(socket);
      else {
        socket.destroy();
        reject(new Error(`proxy answered ${response.statusCode}`));
      }
    });
    request.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    request.end();
  });
}
