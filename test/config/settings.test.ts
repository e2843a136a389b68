/**
 * Every setting's chain of sources, in aws-cli 2.36.7's precedence (command
 * line, environment, profile, default), and the errors a bad value gives.
 * Texts and exit codes were checked against aws-cli 2.9.19 where they are
 * unchanged in 2.36.7 (awscli-behavior.md §§4.4, 4.5, 5.2, 8), and against
 * botocore 1.43's ConfiguredEndpointProvider for the endpoint chain.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toGlobalArgs, type GlobalArgs } from '../../src/cli/globals.js';
import { SharedConfig } from '../../src/config/profiles.js';
import { pyInt, Settings } from '../../src/config/settings.js';
import { CliError, ConfigurationError, GeneralError } from '../../src/errors.js';
import { failure as fail } from '../support/failure.js';

interface Setup {
  globals?: Partial<GlobalArgs>;
  env?: Record<string, string>;
  config?: string;
  profile?: string;
}

function settings({ globals = {}, env = {}, config = '', profile }: Setup = {}): Settings {
  const home = mkdtempSync(join(tmpdir(), 'settings-test-'));
  const path = join(home, 'config');
  writeFileSync(path, config);
  const fullEnv = { HOME: home, AWS_CONFIG_FILE: path, AWS_SHARED_CREDENTIALS_FILE: join(home, 'none'), ...env };
  const args = { ...toGlobalArgs(new Map()), ...globals, ...(profile ? { profile } : {}) };
  return new Settings(args, fullEnv, new SharedConfig(fullEnv, args.profile));
}

const failure = (run: () => unknown) => fail(run, CliError);

describe('region', () => {
  const config = '[default]\nregion = from-profile\n';

  it('is --region, then AWS_REGION, then AWS_DEFAULT_REGION, then the profile', () => {
    const env = { AWS_REGION: 'from-region', AWS_DEFAULT_REGION: 'from-default' };
    expect(settings({ globals: { region: 'from-flag' }, env, config }).region()).toBe('from-flag');
    expect(settings({ env, config }).region()).toBe('from-region');
    expect(settings({ env: { AWS_DEFAULT_REGION: 'from-default' }, config }).region()).toBe('from-default');
    expect(settings({ config }).region()).toBe('from-profile');
  });

  it('is undefined when nothing configures one', () => {
    expect(settings().region()).toBeUndefined();
  });

  it("keeps an empty --region (aws-cli signs with an empty scope)", () => {
    expect(settings({ globals: { region: '' }, config }).region()).toBe('');
  });

  it("reads the named profile's region", () => {
    expect(settings({ config: '[default]\nregion = d\n[profile p]\nregion = p\n', profile: 'p' }).region()).toBe('p');
  });

  it('fails on a missing named profile only when it has to read the profile', () => {
    expect(settings({ env: { AWS_REGION: 'r' }, profile: 'nope' }).region()).toBe('r');
    expect(failure(() => settings({ profile: 'nope' }).region()).message).toBe('The config profile (nope) could not be found');
  });
});

describe('output', () => {
  const config = '[default]\noutput = table\n';

  it('is --output, then AWS_DEFAULT_OUTPUT, then the profile, then json', () => {
    expect(settings({ globals: { output: 'text' }, env: { AWS_DEFAULT_OUTPUT: 'yaml' }, config }).output()).toBe('text');
    expect(settings({ env: { AWS_DEFAULT_OUTPUT: 'yaml' }, config }).output()).toBe('yaml');
    expect(settings({ config }).output()).toBe('table');
    expect(settings().output()).toBe('json');
  });

  it('passes an invalid value from the environment or profile through, case and all, to be refused at print time', () => {
    expect(settings({ env: { AWS_DEFAULT_OUTPUT: 'TEXT' } }).output()).toBe('TEXT');
    expect(settings({ config: '[default]\noutput = bogus\n' }).output()).toBe('bogus');
  });
});

describe('endpoint', () => {
  const services = [
    '[default]',
    'services = local',
    'endpoint_url = http://profile-wide',
    '[services local]',
    'secrets_manager =',
    '  endpoint_url = http://from-services',
    '',
  ].join('\n');

  it('is --endpoint-url first, whatever else is set', () => {
    const s = settings({
      globals: { endpointUrl: 'http://flag' },
      env: { AWS_ENDPOINT_URL_SECRETS_MANAGER: 'http://svc', AWS_IGNORE_CONFIGURED_ENDPOINT_URLS: 'true' },
      config: services,
    });
    expect(s.endpoint()).toEqual({ url: 'http://flag', source: 'command line' });
  });

  it('is AWS_ENDPOINT_URL_SECRETS_MANAGER, then AWS_ENDPOINT_URL, then the services section, then the profile', () => {
    const env = { AWS_ENDPOINT_URL_SECRETS_MANAGER: 'http://svc', AWS_ENDPOINT_URL: 'http://global' };
    expect(settings({ env, config: services }).endpoint()).toEqual({ url: 'http://svc', source: 'environment' });
    expect(settings({ env: { AWS_ENDPOINT_URL: 'http://global' }, config: services }).endpoint()).toEqual({
      url: 'http://global',
      source: 'environment',
    });
    expect(settings({ config: services }).endpoint()).toEqual({ url: 'http://from-services', source: 'config file' });
    expect(settings({ config: '[default]\nendpoint_url = http://profile-wide\n' }).endpoint()).toEqual({
      url: 'http://profile-wide',
      source: 'config file',
    });
  });

  it('skips empty values and goes on down the chain', () => {
    const env = { AWS_ENDPOINT_URL_SECRETS_MANAGER: '', AWS_ENDPOINT_URL: '' };
    expect(settings({ env, config: services }).endpoint()).toEqual({ url: 'http://from-services', source: 'config file' });
  });

  it('falls back to the profile-wide endpoint_url when the services section has none for Secrets Manager', () => {
    const config = '[default]\nservices = local\nendpoint_url = http://profile-wide\n[services local]\ns3 =\n  endpoint_url = http://s3\n';
    expect(settings({ config }).endpoint()).toEqual({ url: 'http://profile-wide', source: 'config file' });
  });

  it('is undefined (the AWS endpoint) when nothing sets one', () => {
    expect(settings().endpoint()).toBeUndefined();
  });

  it.each([['true'], ['TRUE'], ['True']])('ignores every configured endpoint when AWS_IGNORE_CONFIGURED_ENDPOINT_URLS is %s', (value) => {
    const s = settings({ env: { AWS_IGNORE_CONFIGURED_ENDPOINT_URLS: value, AWS_ENDPOINT_URL: 'http://global' }, config: services });
    expect(s.endpoint()).toBeUndefined();
  });

  it('reads ignore_configured_endpoint_urls from the profile, the environment winning', () => {
    const config = '[default]\nignore_configured_endpoint_urls = true\nendpoint_url = http://profile-wide\n';
    expect(settings({ config }).endpoint()).toBeUndefined();
    expect(settings({ config, env: { AWS_IGNORE_CONFIGURED_ENDPOINT_URLS: 'false' } }).endpoint()).toEqual({
      url: 'http://profile-wide',
      source: 'config file',
    });
  });

  it('treats anything but "true" as false for the ignore switch', () => {
    expect(settings({ env: { AWS_IGNORE_CONFIGURED_ENDPOINT_URLS: '1', AWS_ENDPOINT_URL: 'http://g' } }).endpoint()?.url).toBe('http://g');
  });

  it("reports a profile's services section that does not exist, exit code 255", () => {
    const error = failure(() => settings({ config: '[default]\nservices = missing\n' }).endpoint());
    expect(error).toBeInstanceOf(GeneralError);
    expect(error.message).toBe(
      'The profile is configured to use the services section but the "missing" services configuration does not exist.',
    );
  });

  it('does not look for the services section when an environment variable already gave the endpoint', () => {
    expect(settings({ env: { AWS_ENDPOINT_URL: 'http://g' }, config: '[default]\nservices = missing\n' }).endpoint()?.url).toBe('http://g');
  });

  // botocore 1.43 (_get_services_config): `if not services_section: raise
  // InvalidConfigError(...)`, so an empty [services local] section is as
  // good as a missing one. We only check that the section exists.
  it('reports an empty services section like a missing one', () => {
    const config = '[default]\nservices = local\n[services local]\n';
    expect(failure(() => settings({ config }).endpoint()).message).toBe(
      'The profile is configured to use the services section but the "local" services configuration does not exist.',
    );
  });
});

describe('pager', () => {
  it('is AWS_PAGER, then the profile cli_pager, then PAGER, then less', () => {
    const config = '[default]\ncli_pager = from-profile\n';
    expect(settings({ env: { AWS_PAGER: 'from-aws-pager', PAGER: 'from-pager' }, config }).pager()).toBe('from-aws-pager');
    expect(settings({ env: { PAGER: 'from-pager' }, config }).pager()).toBe('from-profile');
    expect(settings({ env: { PAGER: 'from-pager' } }).pager()).toBe('from-pager');
    expect(settings().pager()).toBe('less');
  });

  it('stops the chain at an empty value, meaning no pager', () => {
    expect(settings({ env: { AWS_PAGER: '', PAGER: 'more' }, config: '[default]\ncli_pager = x\n' }).pager()).toBe('');
    expect(settings({ env: { PAGER: 'more' }, config: '[default]\ncli_pager =\n' }).pager()).toBe('');
  });

  it('is off with --no-cli-pager, whatever is configured', () => {
    expect(settings({ globals: { noCliPager: true }, env: { AWS_PAGER: 'less' } }).pager()).toBe('');
  });
});

describe('binary format', () => {
  it('is --cli-binary-format, then the profile cli_binary_format, then base64 (no environment variable)', () => {
    const config = '[default]\ncli_binary_format = raw-in-base64-out\n';
    expect(settings({ globals: { binaryFormat: 'base64' }, config }).binaryFormat()).toBe('base64');
    expect(settings({ config }).binaryFormat()).toBe('raw-in-base64-out');
    expect(settings({ env: { AWS_CLI_BINARY_FORMAT: 'raw-in-base64-out' } }).binaryFormat()).toBe('base64');
  });

  it("reports a bad profile value as a bare quoted 'bogus' (aws-cli's KeyError), exit code 255", () => {
    const error = failure(() => settings({ config: '[default]\ncli_binary_format = bogus\n' }).binaryFormat());
    expect(error).toBeInstanceOf(GeneralError);
    expect(error.message).toBe("'bogus'");
  });

  it('quotes the bad value as Python repr does', () => {
    expect(failure(() => settings({ config: "[default]\ncli_binary_format = it's\n" }).binaryFormat()).message).toBe(`"it's"`);
  });

  it('uses base64 when the named profile is missing', () => {
    expect(settings({ profile: 'nope' }).binaryFormat()).toBe('base64');
  });
});

describe('error format', () => {
  it('is --cli-error-format, then AWS_CLI_ERROR_FORMAT, then the profile cli_error_format, then enhanced', () => {
    const config = '[default]\ncli_error_format = yaml\n';
    expect(settings({ globals: { errorFormat: 'json' }, env: { AWS_CLI_ERROR_FORMAT: 'text' }, config }).errorFormat()).toBe('json');
    expect(settings({ env: { AWS_CLI_ERROR_FORMAT: 'text' }, config }).errorFormat()).toBe('text');
    expect(settings({ config }).errorFormat()).toBe('yaml');
    expect(settings().errorFormat()).toBe('enhanced');
  });

  it('lower-cases values from the environment and the profile', () => {
    expect(settings({ env: { AWS_CLI_ERROR_FORMAT: 'JSON' } }).errorFormat()).toBe('json');
    expect(settings({ config: '[default]\ncli_error_format = Legacy\n' }).errorFormat()).toBe('legacy');
  });

  it('treats an empty value as enhanced', () => {
    expect(settings({ env: { AWS_CLI_ERROR_FORMAT: '' }, config: '[default]\ncli_error_format = json\n' }).errorFormat()).toBe('enhanced');
  });

  // aws-cli's handler gives up on structured output when the profile lookup
  // raises, printing the bare message: the legacy form (see report.test.ts).
  it('never fails, and means the bare message when the profile is missing', () => {
    expect(settings({ profile: 'nope' }).errorFormat()).toBe('legacy');
    expect(settings({ profile: 'nope', env: { AWS_CLI_ERROR_FORMAT: 'yaml' } }).errorFormat()).toBe('yaml');
  });

  it('turns an invalid value from the environment or profile into enhanced', () => {
    expect(settings({ env: { AWS_CLI_ERROR_FORMAT: 'bogus' } }).errorFormat()).toBe('enhanced');
  });
});

describe('CA bundle', () => {
  it('is --ca-bundle, then AWS_CA_BUNDLE, then the profile ca_bundle', () => {
    const config = '[default]\nca_bundle = /profile.pem\n';
    expect(settings({ globals: { caBundle: '/flag.pem' }, env: { AWS_CA_BUNDLE: '/env.pem' }, config }).caBundle()).toBe('/flag.pem');
    expect(settings({ env: { AWS_CA_BUNDLE: '/env.pem' }, config }).caBundle()).toBe('/env.pem');
    expect(settings({ config }).caBundle()).toBe('/profile.pem');
    expect(settings().caBundle()).toBeUndefined();
  });
});

describe('retries', () => {
  it('defaults to standard mode and 3 attempts', () => {
    expect([settings().retryMode(), settings().maxAttempts()]).toEqual(['standard', 3]);
  });

  it('takes AWS_RETRY_MODE over the profile retry_mode (which it can rescue)', () => {
    const config = '[default]\nretry_mode = legacy\n';
    expect(settings({ env: { AWS_RETRY_MODE: 'standard' }, config }).retryMode()).toBe('standard');
    expect(settings({ config: '[default]\nretry_mode = adaptive\n' }).retryMode()).toBe('adaptive');
  });

  it.each([['legacy'], ['Standard'], [''], ['bogus']])('refuses retry mode %j, exit code 255', (mode) => {
    const error = failure(() => settings({ env: { AWS_RETRY_MODE: mode } }).retryMode());
    expect(error).toBeInstanceOf(GeneralError);
    expect(error.message).toBe(`Invalid value provided to "mode": "${mode}" must be one of: "standard" or "adaptive"`);
  });

  it('takes AWS_MAX_ATTEMPTS over the profile max_attempts', () => {
    const config = '[default]\nmax_attempts = 7\n';
    expect(settings({ env: { AWS_MAX_ATTEMPTS: '1' }, config }).maxAttempts()).toBe(1);
    expect(settings({ config }).maxAttempts()).toBe(7);
  });

  it.each([['0'], ['-1'], ['-0']])('refuses max attempts %j with the "greater than or equal to one" text', (value) => {
    const error = failure(() => settings({ env: { AWS_MAX_ATTEMPTS: value } }).maxAttempts());
    expect(error.message).toBe(`Value provided to "max_attempts": ${Number(value)} must be an integer greater than or equal to one.`);
    expect(error.exitCode).toBe(255);
  });

  it.each([['abc'], ['1.5'], ['']])("refuses max attempts %j with Python's int() text", (value) => {
    expect(failure(() => settings({ env: { AWS_MAX_ATTEMPTS: value } }).maxAttempts()).message).toBe(
      `invalid literal for int() with base 10: '${value}'`,
    );
  });
});

describe('timestamp format', () => {
  it('is the profile cli_timestamp_format, else iso8601', () => {
    expect(settings({ config: '[default]\ncli_timestamp_format = wire\n' }).timestampFormat()).toBe('wire');
    expect(settings().timestampFormat()).toBe('iso8601');
  });

  it('refuses any other value as a configuration error, exit code 253 (checked with aws-cli 2.9.19)', () => {
    const error = failure(() => settings({ config: '[default]\ncli_timestamp_format = bogus\n' }).timestampFormat());
    expect(error).toBeInstanceOf(ConfigurationError);
    expect(error.exitCode).toBe(253);
    expect(error.message).toBe('Unknown cli_timestamp_format value: bogus, valid values are "wire" or "iso8601"');
  });

  it('is case-sensitive', () => {
    expect(() => settings({ config: '[default]\ncli_timestamp_format = ISO8601\n' }).timestampFormat()).toThrow(ConfigurationError);
  });

  it('uses iso8601 when the named profile is missing', () => {
    expect(settings({ profile: 'nope' }).timestampFormat()).toBe('iso8601');
  });
});

describe('auto-prompt mode', () => {
  it('is on with --cli-auto-prompt and off with --no-cli-auto-prompt, anywhere in argv, whatever is configured', () => {
    const configured = settings({ env: { AWS_CLI_AUTO_PROMPT: 'on-partial' } });
    expect(configured.promptMode(['--secret-id', 'x', '--cli-auto-prompt'])).toBe('on');
    expect(configured.promptMode(['--no-cli-auto-prompt', '--secret-id', 'x'])).toBe('off');
  });

  it('is AWS_CLI_AUTO_PROMPT, then the profile cli_auto_prompt', () => {
    const config = '[default]\ncli_auto_prompt = on\n';
    expect(settings({ env: { AWS_CLI_AUTO_PROMPT: 'on-partial' }, config }).promptMode([])).toBe('on-partial');
    expect(settings({ config }).promptMode([])).toBe('on');
  });

  it('is off when unset, and when the named profile is missing', () => {
    expect(settings().promptMode([])).toBe('off');
    expect(settings({ profile: 'nope' }).promptMode([])).toBe('off');
  });
});

describe('FIPS and dual-stack', () => {
  it('reads the environment, then the profile, "true" in any case meaning on', () => {
    expect(settings({ env: { AWS_USE_FIPS_ENDPOINT: 'TRUE' } }).useFips()).toBe(true);
    expect(settings({ env: { AWS_USE_FIPS_ENDPOINT: 'false' }, config: '[default]\nuse_fips_endpoint = true\n' }).useFips()).toBe(false);
    expect(settings({ config: '[default]\nuse_dualstack_endpoint = true\n' }).useDualstack()).toBe(true);
    expect([settings().useFips(), settings().useDualstack()]).toEqual([false, false]);
  });
});

describe('pyInt', () => {
  it.each([
    ['60', 60],
    [' 12 ', 12],
    ['+5', 5],
    ['-1', -1],
    ['1_000', 1000],
    ['010', 10],
    ['\t7\n', 7],
  ])('reads %j as %d', (text, n) => {
    expect(pyInt(text)).toBe(n);
  });

  it.each([['1.5'], ['abc'], [''], ['1__0'], ['_1'], ['1_'], ['0x10'], ['1e3']])('refuses %j', (text) => {
    expect(() => pyInt(text)).toThrow(`invalid literal for int() with base 10: '${text}'`);
  });

  // Python's int() accepts any Unicode decimal digit (int('١٢') == 12,
  // int('１２') == 12) and does not strip U+FEFF (int('\ufeff5') fails).
  it('reads Unicode decimal digits as Python does', () => {
    expect(pyInt('\u0661\u0662')).toBe(12);
  });

  it('does not strip a byte-order mark', () => {
    expect(() => pyInt('\ufeff5')).toThrow("invalid literal for int() with base 10: '\\ufeff5'");
  });

  // Python 3.11: int('1' * 4301) raises "Exceeds the limit (4300 digits) ...",
  // also for digits it rewrote from Unicode ones.
  it("refuses more than 4300 digits with Python's digit-limit text", () => {
    const limit =
      'Exceeds the limit (4300 digits) for integer string conversion: value has 4301 digits; ' +
      'use sys.set_int_max_str_digits() to increase the limit';
    expect(() => pyInt('1'.repeat(4301))).toThrow(limit);
    expect(() => pyInt('\u0661'.repeat(4301))).toThrow(limit);
    expect(pyInt('0'.repeat(4300))).toBe(0);
  });
});
