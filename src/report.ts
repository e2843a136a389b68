/**
 * Errors on stderr, as aws-cli 2.36.7's error handler writes them: a blank
 * line, then `update-secret: [ERROR]: ` and the message; for coded errors
 * the `--cli-error-format` chosen (enhanced, legacy, or the error object
 * as json/yaml/text/table, with no leading blank line); the usage block
 * after argument errors; a newline on stdout for an interruption.
 */
import {
  CliError,
  EXIT_CODES,
  InterruptedError,
  ServiceError,
  UnknownOptionsError,
  UsageError,
} from './errors.js';
import type { Context, Sink } from './commands/context.js';
import { pyStrip } from './value/pytext.js';

export const PROGRAM = 'update-secret';
const STRUCTURED = new Set(['json', 'yaml', 'text', 'table']);

export function writeError(stderr: Sink, message: string): void {
  // Three writes, as aws-cli makes them: colorama's autoreset follows each.
  stderr.write('\n');
  stderr.write(`${PROGRAM}: [ERROR]:${message ? ` ${pyStrip(message)}` : ''}`);
  stderr.write('\n');
}

export interface ReportOptions {
  /** The usage block printed with argument errors. */
  usage: string;
  /** Settings are known once the global options were parsed. */
  context?: Context;
  /** The error format when no context exists yet (from the environment). */
  fallbackFormat: () => string;
}

async function writeStructured(format: string, info: ReadonlyMap<string, string>, options: ReportOptions, stderr: Sink): Promise<boolean> {
  try {
    const { loadFormatter } = await import('./output/registry.js');
    const { applyQuery, tableColor, terminalWidth } = await import('./output/print.js');
    const formatter = await loadFormatter(format as 'json');
    const { context } = options;
    const value = context ? applyQuery(context, new Map(info)) : new Map(info);
    const chunks = formatter('error', value, {
      color: context ? tableColor(context) : false,
      terminalWidth: context ? terminalWidth(context) : 80,
    });
    stderr.write(chunks.join(''));
    return true;
  } catch {
    return false;
  }
}

export async function reportError(error: unknown, stdout: Sink, stderr: Sink, options: ReportOptions): Promise<number> {
  if (error instanceof InterruptedError) {
    stdout.write('\n');
    return EXIT_CODES.interrupted;
  }
  if (error instanceof UnknownOptionsError) {
    stderr.write(`\n${options.usage}\n`);
    writeError(stderr, error.message);
    return error.exitCode;
  }
  if (!(error instanceof CliError)) {
    const message = error instanceof Error ? error.message : String(error);
    if (options.context?.debug.enabled && error instanceof Error && error.stack) {
      options.context.debug.log('update-secret.main', `Unexpected error:\n${error.stack}`);
    }
    writeError(stderr, message);
    return EXIT_CODES.general;
  }
  if (error.code === undefined) {
    writeError(stderr, error.message);
    return error.exitCode;
  }
  const message = error instanceof UsageError ? `${error.message}\n\n${options.usage}` : error.message;
  const info = error instanceof ServiceError ? error.info : new Map([['Code', error.code], ['Message', message]]);
  const format = options.context ? options.context.settings.errorFormat() : options.fallbackFormat();
  if (STRUCTURED.has(format) && (await writeStructured(format, info, options, stderr))) return error.exitCode;
  if (format === 'legacy') writeError(stderr, error instanceof ServiceError ? error.describe() : message);
  else writeError(stderr, error instanceof ServiceError ? error.describe() : `An error occurred (${error.code}): ${message}`);
  return error.exitCode;
}
