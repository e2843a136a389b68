/**
 * The shared config and credentials files as botocore reads them into
 * profiles (botocore's Session.full_config and configloader.build_profile_map).
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SharedConfig } from '../../src/config/profiles.js';
import { GeneralError } from '../../src/errors.js';
import { failure as fail } from '../support/failure.js';

function home(files: Record<string, string | Buffer> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'profiles-test-'));
  for (const [name, content] of Object.entries(files)) {
    const path = join(dir, name);
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(path, content);
  }
  return dir;
}

function config(files: Record<string, string | Buffer>, env: Record<string, string> = {}, profile?: string): SharedConfig {
  return new SharedConfig({ HOME: home(files), ...env }, profile);
}

const failure = (run: () => unknown) => fail(run, GeneralError);

const scoped = (c: SharedConfig): Record<string, unknown> => Object.fromEntries(c.scoped());

describe('the profile map', () => {
  it('reads [default] and [profile x] from ~/.aws/config', () => {
    const files = { '.aws/config': '[default]\nregion = d\n[profile dev]\nregion = e\n' };
    expect(scoped(config(files))).toEqual({ region: 'd' });
    expect(scoped(config(files, {}, 'dev'))).toEqual({ region: 'e' });
  });

  it('ignores config sections that are not profiles', () => {
    const files = { '.aws/config': '[preview]\na = 1\n[dev]\nb = 2\n[profile]\nc = 3\n[profile a b]\nd = 4\n' };
    expect(config(files).profileNames()).toEqual([]);
    expect(failure(() => config(files, {}, 'dev').scoped()).message).toBe('The config profile (dev) could not be found');
  });

  it('splits profile headers as shlex does', () => {
    const c = config({
      '.aws/config': [
        '[profile  spaced]',
        '[profile "a b"]',
        "[profile 'single']",
        '[profile "unclosed]',
        '[profilex y]',
        '[profile ""]',
        '[profile a#b]',
      ].join('\nk = v\n') + '\nk = v\n',
    });
    // shlex.split('profilex y') is ['profilex', 'y']: botocore only checks the prefix.
    expect(c.profileNames()).toEqual(['spaced', 'a b', 'single', 'y', '', 'a#b']);
  });

  // shlex.split('profile a\\ b') == ['profile', 'a b'] and
  // shlex.split('profile "a"b') == ['profile', 'ab']: botocore makes
  // profiles "a b" and "ab". Our splitter knows neither backslashes nor
  // quotes joined to other text, finds three parts and drops the section.
  it('reads backslash escapes and joined quotes in a profile header as shlex does', () => {
    const c = config({ '.aws/config': '[profile a\\ b]\nk = 1\n[profile "a"b]\nk = 2\n' });
    expect(c.profileNames()).toEqual(['a b', 'ab']);
  });

  it('takes plain section names from the credentials file, "profile x" included', () => {
    const c = config({ '.aws/credentials': '[default]\naws_access_key_id = A\n[ci]\nx = 1\n[profile p]\ny = 2\n' });
    expect(c.profileNames()).toEqual(['default', 'ci', 'profile p']);
  });

  it('lets the credentials file override the config file key by key', () => {
    const c = config(
      {
        '.aws/config': '[profile dev]\nregion = r\naws_access_key_id = FROM_CONFIG\n',
        '.aws/credentials': '[dev]\naws_access_key_id = FROM_CREDENTIALS\naws_secret_access_key = S\n',
      },
      {},
      'dev',
    );
    expect(scoped(c)).toEqual({ region: 'r', aws_access_key_id: 'FROM_CREDENTIALS', aws_secret_access_key: 'S' });
  });

  it('makes a profile that is only in the credentials file exist', () => {
    expect(scoped(config({ '.aws/credentials': '[only-creds]\nk = v\n' }, {}, 'only-creds'))).toEqual({ k: 'v' });
  });

  it('lets a later [profile default] replace [default]', () => {
    expect(scoped(config({ '.aws/config': '[default]\na = 1\n[profile default]\nb = 2\n' }))).toEqual({ b: '2' });
  });
});

describe('the profile in effect', () => {
  const files = { '.aws/config': '[default]\nn = default\n[profile a]\nn = a\n[profile b]\nn = b\n[profile c]\nn = c\n' };

  it('is --profile, then AWS_DEFAULT_PROFILE, then AWS_PROFILE, then default', () => {
    expect(config(files, { AWS_DEFAULT_PROFILE: 'b', AWS_PROFILE: 'c' }, 'a').get('n')).toBe('a');
    expect(config(files, { AWS_DEFAULT_PROFILE: 'b', AWS_PROFILE: 'c' }).get('n')).toBe('b');
    expect(config(files, { AWS_PROFILE: 'c' }).get('n')).toBe('c');
    expect(config(files).get('n')).toBe('default');
  });

  it('is named by profileName, undefined for the default', () => {
    expect(config(files, { AWS_PROFILE: 'c' }).profileName).toBe('c');
    expect(config(files).profileName).toBeUndefined();
  });

  it('is empty when there is no default profile and none was named', () => {
    expect(scoped(config({}))).toEqual({});
  });

  it.each([
    ['--profile', {}, 'nope'],
    ['AWS_PROFILE', { AWS_PROFILE: 'nope' }, undefined],
    ['AWS_DEFAULT_PROFILE', { AWS_DEFAULT_PROFILE: 'nope' }, undefined],
  ])('must exist when named by %s: ProfileNotFound, exit code 255', (_how, env, profile) => {
    const error = failure(() => config(files, env, profile).scoped());
    expect(error.message).toBe('The config profile (nope) could not be found');
    expect(error.exitCode).toBe(255);
  });

  it('must exist even when named by an empty AWS_PROFILE', () => {
    expect(failure(() => config(files, { AWS_PROFILE: '' }).scoped()).message).toBe('The config profile () could not be found');
  });

  it('gives only string settings through get()', () => {
    const c = config({ '.aws/config': '[default]\nregion = r\ns3 =\n  addressing_style = path\n' });
    expect(c.get('region')).toBe('r');
    expect(c.get('s3')).toBeUndefined();
    expect(c.get('missing')).toBeUndefined();
  });
});

describe('file locations', () => {
  it('reads AWS_CONFIG_FILE and AWS_SHARED_CREDENTIALS_FILE with ~ and $VAR expanded', () => {
    const dir = home({ 'conf/c.ini': '[default]\nregion = from-env-path\n', 'creds/k.ini': '[default]\nkey = k\n' });
    const c = new SharedConfig(
      { HOME: dir, SUB: 'creds', AWS_CONFIG_FILE: '~/conf/c.ini', AWS_SHARED_CREDENTIALS_FILE: '$HOME/${SUB}/k.ini' },
      undefined,
    );
    expect(scoped(c)).toEqual({ region: 'from-env-path', key: 'k' });
  });

  it('treats a missing file, an empty path or a directory as empty', () => {
    const dir = home({ 'd/x': '' });
    for (const path of [join(dir, 'missing'), '', join(dir, 'd')]) {
      expect(new SharedConfig({ HOME: dir, AWS_CONFIG_FILE: path, AWS_SHARED_CREDENTIALS_FILE: path }, undefined).profileNames()).toEqual(
        [],
      );
    }
  });

  it('reports a malformed config file with its expanded path, exit code 255', () => {
    const dir = home({ 'bad.ini': 'region = outside any section\n' });
    const error = failure(() => new SharedConfig({ HOME: dir, AWS_CONFIG_FILE: '~/bad.ini' }, undefined).scoped());
    expect(error.message).toBe(`Unable to parse config file: ${dir}/bad.ini`);
    expect(error.exitCode).toBe(255);
  });

  it('reports a malformed credentials file the same way', () => {
    const dir = home({ '.aws/credentials': '[default]\n[default]\n' });
    expect(failure(() => new SharedConfig({ HOME: dir }, undefined).scoped()).message).toBe(
      `Unable to parse config file: ${dir}/.aws/credentials`,
    );
  });

  it('reports a file that is not UTF-8 as malformed', () => {
    const dir = home({ '.aws/config': Buffer.from('[default]\nregion = caf\xe9\n', 'latin1') });
    expect(failure(() => new SharedConfig({ HOME: dir }, undefined).get('region')).message).toBe(
      `Unable to parse config file: ${dir}/.aws/config`,
    );
  });

  // aws-cli opens the file as UTF-8 text (not utf-8-sig), so a BOM stays in
  // the first line and configparser finds no section header: aws-cli 2.9.19
  // prints "Unable to parse config file: <path>" (rc 255). We drop the BOM
  // (TextDecoder's default) and read the file.
  it('reports a config file that starts with a UTF-8 byte-order mark as malformed', () => {
    const dir = home({ '.aws/config': Buffer.from('\ufeff[default]\nregion = us-east-1\n', 'utf8') });
    expect(failure(() => new SharedConfig({ HOME: dir }, undefined).get('region')).message).toBe(
      `Unable to parse config file: ${dir}/.aws/config`,
    );
  });

  it('reads nothing until a setting is asked for', () => {
    const dir = home({ '.aws/config': 'garbage\n' });
    const c = new SharedConfig({ HOME: dir }, 'nope');
    expect(c.profileName).toBe('nope');
    expect(() => c.scoped()).toThrow(GeneralError);
  });
});

describe('services sections', () => {
  const files = {
    '.aws/config': [
      '[profile dev]',
      'services = local',
      'endpoint_url = http://profile-wide',
      '[services local]',
      'secrets_manager =',
      '  endpoint_url = file:///srv/secrets',
      's3 =',
      '  endpoint_url = http://s3',
    ].join('\n'),
  };

  it("reads a service's setting from the section the profile names", () => {
    const c = config(files, {}, 'dev');
    expect(c.serviceSetting('secrets_manager', 'endpoint_url')).toBe('file:///srv/secrets');
    expect(c.serviceSetting('secrets_manager', 'other')).toBeUndefined();
    expect(c.serviceSetting('kms', 'endpoint_url')).toBeUndefined();
  });

  it('has nothing when the profile names no services section', () => {
    expect(config(files).serviceSetting('secrets_manager', 'endpoint_url')).toBeUndefined();
  });

  it('knows which services sections exist', () => {
    const c = config(files, {}, 'dev');
    expect(c.hasServices('local')).toBe(true);
    expect(c.hasServices('other')).toBe(false);
  });
});
