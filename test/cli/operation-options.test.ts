/**
 * Operation options derived from the model, compared with the argument
 * tables aws-cli builds for the same operations over the same model
 * (test/cli/fixtures.json, from scripts/gen-cli-fixtures.py).
 */
import { describe, expect, it } from 'vitest';
import { secretsManagerShapes } from '../../src/api/shapes.js';
import {
  CLI_INPUT_JSON,
  CLI_INPUT_YAML,
  GENERATE_SKELETON,
  operationOptions,
  SKELETON_CHOICES,
} from '../../src/cli/operation-options.js';
import { fixtures } from './fixtures.js';

const OPERATIONS = Object.keys(fixtures.operationOptions);

describe('operationOptions', () => {
  it('covers every operation of the model', () => {
    expect(OPERATIONS.length).toBe(12);
  });

  it.each(OPERATIONS)("builds aws-cli's argument table for %s", (operation) => {
    const options = operationOptions(secretsManagerShapes, operation).map((o) => ({
      name: o.name,
      arity: o.arity,
      required: o.required ?? false,
      ...(o.arity === 'flag' ? { flagValue: o.flagValue } : {}),
    }));
    expect(options).toEqual(fixtures.operationOptions[operation]);
  });

  it('names update-secret options after the members, in model order', () => {
    const options = operationOptions(secretsManagerShapes, 'UpdateSecret');
    expect(options.map((o) => [o.name, o.member ?? null])).toEqual([
      ['--secret-id', 'SecretId'],
      ['--client-request-token', 'ClientRequestToken'],
      ['--description', 'Description'],
      ['--kms-key-id', 'KmsKeyId'],
      ['--secret-binary', 'SecretBinary'],
      ['--secret-string', 'SecretString'],
      ['--type', 'Type'],
      ['--cli-input-json', null],
      ['--cli-input-yaml', null],
      ['--generate-cli-skeleton', null],
    ]);
  });

  it('keys member values by the member name', () => {
    const options = operationOptions(secretsManagerShapes, 'UpdateSecret');
    expect(options.filter((o) => o.member).every((o) => o.dest === o.member)).toBe(true);
  });

  it('does not require the idempotency token even where the model would', () => {
    const options = operationOptions(secretsManagerShapes, 'UpdateSecret');
    expect(options.filter((o) => o.required).map((o) => o.name)).toEqual(['--secret-id']);
    expect(options.find((o) => o.name === '--client-request-token')?.required).toBe(false);
  });

  it('makes a --x / --no-x pair for a boolean member, both setting the member', () => {
    const options = operationOptions(secretsManagerShapes, 'DeleteSecret');
    const pair = options.filter((o) => o.member === 'ForceDeleteWithoutRecovery');
    expect(pair.map((o) => [o.name, o.arity, o.flagValue, o.dest])).toEqual([
      ['--force-delete-without-recovery', 'flag', true, 'ForceDeleteWithoutRecovery'],
      ['--no-force-delete-without-recovery', 'flag', false, 'ForceDeleteWithoutRecovery'],
    ]);
  });

  it("takes several values for any list member (nargs='*'), of scalars or of structures", () => {
    const arity = (operation: string, name: string): string | undefined =>
      operationOptions(secretsManagerShapes, operation).find((o) => o.name === name)?.arity;
    expect(arity('UntagResource', '--tag-keys')).toBe('list');
    expect(arity('TagResource', '--tags')).toBe('list');
    expect(arity('ListSecrets', '--filters')).toBe('list');
  });

  it('carries the shape of the member for conversion and validation', () => {
    const secretId = operationOptions(secretsManagerShapes, 'UpdateSecret')[0]!;
    expect(secretId.shape).toEqual(secretsManagerShapes.shape('SecretIdType'));
  });

  it("documents a member with the caller's text, else the model's summary", () => {
    const options = operationOptions(secretsManagerShapes, 'UpdateSecret', { SecretId: 'Ours.' });
    expect(options[0]!.doc).toBe('Ours.');
    expect(options[2]!.doc).toBe('The description of the secret.');
  });

  it('puts the paging options of a paginated operation between --cli-input-yaml and --generate-cli-skeleton', () => {
    const names = operationOptions(secretsManagerShapes, 'ListSecrets').map((o) => o.name);
    expect(names.slice(-6)).toEqual([
      '--cli-input-json',
      '--cli-input-yaml',
      '--starting-token',
      '--page-size',
      '--max-items',
      '--generate-cli-skeleton',
    ]);
  });

  it('ends with --cli-input-json, --cli-input-yaml and --generate-cli-skeleton', () => {
    const options = operationOptions(secretsManagerShapes, 'GetSecretValue');
    expect(options.slice(-3)).toEqual([CLI_INPUT_JSON, CLI_INPUT_YAML, GENERATE_SKELETON]);
  });
});

describe('the shared trailing options', () => {
  it("declares --generate-cli-skeleton as nargs='?' with const input and three choices", () => {
    expect(GENERATE_SKELETON).toMatchObject({ arity: 'optional', const: 'input', dest: 'generate_cli_skeleton' });
    expect(GENERATE_SKELETON.choices).toEqual(['input', 'output', 'yaml-input']);
    expect(SKELETON_CHOICES).toEqual(['input', 'output', 'yaml-input']);
  });

  it('declares the --cli-input options as single values under their own dests', () => {
    expect([CLI_INPUT_JSON.arity, CLI_INPUT_JSON.dest]).toEqual(['value', 'cli_input_json']);
    expect([CLI_INPUT_YAML.arity, CLI_INPUT_YAML.dest]).toEqual(['value', 'cli_input_yaml']);
    expect(CLI_INPUT_JSON.member).toBeUndefined();
  });
});
