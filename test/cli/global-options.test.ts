/**
 * The global option table against aws-cli 2.36.7's: its 18 options of
 * 2.9.19 (awscli/data/cli.json) plus --cli-error-format, in registration
 * order, which is also the order of "ambiguous option" candidates.
 */
import { describe, expect, it } from 'vitest';
import { BINARY_FORMATS, COLOR_CHOICES, ERROR_FORMATS, GLOBAL_OPTIONS } from '../../src/cli/global-options.js';
import { fixtures } from './fixtures.js';

/** 2.36.7's SYNOPSIS order. */
const AWS_CLI_2_36_7 = [
  '--debug',
  '--endpoint-url',
  '--no-verify-ssl',
  '--no-paginate',
  '--output',
  '--query',
  '--profile',
  '--region',
  '--version',
  '--color',
  '--no-sign-request',
  '--ca-bundle',
  '--cli-read-timeout',
  '--cli-connect-timeout',
  '--cli-binary-format',
  '--no-cli-pager',
  '--cli-auto-prompt',
  '--no-cli-auto-prompt',
  '--cli-error-format',
];

describe('GLOBAL_OPTIONS', () => {
  it("lists aws-cli 2.36.7's global options in its registration order", () => {
    expect(GLOBAL_OPTIONS.map((o) => o.name)).toEqual(AWS_CLI_2_36_7);
  });

  it('declares each the way the argparse fixtures were recorded with', () => {
    const declared = GLOBAL_OPTIONS.map(({ name, dest, arity, flagValue, choices, terminal }) => ({
      name,
      dest,
      arity,
      ...(flagValue !== undefined ? { flagValue } : {}),
      ...(choices ? { choices: [...choices] } : {}),
      ...(terminal ? { terminal } : {}),
    }));
    expect(declared).toEqual(fixtures.specs.global!.options);
  });

  it('stores the store_false options under the dests aws-cli uses', () => {
    const dests = Object.fromEntries(GLOBAL_OPTIONS.map((o) => [o.name, [o.dest, o.flagValue ?? null]]));
    expect(dests['--no-verify-ssl']).toEqual(['verify_ssl', false]);
    expect(dests['--no-paginate']).toEqual(['paginate', false]);
    expect(dests['--no-sign-request']).toEqual(['sign_request', false]);
    expect(dests['--cli-read-timeout']![0]).toBe('read_timeout');
    expect(dests['--cli-connect-timeout']![0]).toBe('connect_timeout');
  });

  it('takes no value for the flags and exactly one for the others', () => {
    const flags = GLOBAL_OPTIONS.filter((o) => o.arity === 'flag').map((o) => o.name);
    expect(flags).toEqual([
      '--debug',
      '--no-verify-ssl',
      '--no-paginate',
      '--version',
      '--no-sign-request',
      '--no-cli-pager',
      '--cli-auto-prompt',
      '--no-cli-auto-prompt',
    ]);
    expect(GLOBAL_OPTIONS.filter((o) => o.arity !== 'flag').every((o) => o.arity === 'value')).toBe(true);
  });

  it('ends parsing at --version only', () => {
    expect(GLOBAL_OPTIONS.filter((o) => o.terminal).map((o) => o.name)).toEqual(['--version']);
  });

  it('requires none of them', () => {
    expect(GLOBAL_OPTIONS.some((o) => o.required)).toBe(false);
  });

  it('offers the 2.36.7 choices, off included for --output', () => {
    const choices = Object.fromEntries(GLOBAL_OPTIONS.filter((o) => o.choices).map((o) => [o.name, o.choices]));
    expect(choices).toEqual({
      '--output': ['json', 'text', 'table', 'yaml', 'yaml-stream', 'off'],
      '--color': ['on', 'off', 'auto'],
      '--cli-binary-format': ['base64', 'raw-in-base64-out'],
      '--cli-error-format': ['legacy', 'json', 'yaml', 'text', 'table', 'enhanced'],
    });
    expect(ERROR_FORMATS).toEqual(['legacy', 'json', 'yaml', 'text', 'table', 'enhanced']);
    expect(COLOR_CHOICES).toEqual(['on', 'off', 'auto']);
    expect(BINARY_FORMATS).toEqual(['base64', 'raw-in-base64-out']);
  });

  it('documents every option, with a metavar exactly for those taking a value', () => {
    for (const option of GLOBAL_OPTIONS) {
      expect(option.doc.trim(), option.name).not.toBe('');
      expect(option.metavar !== undefined, option.name).toBe(option.arity !== 'flag');
    }
  });

  it('has unique names', () => {
    expect(new Set(GLOBAL_OPTIONS.map((o) => o.name)).size).toBe(GLOBAL_OPTIONS.length);
  });
});
