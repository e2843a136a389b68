/**
 * `update-secret completion bash|zsh|fish`: prints a completion script for
 * that shell, generated from the same declarations the parser uses. The
 * scripts call back only for what changes on disk: `update-secret
 * completion --profiles` lists the profiles of the shared files.
 */
import type { Io } from '../commands/context.js';
import { localCommands, localOperations } from '../commands/local.js';
import { UPDATE_SECRET } from '../commands/update-secret.js';
import { SharedConfig } from '../config/profiles.js';
import { UsageError } from '../errors.js';
import { firstSentence } from '../help/summary.js';
import { invalidChoice } from './argparse.js';
import { bashScript } from './completion-bash.js';
import { fishScript } from './completion-fish.js';
import { zshScript } from './completion-zsh.js';
import { documented, GLOBAL_OPTIONS, type DocumentedOption } from './global-options.js';
import type { OperationOption } from './operation-options.js';

/**
 * What follows an option: nothing (a flag), one of fixed `choices`, a
 * profile name, a file path, a parameter value (offering `file://` and
 * `fileb://`, then paths after them), an endpoint (`file://` and paths, or
 * a URL), or free text.
 */
export type ValueKind = 'flag' | 'choices' | 'optional-choices' | 'profile' | 'path' | 'paramfile' | 'endpoint' | 'text';

export interface CompletedOption {
  readonly name: string;
  readonly summary: string;
  readonly value: ValueKind;
  readonly choices: readonly string[];
}

export interface CompletedOperation {
  readonly name: string;
  readonly summary: string;
  readonly options: readonly CompletedOption[];
}

export interface CompletionModel {
  /** Words that may come first, instead of options. */
  readonly commands: readonly (readonly [name: string, summary: string])[];
  readonly globals: readonly CompletedOption[];
  readonly main: readonly CompletedOption[];
  readonly operations: readonly CompletedOperation[];
  readonly shells: readonly string[];
}

export const SHELLS = ['bash', 'zsh', 'fish'] as const;

const GLOBAL_VALUES: Readonly<Record<string, ValueKind>> = {
  '--profile': 'profile',
  '--ca-bundle': 'path',
  '--endpoint-url': 'endpoint',
};

function valueKind(option: OperationOption, global: boolean): [ValueKind, readonly string[]] {
  if (option.arity === 'flag') return ['flag', []];
  const choices = option.choices ?? option.shape?.enum;
  if (choices) return [option.arity === 'optional' ? 'optional-choices' : 'choices', choices];
  if (global) return [GLOBAL_VALUES[option.name] ?? 'text', []];
  // aws-cli reads file:// and fileb:// for every parameter, --cli-input-* included.
  return [option.member !== undefined || option.name.startsWith('--cli-input-') ? 'paramfile' : 'text', []];
}

function completed(options: readonly DocumentedOption[], global: boolean): CompletedOption[] {
  return documented(options).map((o) => {
    const [value, choices] = valueKind(o, global);
    return { name: o.name, summary: firstSentence(o.doc), value, choices };
  });
}

export function completionModel(): CompletionModel {
  const commands = localCommands();
  return {
    commands: [
      ['local', 'Operations on the local store'],
      ['help', 'Show the manual'],
      ['completion', 'Print a shell completion script'],
    ],
    globals: completed(GLOBAL_OPTIONS, true),
    main: completed(UPDATE_SECRET.options, false),
    operations: localOperations().map(({ name, summary }) => ({
      name,
      summary,
      options: completed(commands.get(name)!.options, false),
    })),
    shells: SHELLS,
  };
}

const SCRIPTS: Record<(typeof SHELLS)[number], (model: CompletionModel) => string> = {
  bash: bashScript,
  zsh: zshScript,
  fish: fishScript,
};

const USAGE = 'usage: update-secret completion bash|zsh|fish\n\nPrints a completion script for the shell; "update-secret help" explains how to install it.\n';

export async function runCompletion(args: readonly string[], io: Io): Promise<number> {
  const [shell, ...rest] = args;
  if (shell === '--profiles') {
    try {
      const names = new SharedConfig(io.env, undefined).profileNames();
      io.stdout.write(names.map((n) => `${n}\n`).join(''));
    } catch {
      // a malformed config file: nothing to offer
    }
    return 0;
  }
  if (shell === '-h' || shell === '--help') {
    io.stdout.write(USAGE);
    return 0;
  }
  if (shell === undefined) throw new UsageError('the following arguments are required: shell');
  if (!(SHELLS as readonly string[]).includes(shell)) throw invalidChoice('shell', shell, SHELLS);
  if (rest.length > 0) throw new UsageError(`unrecognized arguments: ${rest.join(' ')}`);
  io.stdout.write(SCRIPTS[shell as (typeof SHELLS)[number]](completionModel()));
  return 0;
}
