/**
 * Errors on stderr and exit codes, as aws-cli 2.36.7's error handlers write
 * them (awscli/errorhandler.py and errorformat.py on the v2 branch, the
 * 2.36 differences D3-D17, and the golden transcripts): a blank line, then
 * `update-secret: [ERROR]: ` and the stripped message, in three writes; the
 * `--cli-error-format` variants; the usage block around argument errors.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toGlobalArgs, type GlobalArgs } from '../src/cli/globals.js';
import { MAIN_USAGE } from '../src/cli/usage.js';
import type { Context, Sink } from '../src/commands/context.js';
import { SharedConfig } from '../src/config/profiles.js';
import { Settings } from '../src/config/settings.js';
import { debugLog, SILENT } from '../src/debug.js';
import {
  ConfigurationError,
  GeneralError,
  InterruptedError,
  ParamValidationError,
  ServiceError,
  UnknownOptionsError,
  UsageError,
} from '../src/errors.js';
import { PROGRAM, reportError, writeError } from '../src/report.js';

class Recorder implements Sink {
  writes: string[] = [];
  autoreset = false;
  constructor(readonly isTTY = false) {}
  write(text: string): void {
    this.writes.push(this.autoreset ? `${text}\x1b[0m` : text);
  }
  get text(): string {
    return this.writes.join('');
  }
}

function context(globals: Partial<GlobalArgs> = {}, env: Record<string, string> = {}, stderr = new Recorder()): Context {
  const home = mkdtempSync(join(tmpdir(), 'report-test-'));
  const fullEnv = { HOME: home, ...env };
  const args = { ...toGlobalArgs(new Map()), ...globals };
  const config = new SharedConfig(fullEnv, args.profile);
  return {
    io: { env: fullEnv, cwd: home, stdout: new Recorder(), stderr, stdin: process.stdin },
    globals: args,
    config,
    settings: new Settings(args, fullEnv, config),
    debug: SILENT,
    query: undefined,
  };
}

async function report(error: unknown, options: { format?: string; context?: Context } = {}) {
  const stdout = new Recorder();
  const stderr = new Recorder();
  const code = await reportError(error, stdout, stderr, {
    usage: MAIN_USAGE,
    context: options.context,
    fallbackFormat: () => options.format ?? 'enhanced',
  });
  return { code, stdout: stdout.text, stderr: stderr.text, writes: stderr.writes };
}

const NOT_FOUND = "Secrets Manager can't find the specified secret.";

function notFound(): ServiceError {
  const error = new ServiceError('ResourceNotFoundException', NOT_FOUND);
  error.operation = 'UpdateSecret';
  return error;
}

describe('writeError', () => {
  it('writes a blank line, the prefixed message and a newline, as three writes', () => {
    const stderr = new Recorder();
    writeError(stderr, 'boom');
    expect(stderr.writes).toEqual(['\n', `${PROGRAM}: [ERROR]: boom`, '\n']);
  });

  it('strips the message (aws-cli 2.36 runs it through .strip())', () => {
    const stderr = new Recorder();
    writeError(stderr, '\n  Service Unavailable \n\n');
    expect(stderr.text).toBe('\nupdate-secret: [ERROR]: Service Unavailable\n');
  });

  it('writes the bare prefix for an empty message, with no trailing space', () => {
    const stderr = new Recorder();
    writeError(stderr, '');
    expect(stderr.text).toBe('\nupdate-secret: [ERROR]:\n');
  });

  it("is followed by a reset after every write once colorama's autoreset wraps stderr", () => {
    const stderr = new Recorder();
    stderr.autoreset = true;
    writeError(stderr, 'boom');
    expect(stderr.text).toBe('\n\x1b[0mupdate-secret: [ERROR]: boom\x1b[0m\n\x1b[0m');
  });
});

describe('reportError: exit codes and plain errors', () => {
  it('answers an interruption with a newline on stdout, nothing on stderr, exit code 130', async () => {
    expect(await report(new InterruptedError())).toEqual({ code: 130, stdout: '\n', stderr: '', writes: [] });
  });

  it('prints any other exception as a bare message, exit code 255', async () => {
    const result = await report(new Error('Could not connect to the endpoint URL: "http://127.0.0.1:1/"'));
    expect(result.code).toBe(255);
    expect(result.stderr).toBe('\nupdate-secret: [ERROR]: Could not connect to the endpoint URL: "http://127.0.0.1:1/"\n');
    expect(result.stdout).toBe('');
  });

  it('prints something thrown that is not an Error', async () => {
    expect((await report('plain string')).stderr).toBe('\nupdate-secret: [ERROR]: plain string\n');
  });

  it('prints a GeneralError as a bare message, exit code 255, whatever the error format (D16)', async () => {
    for (const format of ['enhanced', 'legacy', 'json', 'yaml', 'text', 'table']) {
      const result = await report(new GeneralError('Unknown output type: xml'), { format });
      expect([result.code, result.stderr]).toEqual([255, '\nupdate-secret: [ERROR]: Unknown output type: xml\n']);
    }
  });

  it('hides the secret in the invalid base64 message (DESIGN.md §5, golden binary-invalid-base64)', async () => {
    expect((await report(new GeneralError('Invalid base64: <secret value hidden>'))).stderr).toBe(
      '\nupdate-secret: [ERROR]: Invalid base64: <secret value hidden>\n',
    );
  });

  it('logs the stack of an unexpected error when --debug is on', async () => {
    const logged: string[] = [];
    const ctx = { ...context(), debug: debugLog((text) => logged.push(text)) };
    await report(new TypeError('x is undefined'), { context: ctx });
    expect(logged.join('')).toMatch(/update-secret\.main - DEBUG - Unexpected error:\nTypeError: x is undefined/);
  });
});

describe('reportError: unknown options (D12)', () => {
  it('prints the usage block first, then the message, never structured, exit code 252', async () => {
    for (const format of ['enhanced', 'json', 'legacy']) {
      const result = await report(new UnknownOptionsError(['--bogus', '1']), { format });
      expect(result.code).toBe(252);
      expect(result.stderr).toBe(`\n${MAIN_USAGE}\n\nupdate-secret: [ERROR]: Unknown options: --bogus, 1\n`);
    }
  });

  it('matches the golden transcript once the usage block is taken out', async () => {
    const { stderr } = await report(new UnknownOptionsError(['--secret-value', 'x']));
    expect(stderr.replace(`${MAIN_USAGE}\n`, '')).toBe('\n\nupdate-secret: [ERROR]: Unknown options: --secret-value, x\n');
  });
});

describe('reportError: enhanced (the default)', () => {
  it('prefixes client-side errors with "An error occurred (<Code>): ", exit code 252 (D7)', async () => {
    const error = new ParamValidationError('Parameter validation failed:\nInvalid length for parameter ClientRequestToken, value: 3, valid min length: 32');
    const result = await report(error);
    expect(result.code).toBe(252);
    expect(result.stderr).toBe(
      '\nupdate-secret: [ERROR]: An error occurred (ParamValidation): Parameter validation failed:\n' +
        'Invalid length for parameter ClientRequestToken, value: 3, valid min length: 32\n',
    );
  });

  it('puts the usage block after an argument error, with no trailing blank line (D5)', async () => {
    const result = await report(new UsageError('the following arguments are required: --secret-id'));
    expect(result.code).toBe(252);
    expect(result.stderr).toBe(
      `\nupdate-secret: [ERROR]: An error occurred (ParamValidation): the following arguments are required: --secret-id\n\n${MAIN_USAGE}`,
    );
  });

  it('leaves three newlines between an invalid choice and the usage block (golden usage-bad-output)', async () => {
    const { stderr } = await report(new UsageError("argument --output: Found invalid choice 'csv'\n"));
    expect(stderr).toBe(`\nupdate-secret: [ERROR]: An error occurred (ParamValidation): argument --output: Found invalid choice 'csv'\n\n\n${MAIN_USAGE}`);
  });

  it('prints the suggestions before the usage block (D11)', async () => {
    const { stderr } = await report(new UsageError("argument --output: Found invalid choice 'jsn'\n\nMaybe you meant:\n\n  * json"));
    expect(stderr).toBe(
      `\nupdate-secret: [ERROR]: An error occurred (ParamValidation): argument --output: Found invalid choice 'jsn'\n\nMaybe you meant:\n\n  * json\n\n${MAIN_USAGE}`,
    );
  });

  it('prints a service error as botocore words it, exit code 254 (D3)', async () => {
    const result = await report(notFound());
    expect(result.code).toBe(254);
    expect(result.stderr).toBe(
      `\nupdate-secret: [ERROR]: An error occurred (ResourceNotFoundException) when calling the UpdateSecret operation: ${NOT_FOUND}\n`,
    );
  });

  it('says how many retries ran out', async () => {
    const error = new ServiceError('InternalServiceError', 'An error occurred on the server side.', 500);
    error.operation = 'UpdateSecret';
    error.retriesExhausted = 2;
    expect((await report(error)).stderr).toBe(
      '\nupdate-secret: [ERROR]: An error occurred (InternalServiceError) when calling the UpdateSecret operation (reached max retries: 2): ' +
        'An error occurred on the server side.\n',
    );
  });

  it('strips the space an empty service message leaves (D17)', async () => {
    const error = new ServiceError('400', '');
    error.operation = 'UpdateSecret';
    expect((await report(error)).stderr).toBe('\nupdate-secret: [ERROR]: An error occurred (400) when calling the UpdateSecret operation:\n');
  });

  it.each([
    ['NoRegion', 'You must specify a region. You can also configure your region by running "aws configure".'],
    ['NoCredentials', 'Unable to locate credentials. You can configure credentials by running "aws login".'],
  ] as const)('prints %s configuration errors with their code, exit code 253 (D13, D14)', async (code, message) => {
    const result = await report(new ConfigurationError(message, code));
    expect(result.code).toBe(253);
    expect(result.stderr).toBe(`\nupdate-secret: [ERROR]: An error occurred (${code}): ${message}\n`);
  });

  it('uses the code Configuration for a plain configuration error', async () => {
    const { stderr } = await report(new ConfigurationError('Unknown cli_timestamp_format value: bogus, valid values are "wire" or "iso8601"'));
    expect(stderr).toBe(
      '\nupdate-secret: [ERROR]: An error occurred (Configuration): Unknown cli_timestamp_format value: bogus, valid values are "wire" or "iso8601"\n',
    );
  });

  it('treats an unknown format name as enhanced', async () => {
    expect((await report(new ParamValidationError('bad'), { format: 'bogus' })).stderr).toBe(
      '\nupdate-secret: [ERROR]: An error occurred (ParamValidation): bad\n',
    );
  });
});

describe('reportError: legacy', () => {
  it('drops the "An error occurred (<Code>): " part of client-side errors (D4)', async () => {
    const { stderr, code } = await report(new ConfigurationError('You must specify a region.', 'NoRegion'), { format: 'legacy' });
    expect([code, stderr]).toEqual([253, '\nupdate-secret: [ERROR]: You must specify a region.\n']);
  });

  it('keeps the usage block after an argument error', async () => {
    const { stderr } = await report(new UsageError('argument --secret-id: expected one argument'), { format: 'legacy' });
    expect(stderr).toBe(`\nupdate-secret: [ERROR]: argument --secret-id: expected one argument\n\n${MAIN_USAGE}`);
  });

  it('prints service errors in full, as enhanced does', async () => {
    expect((await report(notFound(), { format: 'legacy' })).stderr).toBe(
      `\nupdate-secret: [ERROR]: An error occurred (ResourceNotFoundException) when calling the UpdateSecret operation: ${NOT_FOUND}\n`,
    );
  });
});

describe('reportError: structured formats (D4)', () => {
  it('prints a client-side error as JSON, Code first, with no leading blank line; the exit code is kept', async () => {
    const result = await report(new ParamValidationError('Parameter validation failed:\nbad'), { format: 'json' });
    expect(result.code).toBe(252);
    expect(result.stderr).toBe('{\n    "Code": "ParamValidation",\n    "Message": "Parameter validation failed:\\nbad"\n}\n');
  });

  it('keeps the parsed order of a service error in JSON: Message, then Code', async () => {
    const result = await report(notFound(), { format: 'json' });
    expect(result.code).toBe(254);
    expect(result.stderr).toBe(`{\n    "Message": "${NOT_FOUND}",\n    "Code": "ResourceNotFoundException"\n}\n`);
  });

  it('prints Code first in yaml, text and table, whose keys are sorted', async () => {
    expect((await report(notFound(), { format: 'yaml' })).stderr).toBe(`Code: ResourceNotFoundException\nMessage: ${NOT_FOUND}\n`);
    expect((await report(notFound(), { format: 'text' })).stderr).toBe(`ResourceNotFoundException\t${NOT_FOUND}\n`);
    // aws-cli 2.9.19's TableFormatter('error', {'Code': 'NoRegion', 'Message': 'No region.'}) prints this.
    expect((await report(new ConfigurationError('No region.', 'NoRegion'), { format: 'table' })).stderr).toBe(
      '----------------------------\n|           error          |\n+-----------+--------------+\n' +
        '|   Code    |   Message    |\n+-----------+--------------+\n|  NoRegion |  No region.  |\n+-----------+--------------+\n',
    );
  });

  it('puts the usage block inside the Message of an argument error', async () => {
    const { stderr } = await report(new UsageError('the following arguments are required: --secret-id'), { format: 'json' });
    const parsed = JSON.parse(stderr) as { Code: string; Message: string };
    expect(parsed.Code).toBe('ParamValidation');
    expect(parsed.Message).toBe(`the following arguments are required: --secret-id\n\n${MAIN_USAGE}`);
  });

  it('writes non-ASCII raw in JSON (ensure_ascii=False)', async () => {
    expect((await report(new ParamValidationError('café 🔑'), { format: 'json' })).stderr).toContain('"Message": "café 🔑"');
  });

  it('reads the format from the settings once they exist, lower-cased from the environment', async () => {
    const ctx = context({}, { AWS_CLI_ERROR_FORMAT: 'JSON' });
    const { stderr } = await report(new ParamValidationError('bad'), { context: ctx, format: 'legacy' });
    expect(stderr).toBe('{\n    "Code": "ParamValidation",\n    "Message": "bad"\n}\n');
  });

  it('prefers --cli-error-format over the environment', async () => {
    const ctx = context({ errorFormat: 'yaml' }, { AWS_CLI_ERROR_FORMAT: 'json' });
    expect((await report(new ParamValidationError('bad'), { context: ctx })).stderr).toBe('Code: ParamValidation\nMessage: bad\n');
  });

  it('falls back to enhanced for an invalid value in the environment', async () => {
    const ctx = context({}, { AWS_CLI_ERROR_FORMAT: 'bogus' });
    expect((await report(new ParamValidationError('bad'), { context: ctx })).stderr).toBe(
      '\nupdate-secret: [ERROR]: An error occurred (ParamValidation): bad\n',
    );
  });

  // From aws-cli's v2 errorhandler.py (read, not measured): the format comes
  // from session.get_config_variable('cli_error_format'), which reads the
  // profile and raises ProfileNotFound when --profile names a missing one;
  // _display_structured_error swallows that and returns False, and the
  // handler then writes only error_info['Message'], without the
  // "An error occurred (<Code>): " part. We fall back to enhanced instead.
  it('prints only the message when the profile that would hold cli_error_format is missing', async () => {
    const ctx = context({ profile: 'nope' });
    expect((await report(new UsageError('argument --secret-id: expected one argument'), { context: ctx })).stderr).toBe(
      `\nupdate-secret: [ERROR]: argument --secret-id: expected one argument\n\n${MAIN_USAGE}`,
    );
  });

  it('uses the fallback format before the global options were parsed', async () => {
    expect((await report(new UsageError('ambiguous option: --s could match --secret-id, --secret-binary'), { format: 'text' })).stderr).toBe(
      `ParamValidation\tambiguous option: --s could match --secret-id, --secret-binary\n\n${MAIN_USAGE}\n`,
    );
  });
});
