/**
 * The ENVIRONMENT section: every variable update-secret (or the SDK code it
 * runs) reads, grouped by what it configures, each with where it stands in
 * the order of precedence. A test (test/help/man-pages.test.ts) checks that
 * the rendered section names every variable the source reads.
 */
import { bold, para, ss, tagged, type Roff } from './roff.js';

type Entry = readonly [names: readonly string[], text: string];

const GROUPS: readonly (readonly [title: string, entries: readonly Entry[]])[] = [
  [
    'Region',
    [
      [['AWS_REGION'], 'The Region, when `--region` is not given.'],
      [
        ['AWS_DEFAULT_REGION'],
        'The Region, when neither `--region` nor `AWS_REGION` is set. After it come the profile\'s `region` and then the EC2 instance ' +
          'metadata service. With a `file:` endpoint and no Region anywhere, `us-east-1` is used.',
      ],
    ],
  ],
  [
    'Profile and shared files',
    [
      [['AWS_DEFAULT_PROFILE'], 'The profile, when `--profile` is not given. It is read before `AWS_PROFILE`. A profile named but not found is an error (exit status 255).'],
      [
        ['AWS_PROFILE'],
        'The profile, when neither `--profile` nor `AWS_DEFAULT_PROFILE` is set. Unlike `--profile`, it does not make update-secret ' +
          'skip credentials in the environment.',
      ],
      [
        ['AWS_CONFIG_FILE'],
        'The shared config file, `~/.aws/config` by default. `~` and `$VAR` in the path are expanded. A missing file is treated as empty.',
      ],
      [['AWS_SHARED_CREDENTIALS_FILE'], 'The shared credentials file, `~/.aws/credentials` by default.'],
    ],
  ],
  [
    'Credentials, in the order they are tried',
    [
      [
        ['AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY'],
        'Static credentials, tried first unless `--profile` is given. A key id without a secret key is an error (exit status 255).',
      ],
      [['AWS_SESSION_TOKEN', 'AWS_SECURITY_TOKEN'], 'The session token of temporary credentials. `AWS_SECURITY_TOKEN`, the older name, wins when both are set.'],
      [
        ['AWS_WEB_IDENTITY_TOKEN_FILE', 'AWS_ROLE_ARN', 'AWS_ROLE_SESSION_NAME'],
        'After the profile: assume the role `AWS_ROLE_ARN` with the web identity token in this file (Kubernetes service accounts, CI OIDC tokens).',
      ],
      [
        [
          'AWS_CONTAINER_CREDENTIALS_RELATIVE_URI',
          'AWS_CONTAINER_CREDENTIALS_FULL_URI',
          'AWS_CONTAINER_AUTHORIZATION_TOKEN',
          'AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE',
        ],
        'Then the container credentials endpoint (ECS tasks, EKS Pod Identity). When either URI is set, instance metadata is not tried.',
      ],
      [['AWS_EC2_METADATA_DISABLED'], '`true` stops update-secret from asking the EC2 instance metadata service for credentials or the Region.'],
      [['AWS_EC2_METADATA_SERVICE_ENDPOINT'], 'The address of the instance metadata service, `http://169.254.169.254/` by default.'],
    ],
  ],
  [
    'Endpoint and connection',
    [
      [
        ['AWS_ENDPOINT_URL_SECRETS_MANAGER'],
        'The endpoint for Secrets Manager, when `--endpoint-url` is not given. A `file:` URL selects the local store (see LOCAL STORE).',
      ],
      [['AWS_ENDPOINT_URL'], 'The endpoint for every service, when the variable above is not set. It wins over the profile\'s `endpoint_url`.'],
      [
        ['AWS_IGNORE_CONFIGURED_ENDPOINT_URLS'],
        '`true` ignores the two variables above and the endpoint settings of the profile; `--endpoint-url` still applies.',
      ],
      [['AWS_USE_FIPS_ENDPOINT'], '`true` sends requests to the FIPS endpoint of the Region (when no endpoint URL is configured).'],
      [['AWS_USE_DUALSTACK_ENDPOINT'], '`true` sends requests to the dual-stack (IPv4 and IPv6) endpoint of the Region.'],
      [['AWS_CA_BUNDLE'], 'A PEM file of certificates to trust, when `--ca-bundle` is not given. It wins over the profile\'s `ca_bundle`.'],
      [
        ['HTTPS_PROXY', 'https_proxy'],
        'The proxy for https endpoints (the lowercase name wins), as `http://[user:password@]host:port`; requests go through it in a CONNECT tunnel.',
      ],
      [['HTTP_PROXY', 'http_proxy'], 'The proxy for http endpoints, which receives the full request URL.'],
      [['NO_PROXY', 'no_proxy'], 'Host names and domain suffixes, separated by commas, reached without a proxy; `*` for all.'],
      [['REQUEST_METHOD'], 'When set (a CGI environment, where HTTP_PROXY comes from a request header), `HTTP_PROXY` is ignored.'],
      [['AWS_MAX_ATTEMPTS'], 'How many times a request is tried in all, 3 by default. It wins over the profile\'s `max_attempts`.'],
      [['AWS_RETRY_MODE'], 'The retry mode, `standard` (the default) or `adaptive`. It wins over the profile\'s `retry_mode`.'],
    ],
  ],
  [
    'Output, errors and prompting',
    [
      [
        ['AWS_DEFAULT_OUTPUT'],
        'The output format, when `--output` is not given; it wins over the profile\'s `output`. An invalid value is reported only once a response is to be printed.',
      ],
      [
        ['AWS_PAGER'],
        'The pager for output on a terminal. It wins over the profile\'s `cli_pager`, then `PAGER`, then `less`. An empty value means no pager. Not used by update-secret help.',
      ],
      [['PAGER'], 'The output pager when neither `AWS_PAGER` nor `cli_pager` is set, and the help pager when `MANPAGER` is not set.'],
      [['LESS'], 'Options for less. When it is not set, the output pager runs with `LESS=FRX`.'],
      [['MANPAGER'], 'The pager for update-secret help, before `PAGER` and `less -R`.'],
      [['PATH'], 'Where update-secret help looks for man(1), mandoc(1) and the pager.'],
      [
        ['AWS_CLI_ERROR_FORMAT'],
        'The error format, when `--cli-error-format` is not given; it wins over the profile\'s `cli_error_format`. An invalid value means `enhanced`.',
      ],
      [
        ['AWS_CLI_AUTO_PROMPT'],
        '`on` or `on-partial` turns on prompting for parameters (see `--cli-auto-prompt`), unless one of the prompt flags is given. ' +
          'It wins over the profile\'s `cli_auto_prompt`.',
      ],
    ],
  ],
  [
    'Directories',
    [
      [['XDG_DATA_HOME'], 'The default local store is `$XDG_DATA_HOME/update-secret` when this is set and not empty.'],
      [
        ['XDG_CACHE_HOME'],
        'Compiled code is cached in `$XDG_CACHE_HOME/update-secret` (else `~/.cache/update-secret`) to start faster. ' +
          'The cache is used only when that directory belongs to the user and is closed to others; deleting it is always safe.',
      ],
      [
        ['HOME'],
        'The home directory: `~` in paths, the default shared files, the default store `~/.local/share/update-secret` ' +
          'and the cache `~/.cache/update-secret`.',
      ],
    ],
  ],
];

export function environmentSection(): Roff {
  return [
    ...para(
      'A command-line option wins over an environment variable, which wins over the setting of the profile in the shared config file, ' +
        'which wins over the default. The variables, grouped by what they configure:',
    ),
    ...GROUPS.flatMap(([title, entries]) => [
      ...ss(title),
      ...entries.flatMap(([names, text]) => tagged(names.map((n) => bold(n)).join(', '), text)),
    ]),
  ];
}
