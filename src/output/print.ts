/**
 * Prints a successful response: the output format is checked only now (an
 * invalid one from the environment or profile is found after the call, as
 * in aws-cli), then --query is applied once, then the formatter runs, and
 * the result goes to stdout or through the pager.
 */
import type { Context } from '../commands/context.js';
import { GeneralError } from '../errors.js';
import type { PyValue } from '../value/model.js';
import { isOutputFormat, loadFormatter } from './registry.js';
import { writeOutput } from './pager.js';
import { PythonError } from './python.js';

export function tableColor(context: Context): boolean {
  const { color } = context.globals;
  return color === 'on' || (color === 'auto' && context.io.stdout.isTTY);
}

export function terminalWidth(context: Context): number {
  const { stdout } = context.io;
  return stdout.isTTY ? (stdout.columns ?? 80) : 80;
}

export async function applyQuery(context: Context, value: PyValue): Promise<PyValue> {
  if (!context.query) return value;
  const { QueryRuntimeError } = await import('../query/index.js');
  try {
    return context.query.search(value);
  } catch (error) {
    if (error instanceof QueryRuntimeError) throw new GeneralError(error.message);
    throw error;
  }
}

export async function printResult(context: Context, title: string, body: PyValue): Promise<number> {
  const format = context.settings.output();
  if (!isOutputFormat(format)) throw new GeneralError(`Unknown output type: ${format}`);
  const formatter = await loadFormatter(format);
  const color = tableColor(context);
  const colorama = format === 'table' && color;
  // colorama, once initialised by a coloured table, wraps stderr as well.
  if (colorama) context.io.stderr.autoreset = true;
  const value = await applyQuery(context, body);
  let chunks: string[];
  try {
    chunks = formatter(title, value, { color, terminalWidth: terminalWidth(context) });
  } catch (error) {
    if (!(error instanceof PythonError)) throw error;
    // Text and JSON write as they go; what came before the failure stays printed.
    await writeOutput(context, error.written, { colorama });
    throw new GeneralError(error.message);
  }
  await writeOutput(context, chunks, { colorama });
  return 0;
}
