/**
 * `-h` / `--help`: a usage summary built from the option declarations
 * (aws-cli prints a stray argparse usage here). `update-secret -h` lists
 * the command's options and the global options; `local -h` the companion
 * operations; `local <operation> -h` that operation's options.
 */
import { OPERATION_DOCS } from '../api/docs.js';
import { documented, GLOBAL_OPTIONS, optionSynopsis, pairedOptions, type DocumentedOption } from '../cli/global-options.js';
import { UPDATE_SECRET } from '../commands/update-secret.js';
import { findLocalCommand, localOperations } from '../commands/local.js';
import { fill } from './fill.js';

const WIDTH = 80;
const COLUMN = 34;

/** The first sentence of a description: the part that stands alone. */
export function firstSentence(text: string): string {
  return /^.*?[.!?](?=\s|$)/.exec(text)?.[0] ?? text;
}

/** `text` filled after `first`, hanging at `indent`; a `first` too long to leave two spaces before `indent` gets a line of its own. */
function wrap(text: string, indent: number, first: string): string[] {
  const alone = first !== '' && first.length > indent - 2;
  const lead = alone ? ' '.repeat(indent) : first.padEnd(indent);
  return [...(alone ? [first] : []), ...fill(text.split(' '), lead, indent, WIDTH)];
}

function synopsis(option: DocumentedOption): string {
  return optionSynopsis(option, (name) => name, (metavar) => `<${metavar}>`);
}

/** A flag followed by its `--no-` form, which share one line. */
const negatedFlag = (option: DocumentedOption, next: DocumentedOption): boolean =>
  option.arity === 'flag' && next.arity === 'flag' && next.dest === option.dest && next.name === `--no-${option.name.slice(2)}`;

/** One entry per option; a `--x` / `--no-x` pair shares its line. */
function optionLines(options: readonly DocumentedOption[]): string[] {
  return pairedOptions(options, negatedFlag).flatMap(([option, negative]) => {
    const names = negative ? `${synopsis(option)}, ${negative.name}` : synopsis(option);
    const text = `${firstSentence(option.doc)}${option.required ? ' Required.' : ''}`;
    return wrap(text, COLUMN, `  ${names}`);
  });
}

function mainSummary(): string[] {
  const required = UPDATE_SECRET.options.filter((o) => o.required).map(synopsis);
  return [
    `usage: update-secret ${required.join(' ')} [options] [global options]`,
    '       update-secret help | local <operation> ... | completion bash|zsh|fish',
    '',
    OPERATION_DOCS.UpdateSecret!.summary,
    '',
    'options:',
    ...optionLines(UPDATE_SECRET.options),
    '',
    'global options:',
    ...optionLines(GLOBAL_OPTIONS),
    '',
    'commands:',
    ...wrap('Show the manual.', COLUMN, '  help'),
    ...wrap('Operations on the local store; "update-secret local -h" lists them.', COLUMN, '  local <operation>'),
    ...wrap('Print a shell completion script.', COLUMN, '  completion bash|zsh|fish'),
    '',
    'Run "update-secret help" for the manual.',
  ];
}

function localSummary(): string[] {
  return [
    'usage: update-secret local <operation> [options] [global options]',
    '',
    ...wrap('Operations on the local store: the one a file: endpoint names, else $XDG_DATA_HOME/update-secret.', 0, ''),
    '',
    'operations:',
    ...localOperations().flatMap(({ name, summary }) => wrap(summary, COLUMN, `  ${name}`)),
    '',
    ...wrap('Run "update-secret local <operation> -h" for its options, "update-secret local help" for the manual.', 0, ''),
  ];
}

function operationSummary(name: string): string[] | undefined {
  const command = findLocalCommand(name);
  if (!command) return undefined;
  const required = command.options.filter((o) => o.required).map(synopsis);
  return [
    `usage: update-secret local ${[name, ...required].join(' ')} [options] [global options]`,
    '',
    ...(OPERATION_DOCS[command.operation] ? wrap(OPERATION_DOCS[command.operation]!.summary, 0, '') : []),
    '',
    'options:',
    ...optionLines(command.options),
    '',
    'global options:',
    ...wrap(documented(GLOBAL_OPTIONS).map(synopsis).join(', '), 2, '').map((line) => line.trimEnd()),
    '',
    ...wrap(`Run "update-secret -h" for the global options, "update-secret local ${name} help" for the manual.`, 0, ''),
  ];
}

/** The summary for a command line whose positional words (before -h) are `words`. */
export function usageSummary(words: readonly string[]): string {
  const lines = words[0] !== 'local' ? mainSummary() : words[1] === undefined ? localSummary() : (operationSummary(words[1]) ?? localSummary());
  return `${lines.join('\n')}\n`;
}
