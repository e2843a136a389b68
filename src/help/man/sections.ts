/**
 * Sections both pages share, or that are prose about the product rather
 * than about one command: global options, the local store, files, exit
 * status and shell completion.
 */
import { GLOBAL_OPTIONS } from '../../cli/global-options.js';
import { localOperations } from '../../commands/local.js';
import { EXIT_CODES } from '../../errors.js';
import { optionEntries } from './options.js';
import { bold, definitions, example, italic, para, ss, tagged, type Roff } from './roff.js';

export const globalOptionsSection = (): Roff => [
  ...para('These options apply to every command. They may come before or after the command\'s own options.'),
  ...optionEntries(undefined, GLOBAL_OPTIONS),
];

/** Why a command ends with each exit status. */
const EXIT_CAUSES: Record<keyof typeof EXIT_CODES, string> = {
  ok: 'Success. Also when standard output is closed early (for example piped into `head`) or cannot be written; that is not an error.',
  paramValidation:
    'A usage error (an unknown or missing option, an invalid choice, a missing value), a parameter that fails validation before ' +
    'anything is sent, a `file://` or `fileb://` file that cannot be read, invalid `--cli-input-json` or `--cli-input-yaml`, ' +
    'a `--query` syntax error, or an `--endpoint-url` without a scheme.',
  configuration: 'No Region is configured, no credentials are found, or the pager cannot be started.',
  service:
    'The service, or the local store, answered with an error such as ResourceNotFoundException or InvalidRequestException, ' +
    'after any retries.',
  general:
    'Anything else: connection, timeout and TLS errors, invalid base64 in `--secret-binary`, a profile that does not exist, ' +
    'partial credentials in the environment, a malformed config file, a bad Region name or retry setting, an unknown output format ' +
    'from the environment or config file, and `--query` errors at run time.',
  interrupted: 'Interrupted by Ctrl-C: a newline goes to standard output and nothing to standard error.',
};

export const exitStatusSection = (): Roff =>
  (Object.keys(EXIT_CODES) as (keyof typeof EXIT_CODES)[]).flatMap((key) => tagged(bold(String(EXIT_CODES[key])), EXIT_CAUSES[key]));

/** The companion operations, one line each. */
export const localOperationList = (): Roff => definitions(localOperations().map(({ name, summary }) => [name, summary] as const));

export const localStoreSection = (): Roff => [
  ...para(
    'Besides AWS, update-secret can keep secrets in a local store: an encrypted, versioned store in a directory, which behaves as ' +
      'Secrets Manager does (versions, staging labels, idempotent tokens, scheduled deletion, the retention of old versions, ' +
      'validation and error codes). It needs no account, no credentials and no network, so it suits development, tests and CI.',
  ),
  ...ss('Selecting it'),
  ...para(
    'The local store is an endpoint like any other, addressed by a `file:` URL: `--endpoint-url file://{DIR}`. ' +
      'An absolute {DIR} gives three slashes (`file:///srv/ci/secrets`); a relative one resolves against the current directory ' +
      '(`file://.secrets`, `file://./.secrets`), and `~` expands to the home directory. The directory is created when first written.',
    'Every way of configuring an endpoint selects it, in this order: `--endpoint-url`; the environment variable ' +
      '`AWS_ENDPOINT_URL_SECRETS_MANAGER`; `AWS_ENDPOINT_URL`; and in the shared config file, the profile\'s `services` section ' +
      '(`secrets_manager =` with `endpoint_url =` below it), then the profile\'s own `endpoint_url`. ' +
      '`AWS_IGNORE_CONFIGURED_ENDPOINT_URLS=true` (or `ignore_configured_endpoint_urls = true`) leaves only `--endpoint-url`. ' +
      'An `http://` or `https://` endpoint goes to that server; no endpoint at all means AWS.',
    'With a `file:` endpoint no credentials are read. The Region still shapes the ARNs (`us-east-1` when none is configured), and ' +
      'the account id is `123456789012`. Each Region has its own secrets and key ring.',
  ),
  ...ss('The local operations'),
  ...para(
    '`update-secret local {operation}` runs one of these, with aws-cli\'s names, options and output; see ' +
      '`update-secret-local`(1) or `update-secret local help`:',
  ),
  ...localOperationList(),
  ...ss('The default store'),
  ...para(
    'The local operations always use a store: the `file:` endpoint when one is configured, otherwise the default store, ' +
      '`$XDG_DATA_HOME/update-secret`, or `~/.local/share/update-secret` when `XDG_DATA_HOME` is unset or empty. ' +
      'update-secret itself uses the default store only through such an endpoint: without one it calls AWS.',
  ),
  ...ss('Encryption'),
  ...para(
    'Each version\'s value is encrypted with AES-256-GCM under its own random 256-bit data key. The data key is in turn encrypted ' +
      '(wrapped) under a key of the local key ring: the key named by `--kms-key-id`, or the AWS managed key ' +
      '`alias/aws/secretsmanager`, which always exists. Changing the key of a secret re-wraps the data keys of its current, ' +
      'pending and previous versions.',
    'The key ring, key material included, is stored inside the store directory, in a file of mode 0600. The store therefore ' +
      'protects values at rest only as well as that file is protected: anyone who can read the store directory as its owner can ' +
      'read every secret in it. It keeps values out of plain-text files, backups of single files and logs; it is no substitute ' +
      'for a key management service. Store files are created with mode 0600 and directories with mode 0700.',
    'Writes are atomic and each secret is locked while it is written, so parallel invocations (concurrent CI jobs, for example) ' +
      'do not corrupt the store; a lock left by a crashed process is recovered.',
  ),
];

export const filesSection = (): Roff => [
  ...definitions([
    ['~/.aws/config', 'The shared config file (see `AWS_CONFIG_FILE`): profiles in `[default]` and `[profile NAME]` sections, with settings such as `region`, `output`, `endpoint_url`, `cli_pager`, `ca_bundle`, `retry_mode` and `max_attempts`; `[services NAME]` sections for per-service settings.'],
    ['~/.aws/credentials', 'The shared credentials file (see `AWS_SHARED_CREDENTIALS_FILE`): one section per profile, named without the `profile` prefix.'],
    ['$XDG_DATA_HOME/update-secret/', 'The default local store; `~/.local/share/update-secret/` when `XDG_DATA_HOME` is not set.'],
    ['$XDG_CACHE_HOME/update-secret/', 'The code cache that speeds up start-up; `~/.cache/update-secret/` when `XDG_CACHE_HOME` is not set. Safe to delete.'],
  ]),
  ...tagged(
    `${italic('DIR')}/`,
    'The store of a `file://{DIR}` endpoint: one directory per account and Region, holding the key ring and the encrypted secrets. Mode 0700, its files 0600.',
  ),
];

/** How to install completion, for the man page (the README says the same). */
export const completionSection = (): Roff => [
  ...para(
    '`update-secret completion bash`, `zsh` or `fish` prints a completion script for that shell. It completes option names ' +
      '(the operation\'s and the global ones), the values of options with fixed choices (`--output`, `--color`, ' +
      '`--cli-binary-format`, `--cli-error-format`, `--generate-cli-skeleton`), profile names from the shared config and ' +
      'credentials files after `--profile`, file names after `file://` and `fileb://`, and the operations after `local`. ' +
      'To install it:',
  ),
  ...definitions([
    ['bash', 'Add `eval "$(update-secret completion bash)"` to `~/.bashrc`, or save the script as `~/.local/share/bash-completion/completions/update-secret`.'],
    ['zsh', 'Save the script as `_update-secret` in a directory of `$fpath` before `compinit` runs, or add `eval "$(update-secret completion zsh)"` to `~/.zshrc` after `compinit`.'],
    ['fish', 'Save the script as `~/.config/fish/completions/update-secret.fish`.'],
  ]),
  ...para('For example:'),
  ...example(['update-secret completion fish > ~/.config/fish/completions/update-secret.fish']),
];

/** `name(1)` references, comma-separated. */
export const seeAlso = (pages: readonly string[]): Roff =>
  pages.map((page, i) => {
    const [, name, section] = /^(.*)\((\d)\)$/.exec(page)!;
    return `${bold(name!)}(${section})${i < pages.length - 1 ? ',' : ''}`;
  });
