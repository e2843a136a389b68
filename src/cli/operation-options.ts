/**
 * The command-line options of one operation, derived from its input shape
 * the way aws-cli builds its argument table: one option per member
 * (`SecretId` → `--secret-id`), booleans as a `--x`/`--no-x` pair, then `--cli-input-json`, `--cli-input-yaml`
 * and `--generate-cli-skeleton`.
 */
import { xformName } from '../api/names.js';
import type { Shape, ShapeResolver } from '../api/shapes.js';
import type { DocumentedOption } from './global-options.js';

export interface OperationOption extends DocumentedOption {
  /** The model member this option sets, for member options. */
  readonly member?: string;
  readonly shape?: Shape;
}

export const SKELETON_CHOICES = ['input', 'output', 'yaml-input'] as const;

export const CLI_INPUT_JSON: OperationOption = {
  name: '--cli-input-json',
  dest: 'cli_input_json',
  arity: 'value',
  metavar: 'json',
  doc:
    'Read the parameters from this JSON object (inline, file:// or fileb://), in the format --generate-cli-skeleton prints. ' +
    'Options given on the command line win over the same parameters in the object. Not with --cli-input-yaml.',
};

export const CLI_INPUT_YAML: OperationOption = {
  name: '--cli-input-yaml',
  dest: 'cli_input_yaml',
  arity: 'value',
  metavar: 'yaml',
  doc:
    'Read the parameters from this YAML mapping (inline or file://), in the format --generate-cli-skeleton yaml-input prints. ' +
    'Options given on the command line win. Not with --cli-input-json.',
};

export const GENERATE_SKELETON: OperationOption = {
  name: '--generate-cli-skeleton',
  dest: 'generate_cli_skeleton',
  arity: 'optional',
  const: 'input',
  choices: SKELETON_CHOICES,
  metavar: 'kind',
  doc:
    'Print a template instead of calling the service: input (the default) is a JSON request for --cli-input-json, ' +
    'yaml-input a commented YAML request for --cli-input-yaml, and output checks the other options and prints a sample response.',
};

/** aws-cli's pagination options, added to every paginated operation. */
export function pagingOptions(limitType: string): OperationOption[] {
  const int = limitType !== 'string';
  return [
    {
      name: '--starting-token',
      dest: 'StartingToken',
      arity: 'value',
      metavar: 'token',
      doc: 'Continue a listing where an earlier one stopped: the NextToken printed by a listing limited with --max-items.',
    },
    {
      name: '--page-size',
      dest: 'PageSize',
      arity: 'value',
      int,
      metavar: 'count',
      doc: 'How many items to ask for in each call. Every page is still fetched; only the size of each request changes.',
    },
    {
      name: '--max-items',
      dest: 'MaxItems',
      arity: 'value',
      int,
      metavar: 'count',
      doc: 'The most items to print in all. When more exist, a NextToken is printed to pass to --starting-token.',
    },
  ];
}

export function operationOptions(
  resolver: ShapeResolver,
  operation: string,
  docs: Readonly<Record<string, string>> = {},
): OperationOption[] {
  const input = resolver.shape(resolver.operation(operation).input);
  const required = new Set(input.required ?? []);
  const paginator = resolver.paginator(operation);
  const paging = new Set(paginator ? [paginator.input_token, paginator.limit_key] : []);
  const options: OperationOption[] = [];
  for (const [member, ref, shape] of resolver.members(input)) {
    const name = `--${xformName(member)}`;
    const doc = docs[member] ?? ref.overview;
    const isRequired = required.has(member) && !ref.idempotencyToken;
    if (shape.type === 'boolean') {
      options.push({ name, dest: member, arity: 'flag', flagValue: true, member, shape, doc });
      options.push({ name: `--no-${xformName(member)}`, dest: member, arity: 'flag', flagValue: false, member, shape, doc });
      continue;
    }
    // aws-cli declares every list parameter with nargs='*'.
    options.push({
      name,
      dest: member,
      arity: shape.type === 'list' ? 'list' : 'value',
      required: isRequired,
      metavar: 'value',
      member,
      shape,
      doc,
      // A paginated operation's own paging members still work, undocumented.
      ...(paging.has(member) ? { hidden: true } : {}),
      // aws-cli's argparse types: int for long, float for float and double.
      ...(shape.type === 'long' ? { int: true } : {}),
      ...(shape.type === 'float' || shape.type === 'double' ? { float: true } : {}),
    });
  }
  const limit = paginator?.limit_key ? resolver.shape(input.members![paginator.limit_key]!.shape).type : 'integer';
  const pages = paginator ? pagingOptions(limit) : [];
  return [...options, CLI_INPUT_JSON, CLI_INPUT_YAML, ...pages, GENERATE_SKELETON];
}
