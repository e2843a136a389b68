/**
 * aws-cli 2.36.7's global options, in its registration order (which is the
 * order argparse lists them in "ambiguous option" errors). The parser,
 * `--help`, the man page and shell completion all read this table.
 */
import type { OptionSpec } from './argparse.js';
import { OUTPUT_FORMATS } from '../output/registry.js';

export const ERROR_FORMATS = ['legacy', 'json', 'yaml', 'text', 'table', 'enhanced'] as const;
export const COLOR_CHOICES = ['on', 'off', 'auto'] as const;
export const BINARY_FORMATS = ['base64', 'raw-in-base64-out'] as const;

export interface DocumentedOption extends OptionSpec {
  /** Placeholder shown in synopses (`<value>`); absent for flags. */
  readonly metavar?: string;
  /** One paragraph, our own words. */
  readonly doc: string;
  /** Accepted but left out of the documentation (aws-cli's _UNDOCUMENTED). */
  readonly hidden?: boolean;
}

/** The options help, the man pages and completion show: all but those aws-cli keeps undocumented. */
export function documented<T extends DocumentedOption>(options: readonly T[]): T[] {
  return options.filter((o) => !o.hidden);
}

/**
 * The documented options as help lists them: one entry per option, except
 * that an option and the next one share an entry (`--x` / `--no-x`) when
 * `pairs(option, next)` says so. `-h` and the man page each have their rule.
 */
export function pairedOptions<T extends DocumentedOption>(options: readonly T[], pairs: (option: T, next: T) => boolean): [T, T?][] {
  const shown = documented(options);
  const entries: [T, T?][] = [];
  for (let i = 0; i < shown.length; i++) {
    const option = shown[i]!;
    const next = shown[i + 1];
    if (next !== undefined && pairs(option, next)) {
      entries.push([option, next]);
      i++;
    } else entries.push([option]);
  }
  return entries;
}

/** `--name value` as a synopsis shows it, with the name and the placeholder each marked up by the caller. */
export function optionSynopsis(option: DocumentedOption, name: (text: string) => string, value: (metavar: string) => string): string {
  const tag = name(option.name);
  const metavar = value(option.metavar ?? 'value');
  switch (option.arity) {
    case 'flag':
      return tag;
    case 'optional':
      return `${tag} [${metavar}]`;
    case 'list':
      return `${tag} ${metavar} ...`;
    default:
      return `${tag} ${metavar}`;
  }
}

export const GLOBAL_OPTIONS: readonly DocumentedOption[] = [
  {
    name: '--debug',
    dest: 'debug',
    arity: 'flag',
    doc: 'Log the steps of the call to standard error: configuration, the request and the response. Secret values are replaced by a placeholder.',
  },
  {
    name: '--endpoint-url',
    dest: 'endpoint_url',
    arity: 'value',
    metavar: 'url',
    doc: 'Send the request to this URL instead of the regional AWS endpoint. A file: URL (file://DIR) selects the local store in DIR.',
  },
  {
    name: '--no-verify-ssl',
    dest: 'verify_ssl',
    arity: 'flag',
    flagValue: false,
    doc: 'Do not verify TLS certificates. A warning is printed for each request.',
  },
  {
    name: '--no-paginate',
    dest: 'paginate',
    arity: 'flag',
    flagValue: false,
    doc: 'Accepted for compatibility. UpdateSecret returns a single response, so it changes nothing.',
  },
  {
    name: '--output',
    dest: 'output',
    arity: 'value',
    choices: OUTPUT_FORMATS,
    metavar: 'format',
    doc: 'The output format: json (the default), text, table, yaml, yaml-stream or off.',
  },
  {
    name: '--query',
    dest: 'query',
    arity: 'value',
    metavar: 'expression',
    doc: 'A JMESPath expression applied to the response before it is formatted.',
  },
  {
    name: '--profile',
    dest: 'profile',
    arity: 'value',
    metavar: 'name',
    doc: 'Use this profile from the shared configuration and credentials files.',
  },
  {
    name: '--region',
    dest: 'region',
    arity: 'value',
    metavar: 'region',
    doc: 'The AWS Region to send the request to (and, for the local store, the Region in the ARNs).',
  },
  {
    name: '--version',
    dest: 'version',
    arity: 'flag',
    terminal: true,
    doc: 'Print the version of update-secret and of the aws-cli it mirrors, then exit.',
  },
  {
    name: '--color',
    dest: 'color',
    arity: 'value',
    choices: COLOR_CHOICES,
    metavar: 'when',
    doc: 'Colour table output: on, off, or auto (only when standard output is a terminal).',
  },
  {
    name: '--no-sign-request',
    dest: 'sign_request',
    arity: 'flag',
    flagValue: false,
    doc: 'Send the request unsigned; no credentials are loaded.',
  },
  {
    name: '--ca-bundle',
    dest: 'ca_bundle',
    arity: 'value',
    metavar: 'path',
    doc: 'Verify TLS certificates against the PEM bundle at this path.',
  },
  {
    name: '--cli-read-timeout',
    dest: 'read_timeout',
    arity: 'value',
    metavar: 'seconds',
    doc: 'The longest wait for data from the server, in whole seconds; 0 waits forever. The default is 60.',
  },
  {
    name: '--cli-connect-timeout',
    dest: 'connect_timeout',
    arity: 'value',
    metavar: 'seconds',
    doc: 'The longest wait for a connection, in whole seconds; 0 waits forever. The default is 60.',
  },
  {
    name: '--cli-binary-format',
    dest: 'cli_binary_format',
    arity: 'value',
    choices: BINARY_FORMATS,
    metavar: 'format',
    doc: 'How --secret-binary text is read: base64 (the default) decodes it; raw-in-base64-out sends its UTF-8 bytes.',
  },
  {
    name: '--no-cli-pager',
    dest: 'no_cli_pager',
    arity: 'flag',
    doc: 'Write output directly instead of through a pager.',
  },
  {
    name: '--cli-auto-prompt',
    dest: 'cli_auto_prompt',
    arity: 'flag',
    flagValue: true,
    doc: 'Prompt for the parameters of the command interactively.',
  },
  {
    name: '--no-cli-auto-prompt',
    dest: 'cli_auto_prompt',
    arity: 'flag',
    flagValue: false,
    doc: 'Do not prompt, even when the configuration asks for it.',
  },
  {
    name: '--cli-error-format',
    dest: 'cli_error_format',
    arity: 'value',
    choices: ERROR_FORMATS,
    metavar: 'format',
    doc: 'How errors are written to standard error: enhanced (the default), legacy, json, yaml, text or table.',
  },
];
