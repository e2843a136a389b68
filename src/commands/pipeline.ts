/**
 * One operation, start to finish, in the order aws-cli does things (which
 * decides which error a user sees when several apply):
 *
 *   parse options → build parameters (file://) → --cli-input-* → input
 *   skeletons → backend (profile, region) → blob decoding → idempotency
 *   token → validation → output skeleton → call → shape the response →
 *   check the output type → --query → format → stdout (or the pager)
 */
import type { ShapeResolver } from '../api/shapes.js';
import { parseKnownArgs } from '../cli/argparse.js';
import type { OperationOption } from '../cli/operation-options.js';
import { ParamValidationError, ServiceError, UnknownOptionsError } from '../errors.js';
import { applyBinaryFormat } from '../params/binary.js';
import { buildParams } from '../params/build.js';
import { mergeCliInput } from '../params/cli-input.js';
import { generateSkeleton, generateYamlSkeleton } from '../params/skeleton.js';
import { validateParams } from '../params/validate.js';
import { parseResponse } from '../api/parse-response.js';
import { selectBackend } from '../backends/select.js';
import { dumpJson } from '../value/json.js';
import { pyIntFromText } from '../value/numbers.js';
import type { PyDict, PyValue } from '../value/model.js';
import { printPages, printResult } from '../output/print.js';
import type { Context } from './context.js';
import { paginate, type PageOptions } from './paginate.js';
import type { Backend } from '../backends/backend.js';

export interface OperationCommand {
  /** The API name, e.g. `UpdateSecret`; also the table title. */
  readonly operation: string;
  readonly resolver: ShapeResolver;
  readonly options: readonly OperationOption[];
  /** Companion operations only ever use the local store. */
  readonly localOnly: boolean;
  /** Shows this operation's help (the man page). */
  readonly help: (context: Context) => Promise<number>;
}

/** aws-cli makes required options optional when the input comes from elsewhere. */
function requiredRelaxed(args: readonly string[]): boolean {
  if (args.includes('--cli-input-json') || args.includes('--cli-input-yaml')) return true;
  const skeleton = args.indexOf('--generate-cli-skeleton');
  return skeleton >= 0 && args[skeleton + 1] !== 'output';
}

export async function runOperation(command: OperationCommand, args: readonly string[], context: Context): Promise<number> {
  const { resolver, operation } = command;
  const model = resolver.operation(operation);
  // aws-cli's ArgTableArgParser: a lone `help` is help before any option is checked.
  if (args.length === 1 && args[0] === 'help') return command.help(context);
  const parsed = parseKnownArgs(
    { options: command.options, positional: { dest: 'help' }, ignoreRequired: requiredRelaxed(args) },
    args,
  );
  if (parsed.positional === 'help') return command.help(context);
  const leftovers = [...parsed.extras, ...(parsed.positional !== undefined ? [parsed.positional] : [])];
  if (leftovers.length > 0) throw new UnknownOptionsError(leftovers);

  const paginator = resolver.paginator(operation);
  const manualPaging = (has: (member: string) => boolean): boolean =>
    paginator !== undefined && (has(paginator.input_token) || (paginator.limit_key !== undefined && has(paginator.limit_key)));
  checkPagingArgs(command, parsed.values, context.globals.paginate && !manualPaging((m) => parsed.values.has(m)));

  const files = { env: context.io.env, cwd: context.io.cwd };
  let params = buildParams(resolver, command.options, parsed.values, files);
  await mergeCliInput(params, parsed.values, files);
  const paging = paginator !== undefined && context.globals.paginate && !manualPaging((m) => params.has(m));

  const skeleton = parsed.values.get('generate_cli_skeleton') as string | undefined;
  if (skeleton === 'input') {
    context.io.stdout.write(`${dumpJson(generateSkeleton(resolver, model.input), { indent: 4 })}\n`);
    return 0;
  }
  if (skeleton === 'yaml-input') {
    context.io.stdout.write(generateYamlSkeleton(resolver, model.input));
    return 0;
  }

  const backend = await selectBackend(context, command);
  params = applyBinaryFormat(resolver, params, model.input, context.settings.binaryFormat());
  await injectIdempotencyToken(command, params, context);
  validateParams(resolver, params, model.input);

  if (skeleton === 'output') {
    const sample = model.output ? generateSkeleton(resolver, model.output, { memberNames: true }) : new Map();
    return printResult(context, operation, sample);
  }
  const call = async (request: PyDict): Promise<PyValue> => {
    const body = await callBackend(backend, operation, request);
    return parseResponse(resolver, model.output, body, context.settings.timestampFormat());
  };
  if (paging) {
    const pageOptions = pagingValues(parsed.values);
    const pages = await paginate(
      async (request) => {
        validateParams(resolver, request, model.input);
        return (await call(request)) as PyDict;
      },
      params,
      paginator,
      pageOptions,
    );
    return printPages(context, operation, pages, paginator);
  }
  return printResult(context, operation, await call(params));
}

async function callBackend(backend: Backend, operation: string, params: PyDict): Promise<PyValue> {
  try {
    return await backend.call(operation, params);
  } catch (error) {
    if (error instanceof ServiceError) error.operation = operation;
    throw error;
  }
}

const PAGING_DESTS = ['StartingToken', 'PageSize', 'MaxItems'];

/** aws-cli refuses its paging options where pagination is off. */
function checkPagingArgs(command: OperationCommand, values: ReadonlyMap<string, unknown>, paginating: boolean): void {
  if (paginating) return;
  const used = command.options.filter((o) => PAGING_DESTS.includes(o.dest) && values.get(o.dest)).map((o) => o.name);
  if (used.length > 0) {
    throw new ParamValidationError(`Cannot specify --no-paginate along with pagination arguments: ${used.join(', ')}`);
  }
}

/** The paging options; argparse checked the counts as Python ints (`type=int`), Unicode digits and all. */
function pagingValues(values: ReadonlyMap<string, unknown>): PageOptions {
  const int = (key: string): bigint | undefined => {
    const value = values.get(key);
    return typeof value === 'string' ? pyIntFromText(value) : undefined;
  };
  const startingToken = values.get('StartingToken');
  return {
    startingToken: typeof startingToken === 'string' ? startingToken : undefined,
    pageSize: int('PageSize'),
    maxItems: int('MaxItems'),
  };
}

async function injectIdempotencyToken(command: OperationCommand, params: PyDict, context: Context): Promise<void> {
  const input = command.resolver.shape(command.resolver.operation(command.operation).input);
  for (const [member, ref] of Object.entries(input.members ?? {})) {
    if (!ref.idempotencyToken || params.has(member)) continue;
    const { randomUUID } = await import('node:crypto');
    const token = randomUUID();
    params.set(member, token);
    context.debug.log('botocore.handlers', `injecting idempotency token (${token}) into param '${member}'.`);
  }
}
