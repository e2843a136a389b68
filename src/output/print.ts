/**
 * Prints a successful response: the output format is checked only now (an
 * invalid one from the environment or profile is found after the call, as
 * in aws-cli), then --query is applied once, then the formatter runs, and
 * the result goes to stdout or through the pager.
 */
import type { Context } from '../commands/context.js';
import { GeneralError } from '../errors.js';
import { QueryRuntimeError } from '../query/errors.js';
import type { PyDict, PyValue } from '../value/model.js';
import type { PaginatorConfig } from '../api/shapes.js';
import { fullResult, type Pages } from '../commands/paginate.js';
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

/** The --query result; a query that fails at run time is a general error, as in aws-cli. */
export function applyQuery(context: Context, value: PyValue): PyValue {
  if (!context.query) return value;
  try {
    return context.query.search(value);
  } catch (error) {
    if (error instanceof QueryRuntimeError) throw new GeneralError(error.message);
    throw error;
  }
}

/**
 * A paginated response. aws-cli formats text page by page (the results of
 * each, then `NEXTTOKEN` when --max-items cut it short) and streams YAML
 * page by page; every other format gets the merged result.
 */
export async function printPages(context: Context, title: string, paged: Pages, config: PaginatorConfig): Promise<number> {
  const format = context.settings.output();
  if (format !== 'text' && format !== 'yaml-stream') return printResult(context, title, fullResult(paged, config));
  const formatter = await loadFormatter(format);
  const options = { color: false, terminalWidth: terminalWidth(context) };
  const out: string[] = [];
  for (const page of format === 'text' ? textPages(paged, config) : paged.pages) {
    out.push(...formatter(title, applyQuery(context, page), options));
  }
  await writeOutput(context, out, { colorama: false });
  return 0;
}

/** What text formats per page: its results (the first page with the other keys of the response), then the resume token. */
function textPages(paged: Pages, config: PaginatorConfig): PyDict[] {
  const pages = paged.pages.map((page, i) => {
    const current: PyDict = i === 0 ? new Map(paged.nonAggregate) : new Map();
    if (page.has(config.result_key)) current.set(config.result_key, page.get(config.result_key)!);
    return current;
  });
  if (paged.resumeToken !== undefined) pages.push(new Map([['NextToken', new Map([['NextToken', paged.resumeToken]])]]));
  return pages;
}

export async function printResult(context: Context, title: string, body: PyValue): Promise<number> {
  const format = context.settings.output();
  if (!isOutputFormat(format)) throw new GeneralError(`Unknown output type: ${format}`);
  const formatter = await loadFormatter(format);
  const color = tableColor(context);
  const colorama = format === 'table' && color;
  // colorama, once initialised by a coloured table, wraps stderr as well.
  if (colorama) context.io.stderr.autoreset = true;
  const value = applyQuery(context, body);
  let chunks: string[];
  try {
    chunks = formatter(title, value, { color, terminalWidth: terminalWidth(context) });
  } catch (error) {
    if (!(error instanceof PythonError)) throw error;
    // Text and JSON write as they go; what came before the failure stays printed.
    await writeOutput(context, error.written, { colorama });
    throw error;
  }
  await writeOutput(context, chunks, { colorama });
  return 0;
}
