/**
 * Request parameters from parsed options (aws-cli's _build_call_parameters):
 * model order, file:// and fileb:// on every parameter, scalar conversion.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { secretsManagerShapes } from '../../src/api/shapes.js';
import { parseKnownArgs } from '../../src/cli/argparse.js';
import { operationOptions } from '../../src/cli/operation-options.js';
import { CliError, ParamValidationError, UsageError } from '../../src/errors.js';
import { buildParams, ParamError } from '../../src/params/build.js';
import { failure as fail } from '../support/failure.js';

const cwd = mkdtempSync(join(tmpdir(), 'build-test-'));
writeFileSync(join(cwd, 'secret.txt'), 'line1\r\nline2\n');
writeFileSync(join(cwd, 'id.txt'), 'from-file');
writeFileSync(join(cwd, 'bin.dat'), Buffer.from([0, 1, 0xff]));
writeFileSync(join(cwd, 'days.txt'), '7\n');
writeFileSync(join(cwd, 'five.txt'), '5');
writeFileSync(join(cwd, 'letter.txt'), 'x');
writeFileSync(join(cwd, 'arabic-digits.txt'), '\u0661'.repeat(4301));
const files = { cwd, env: { HOME: cwd } };

function build(operation: string, args: string[]) {
  const options = operationOptions(secretsManagerShapes, operation);
  const parsed = parseKnownArgs({ options, ignoreRequired: true }, args);
  return buildParams(secretsManagerShapes, options, parsed.values, files);
}

const failure = (run: () => unknown) => fail(run, CliError);

describe('buildParams', () => {
  it('orders the parameters as the model does, whatever the command-line order', () => {
    const params = build('UpdateSecret', ['--secret-string', 's3cr3t', '--kms-key-id', 'alias/k', '--description', 'd', '--secret-id', 'MyTestSecret']);
    expect([...params]).toEqual([
      ['SecretId', 'MyTestSecret'],
      ['Description', 'd'],
      ['KmsKeyId', 'alias/k'],
      ['SecretString', 's3cr3t'],
    ]);
  });

  it('puts a given token in its model position', () => {
    const params = build('UpdateSecret', ['--secret-string', 's', '--client-request-token', 't'.repeat(32), '--secret-id', 'x']);
    expect([...params.keys()]).toEqual(['SecretId', 'ClientRequestToken', 'SecretString']);
  });

  it('sends string values literally: no JSON, no shorthand, no trimming', () => {
    const params = build('UpdateSecret', ['--secret-id', 'x', '--secret-string', '{"a":1}', '--description', '  padded  ', '--kms-key-id', 'a=b,c=d']);
    expect(Object.fromEntries(params)).toEqual({ SecretId: 'x', Description: '  padded  ', KmsKeyId: 'a=b,c=d', SecretString: '{"a":1}' });
  });

  it('leaves out what was not given, and the --cli-input and skeleton options', () => {
    const params = build('UpdateSecret', ['--secret-id', 'x', '--cli-input-json', '{}', '--generate-cli-skeleton']);
    expect([...params.keys()]).toEqual(['SecretId']);
  });

  it('loads file:// on any parameter, as text with universal newlines', () => {
    const params = build('UpdateSecret', ['--secret-id', 'file://id.txt', '--secret-string', 'file://secret.txt']);
    expect(Object.fromEntries(params)).toEqual({ SecretId: 'from-file', SecretString: 'line1\nline2\n' });
  });

  it('loads fileb:// as bytes, even for a string parameter (validation reports it)', () => {
    const params = build('UpdateSecret', ['--secret-id', 'x', '--secret-binary', 'fileb://bin.dat', '--secret-string', 'fileb://bin.dat']);
    expect(params.get('SecretBinary')).toEqual(new Uint8Array([0, 1, 0xff]));
    expect(params.get('SecretString')).toEqual(new Uint8Array([0, 1, 0xff]));
  });

  it('leaves --secret-binary text as text, for the binary format to decode', () => {
    expect(build('UpdateSecret', ['--secret-id', 'x', '--secret-binary', 'Zm9v']).get('SecretBinary')).toBe('Zm9v');
  });

  it('reports a file that cannot be loaded as a ParamError naming the option, exit code 252', () => {
    const error = failure(() => build('UpdateSecret', ['--secret-id', 'x', '--secret-string', 'file://missing.txt']));
    expect(error).toBeInstanceOf(ParamError);
    expect(error).toBeInstanceOf(ParamValidationError);
    expect(error.exitCode).toBe(252);
    expect(error.message).toBe(
      "Error parsing parameter '--secret-string': Unable to load paramfile file://missing.txt: [Errno 2] No such file or directory: 'missing.txt'",
    );
  });

  it('loads files in model order, so the first failing parameter in the model is reported', () => {
    const error = failure(() => build('UpdateSecret', ['--secret-string', 'file://nope-2', '--secret-id', 'file://nope-1']));
    expect(error.message).toMatch(/^Error parsing parameter '--secret-id'/);
  });

  it('stores booleans from the --x / --no-x flags', () => {
    expect(build('DeleteSecret', ['--secret-id', 'x', '--force-delete-without-recovery']).get('ForceDeleteWithoutRecovery')).toBe(true);
    expect(build('DeleteSecret', ['--secret-id', 'x', '--no-force-delete-without-recovery']).get('ForceDeleteWithoutRecovery')).toBe(false);
  });

  it('converts integer and long options to ints', () => {
    expect(build('ListSecrets', ['--max-results', ' 5 ']).get('MaxResults')).toBe(5n);
    expect(build('DeleteSecret', ['--secret-id', 'x', '--recovery-window-in-days', '7']).get('RecoveryWindowInDays')).toBe(7n);
  });

  it('reads an integer from a file:// value', () => {
    expect(build('ListSecrets', ['--max-results', 'file://days.txt']).get('MaxResults')).toBe(7n);
  });

  // aws-cli: `list-secrets --max-results fileb://five.txt` sends 5, as
  // Python's int(b'5') is 5; int(b'x') fails with the bytes' repr.
  it('reads an integer from the bytes of a fileb:// value, as int() does', () => {
    expect(build('ListSecrets', ['--max-results', 'fileb://five.txt']).get('MaxResults')).toBe(5n);
    const error = failure(() => build('ListSecrets', ['--max-results', 'fileb://letter.txt']));
    expect(error.message).toBe("invalid literal for int() with base 10: b'x'");
    expect(error.exitCode).toBe(255);
  });

  it("refuses more than 4300 digits with Python's digit-limit text, Unicode digits too", () => {
    const error = failure(() => build('ListSecrets', ['--max-results', 'file://arabic-digits.txt']));
    expect(error.message).toBe(
      'Exceeds the limit (4300 digits) for integer string conversion: value has 4301 digits; ' +
        'use sys.set_int_max_str_digits() to increase the limit',
    );
    expect(error.exitCode).toBe(255);
  });

  it('takes the words of a list-of-strings option as the list', () => {
    expect(build('UntagResource', ['--secret-id', 'x', '--tag-keys', 'a', 'b']).get('TagKeys')).toEqual(['a', 'b']);
  });

  // aws-cli 2.9.19: `list-secrets --max-results x` prints the bare
  // "invalid literal for int() with base 10: 'x'" and exits 255 (int() in
  // unpack_scalar_cli_arg, not wrapped in a ParamError). We report
  // "Error parsing parameter '--max-results': ..." with exit code 252.
  it('reports a bad integer the way aws-cli does: bare int() text, exit code 255', () => {
    const error = failure(() => build('ListSecrets', ['--max-results', 'x']));
    expect(error.message).toBe("invalid literal for int() with base 10: 'x'");
    expect(error.exitCode).toBe(255);
  });

  // aws-cli declares `long` members with argparse type=int (TYPE_MAP in
  // arguments.py), so `delete-secret --recovery-window-in-days 7.0` is a
  // usage error: "argument --recovery-window-in-days: invalid int value:
  // '7.0'" (rc 252, usage block), and file:// is never loaded for them.
  it('reports a bad long as argparse does ("invalid int value")', () => {
    const error = failure(() => build('DeleteSecret', ['--secret-id', 'x', '--recovery-window-in-days', '7.0']));
    expect(error).toBeInstanceOf(UsageError);
    expect(error.message).toBe("argument --recovery-window-in-days: invalid int value: '7.0'");
  });
});
