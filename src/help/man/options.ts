/**
 * Man-page entries for options, straight from the declarations the parser
 * uses: the name, its value placeholder, the type and limits from the
 * service model, the choices, whether it is required or sensitive, and the
 * description in our words.
 */
import type { Shape, ShapeResolver } from '../../api/shapes.js';
import { optionSynopsis, pairedOptions, type DocumentedOption } from '../../cli/global-options.js';
import type { OperationOption } from '../../cli/operation-options.js';
import { bold, example, italic, tagged, type Roff } from './roff.js';

const UNITS: Partial<Record<Shape['type'], string>> = { string: 'characters', blob: 'bytes', list: 'items' };

/** "1 to 2048 characters", "up to 256 characters", "at least 1 item", or undefined. */
function limits(shape: Shape): string | undefined {
  const unit = UNITS[shape.type] ?? '';
  const tail = unit ? ` ${unit}` : '';
  const { min, max } = shape;
  if (max !== undefined) return min ? `${min} to ${max}${tail}` : `up to ${max}${tail}`;
  if (min) return `at least ${min}${tail}`;
  return undefined;
}

function scalarType(shape: Shape): string {
  if (shape.type === 'long' || shape.type === 'integer') return 'integer';
  return shape.type;
}

/** A shape in words: "string, 1 to 2048 characters", "list of strings, 1 to 20 items". */
export function describeShape(resolver: ShapeResolver, shape: Shape, name?: string): string {
  const parts: string[] = [];
  if (shape.type === 'list') {
    const member = resolver.shape(shape.member!);
    parts.push(member.type === 'structure' ? `list of ${shape.member} structures` : `list of ${scalarType(member)}s`);
    const count = limits(shape);
    if (count) parts.push(count);
    if (member.type !== 'structure') {
      const each = limits(member) ?? (member.enum ? `one of ${member.enum.join(', ')}` : undefined);
      if (each) parts.push(`each ${each}`);
    }
  } else if (shape.type === 'structure') {
    parts.push(`${name ?? 'a'} structure`);
  } else {
    parts.push(scalarType(shape));
    if (shape.enum) parts.push(`one of ${shape.enum.join(', ')}`);
    const range = limits(shape);
    if (range) parts.push(range);
  }
  return parts.join(', ');
}

function placeholder(resolver: ShapeResolver, shape: Shape): string {
  if (shape.type === 'list') return `${placeholder(resolver, resolver.shape(shape.member!))},${placeholder(resolver, resolver.shape(shape.member!))}`;
  return scalarType(shape);
}

/** aws-cli's shorthand for one structure: `Key=string,Value=string`. */
function shorthand(resolver: ShapeResolver, shape: Shape): string {
  return resolver
    .members(shape)
    .map(([name, , member]) => `${name}=${placeholder(resolver, member)}`)
    .join(',');
}

function jsonValue(resolver: ShapeResolver, shape: Shape): string {
  if (shape.type === 'list') return `[${jsonValue(resolver, resolver.shape(shape.member!))}, ...]`;
  if (shape.enum) return shape.enum.map((v) => JSON.stringify(v)).join('|');
  if (shape.type === 'string' || shape.type === 'blob') return '"string"';
  return scalarType(shape);
}

/** The syntax block of a list of structures: shorthand, then JSON. */
function structureSyntax(resolver: ShapeResolver, list: Shape): Roff {
  const member = resolver.shape(list.member!);
  const fields = resolver.members(member).map(([name, , shape]) => `    ${JSON.stringify(name)}: ${jsonValue(resolver, shape)}`);
  return [
    '.IP',
    'Shorthand syntax:',
    ...example([`${shorthand(resolver, member)} ...`]),
    '.IP',
    'JSON syntax:',
    ...example(['[', '  {', ...fields.map((f, i) => `  ${f}${i < fields.length - 1 ? ',' : ''}`), '  }', '  ...', ']']),
  ];
}

/** A description with its option names (`--x`) marked as literals. */
function docText(doc: string): string {
  return doc.replace(/`/g, "'").replace(/(^|[\s(])(--[a-z0-9-]+)/g, '$1`$2`');
}

/** The entry's tag line: `--name value`, with its placeholder. */
function optionTag(option: DocumentedOption): string {
  return optionSynopsis(option, bold, italic);
}

/** The same as one synopsis item: `[--name value]` that does not break inside. */
function synopsisItem(option: DocumentedOption, optional: boolean): string {
  const tag = optionTag(option).replace(/ /g, '\\ ');
  return optional ? `[${tag}]` : tag;
}

/** A boolean member's `--x` / `--no-x`, which share one entry as they share one description. */
const booleanPair = (option: OperationOption, next: OperationOption): boolean => option.shape?.type === 'boolean' && next.dest === option.dest;

/** Synopsis items for a list of options; a `--x` / `--no-x` pair becomes `[--x | --no-x]`. */
export function synopsisItems(options: readonly OperationOption[], allOptional = false): string[] {
  return pairedOptions(options, booleanPair).map(([option, negative]) =>
    negative ? `[${optionTag(option)} | ${optionTag(negative)}]` : synopsisItem(option, allOptional || !option.required),
  );
}

function facts(resolver: ShapeResolver | undefined, option: OperationOption): string {
  const parts: string[] = [];
  if (option.shape && resolver) parts.push(`Type: ${describeShape(resolver, option.shape)}.`);
  else if (option.int) parts.push('Type: integer.');
  if (option.choices) {
    const choices = option.choices.map((c) => `\`${c}\``).join(', ');
    parts.push(option.arity === 'optional' ? `Optional value, one of ${choices}; \`${option.const}\` when omitted.` : `One of ${choices}.`);
  }
  if (option.required) parts.push('Required.');
  return parts.join(' ');
}

/** The entries of a list of options. */
export function optionEntries(resolver: ShapeResolver | undefined, options: readonly OperationOption[]): Roff {
  return pairedOptions(options, booleanPair).flatMap(([option, negative]) => {
    const tag = negative ? `${optionTag(option)} | ${optionTag(negative)}` : optionTag(option);
    const body: (string | Roff)[] = [];
    const known = facts(resolver, option);
    if (known) body.push(known);
    body.push(docText(option.doc));
    if (option.shape?.type === 'list' && resolver && resolver.shape(option.shape.member!).type === 'structure') {
      body.push(structureSyntax(resolver, option.shape));
    }
    if (option.shape?.sensitive) body.push('Sensitive: the value never appears in `--debug` output or in error messages.');
    return tagged(tag, ...body);
  });
}
