/**
 * The global options once parsed, and aws-cli's checks of them that run
 * before the operation's own options are even parsed ("top-level-args-parsed"):
 * the --endpoint-url scheme and the timeouts. (--query is compiled there too;
 * see pipeline.ts.)
 */
import type { ParsedValue } from './argparse.js';
import { ParamValidationError } from '../errors.js';
import { pyInt } from '../config/settings.js';

export interface GlobalArgs {
  debug: boolean;
  endpointUrl: string | undefined;
  verifySsl: boolean;
  /** False with --no-paginate: paginated operations make a single call. */
  paginate: boolean;
  output: string | undefined;
  query: string | undefined;
  profile: string | undefined;
  region: string | undefined;
  color: 'on' | 'off' | 'auto';
  signRequest: boolean;
  caBundle: string | undefined;
  readTimeout: string | undefined;
  connectTimeout: string | undefined;
  binaryFormat: 'base64' | 'raw-in-base64-out' | undefined;
  noCliPager: boolean;
  errorFormat: string | undefined;
}

export function toGlobalArgs(values: ReadonlyMap<string, ParsedValue>): GlobalArgs {
  const str = (key: string): string | undefined => values.get(key) as string | undefined;
  return {
    debug: values.get('debug') === true,
    endpointUrl: str('endpoint_url'),
    verifySsl: values.get('verify_ssl') !== false,
    paginate: values.get('paginate') !== false,
    output: str('output'),
    query: str('query'),
    profile: str('profile'),
    region: str('region'),
    color: (str('color') as GlobalArgs['color'] | undefined) ?? 'auto',
    signRequest: values.get('sign_request') !== false,
    caBundle: str('ca_bundle'),
    readTimeout: str('read_timeout'),
    connectTimeout: str('connect_timeout'),
    binaryFormat: str('cli_binary_format') as GlobalArgs['binaryFormat'],
    noCliPager: values.get('no_cli_pager') === true,
    errorFormat: str('cli_error_format'),
  };
}

/**
 * The first steps of Python 3.11's urlsplit: strip leading C0 controls and
 * spaces, remove tabs and newlines, then split off the scheme (a letter,
 * then letters, digits, `+`, `-` or `.`, before a `:`), lower-cased; ''
 * when there is none.
 */
export function splitUrlScheme(url: string): { scheme: string; rest: string } {
  // eslint-disable-next-line no-control-regex
  const cleaned = url.replace(/^[\x00-\x20]+/, '').replace(/[\t\r\n]/g, '');
  const m = /^([A-Za-z][A-Za-z0-9+.-]*):(.*)$/s.exec(cleaned);
  return m ? { scheme: m[1]!.toLowerCase(), rest: m[2]! } : { scheme: '', rest: cleaned };
}

export function urlScheme(url: string): string | undefined {
  return splitUrlScheme(url).scheme || undefined;
}

export function checkEndpointUrl(url: string | undefined): void {
  if (url !== undefined && urlScheme(url) === undefined) {
    throw new ParamValidationError(
      `Bad value for --endpoint-url "${url}": scheme is missing.  Must be of the form http://<hostname>/ or https://<hostname>/`,
    );
  }
}

/** A timeout in seconds; undefined means none (0), the default is 60. */
export function resolveTimeout(value: string | undefined): number | undefined {
  const seconds = value === undefined ? 60 : pyInt(value);
  return seconds === 0 ? undefined : seconds;
}
