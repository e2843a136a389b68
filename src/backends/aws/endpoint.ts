/**
 * Endpoint URL checks botocore makes when it creates a client, with its
 * messages: a URL whose host is missing or not a valid host name, or that
 * holds a tab or newline, is an "Invalid endpoint"; a malformed IPv6
 * literal or port is a ValueError. Leading spaces and C0 controls are
 * stripped first, as urlsplit does.
 */
import { splitUrlScheme } from '../../cli/globals.js';
import { GeneralError } from '../../errors.js';

const HOST_LABELS = /^((?!-)[A-Z\d-]{1,63}(?<!-)\.)*((?!-)[A-Z\d-]{1,63}(?<!-))$/i;

export interface EndpointParts {
  scheme: string;
  hostname: string;
  port: number | undefined;
  /** The path, '/' when empty, and the query, as given. */
  path: string;
  query: string;
}

/** Python urlsplit's view of the endpoint, or a GeneralError as botocore raises it. */
export function parseEndpoint(url: string): EndpointParts {
  const { scheme, rest: afterScheme } = splitUrlScheme(url);
  let rest = afterScheme;
  let netloc = '';
  if (rest.startsWith('//')) {
    const end = rest.slice(2).search(/[/?#]/);
    netloc = end < 0 ? rest.slice(2) : rest.slice(2, end + 2);
    rest = end < 0 ? '' : rest.slice(end + 2);
    if (netloc.includes('[') !== netloc.includes(']')) throw new GeneralError('Invalid IPv6 URL');
  }
  const hostPort = netloc.slice(netloc.lastIndexOf('@') + 1);
  let hostname: string;
  let portText: string | undefined;
  const v6 = /^\[([^\]]*)\](?::(.*))?$/.exec(hostPort);
  if (v6) {
    hostname = v6[1]!.toLowerCase();
    portText = v6[2];
  } else {
    const colon = hostPort.lastIndexOf(':');
    hostname = (colon < 0 ? hostPort : hostPort.slice(0, colon)).toLowerCase();
    portText = colon < 0 ? undefined : hostPort.slice(colon + 1);
  }
  const validHost = v6 ? /^[0-9a-f:.%]+$/i.test(hostname) : hostname !== '' && HOST_LABELS.test(hostname.replace(/\.$/, ''));
  // botocore refuses tabs and newlines anywhere: urlsplit would quietly drop them.
  if (!validHost || hostname.length > 255 || /[\t\r\n]/.test(url)) throw new GeneralError(`Invalid endpoint: ${url}`);
  let port: number | undefined;
  if (portText) {
    if (!/^\d+$/.test(portText)) throw new GeneralError(`Port could not be cast to integer value as '${portText}'`);
    port = Number(portText);
    if (port > 65535) throw new GeneralError('Port out of range 0-65535');
  }
  const hash = rest.indexOf('#');
  if (hash >= 0) rest = rest.slice(0, hash);
  const q = rest.indexOf('?');
  const path = q < 0 ? rest : rest.slice(0, q);
  return { scheme, hostname, port, path: path || '/', query: q < 0 ? '' : rest.slice(q + 1) };
}
