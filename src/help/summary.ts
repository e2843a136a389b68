/**
 * `-h` / `--help`: a usage summary built from the option declarations
 * (aws-cli prints a stray argparse usage here). `update-secret -h` lists
 * the command's options and the global options; `local -h` the companion
 * operations; `local <operation> -h` that operation's options.
 */
import { xformName } from '../api/names.js';
import { OPERATION_DOCS } from '../api/docs.js';
import { GLOBAL_OPTIONS, type DocumentedOption } from '../cli/global-options.js';
import { UPDATE_SECRET } from '../commands/update-secret.js';
import { KEY_RING_OPERATIONS, LOCAL_OPERATIONS, localCommands } from '../commands/local.js';

const WIDTH = 80;
const COLUMN = 34;

/** The first sentence of a description: the part that stands alone. */
export function firstSentence(text: string): string {
  return /^.*?[.!?](?=\s|$)/.exec(text)?.[0] ?? text;
}

function wrap(text: string, indent: number, first: string): string[] {
  const lines: string[] = [];
  let line = first.padEnd(indent);
  if (first !== '' && first.length > indent - 2) {
    lines.push(first);
    line = ' '.repeat(indent);
  }
  let fresh = true;
  for (const word of text.split(' ')) {
    if (!fresh && line.length + 1 + word.length > WIDTH) {
      lines.push(line);
      line = ' '.repeat(indent);
      fresh = true;
    }
    line += fresh ? word : ` ${word}`;
    fresh = false;
  }
  lines.push(line);
  return lines;
}

function synopsis(option: DocumentedOption): string {
  const metavar = option.metavar ?? 'value';
  if (option.arity === 'flag') return option.name;
  if (option.arity === 'optional') return `${option.name} [<${metavar}>]`;
  return `${option.name} <${metavar}>${option.arity === 'list' ? ' ...' : ''}`;
}

/** One entry per option; a `--x` / `--no-x` pair shares its line. */
function optionLines(all: readonly DocumentedOption[]): string[] {
  const options = all.filter((o) => !o.hidden); // aws-cli's undocumented options stay unlisted
  const lines: string[] = [];
  for (let i = 0; i < options.length; i++) {
    const option = options[i]!;
    const next = options[i + 1];
    let names = synopsis(option);
    if (option.arity === 'flag' && next?.arity === 'flag' && next.dest === option.dest && next.name === `--no-${option.name.slice(2)}`) {
      names += `, ${next.name}`;
      i++;
    }
    const text = `${firstSentence(option.doc)}${option.required ? ' Required.' : ''}`;
    lines.push(...wrap(text, COLUMN, `  ${names}`));
  }
  return lines;
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
    ...[...LOCAL_OPERATIONS, ...KEY_RING_OPERATIONS].flatMap((op) => wrap(OPERATION_DOCS[op]?.summary ?? op, COLUMN, `  ${xformName(op)}`)),
    '',
    ...wrap('Run "update-secret local <operation> -h" for its options, "update-secret local help" for the manual.', 0, ''),
  ];
}

function operationSummary(name: string): string[] | undefined {
  const command = localCommands().get(name);
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
    ...wrap(GLOBAL_OPTIONS.filter((o) => !o.hidden).map(synopsis).join(', '), 2, '').map((line) => line.trimEnd()),
    '',
    ...wrap(`Run "update-secret -h" for the global options, "update-secret local ${name} help" for the manual.`, 0, ''),
  ];
}

/** The summary for a command line whose positional words (before -h) are `words`. */
export function usageSummary(words: readonly string[]): string {
  const lines = words[0] !== 'local' ? mainSummary() : words[1] === undefined ? localSummary() : (operationSummary(words[1]) ?? localSummary());
  return `${lines.join('\n')}\n`;
}
