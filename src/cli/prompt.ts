/**
 * `--cli-auto-prompt`: asks for the command's parameters on the terminal,
 * one line each, showing the value already given on the command line (press
 * Enter to keep it). Secret values are read without echo. The answers are
 * appended to the command line (the last occurrence of an option wins), so
 * everything after the prompt is the ordinary pipeline.
 *
 * Modes, as aws-cli resolves them (Settings.promptMode): the
 * `--cli-auto-prompt` / `--no-cli-auto-prompt` flags, else
 * AWS_CLI_AUTO_PROMPT, else the profile's `cli_auto_prompt`: `on` always
 * prompts, `on-partial` prompts only when the command fails on its
 * parameters, `off` never does. This module is loaded only to prompt.
 */
import { createInterface } from 'node:readline';
import { Writable } from 'node:stream';
import type { OperationOption } from './operation-options.js';
import { parseKnownArgs } from './argparse.js';
import { GLOBAL_OPTIONS } from './global-options.js';
import { GeneralError, InterruptedError } from '../errors.js';
import type { Io } from '../commands/context.js';

/** One terminal session for all the questions, so typed-ahead lines are never lost between them. */
class Terminal {
  private muted = false;
  private readonly rl;

  constructor(private readonly io: Io) {
    const output = new Writable({
      write: (chunk: Buffer, _encoding, done) => {
        if (!this.muted) io.stderr.write(chunk.toString('utf8'));
        done();
      },
    });
    this.rl = createInterface({ input: io.stdin, output, terminal: true });
  }

  /** A line from the terminal; with `secret`, nothing typed is echoed. */
  ask(question: string, secret: boolean): Promise<string> {
    return new Promise((resolve, reject) => {
      const interrupted = (): void => {
        this.io.stderr.write('\n');
        reject(new InterruptedError());
      };
      this.rl.once('SIGINT', interrupted);
      this.rl.question(question, (answer) => {
        this.rl.off('SIGINT', interrupted);
        this.muted = false;
        if (secret) this.io.stderr.write('\n');
        resolve(answer);
      });
      this.muted = secret;
    });
  }

  close(): void {
    this.rl.close();
  }
}

function describe(option: OperationOption): string {
  const type = option.shape?.type ?? 'string';
  return `${option.name} (${type}${option.required ? ', required' : ''})`;
}

/** The command line with the user's answers appended. */
export async function promptForArgs(argv: readonly string[], options: readonly OperationOption[], io: Io): Promise<string[]> {
  if (!io.stdin.isTTY || !io.stderr.isTTY) {
    throw new GeneralError('--cli-auto-prompt needs a terminal: standard input and standard error must be a TTY.');
  }
  const given = argv.filter((a) => a !== '--cli-auto-prompt');
  const current = parseKnownArgs({ options: [...GLOBAL_OPTIONS, ...options], ignoreRequired: true }, given).values;
  const answers: string[] = [];
  io.stderr.write('Enter a value for each parameter; press Enter to keep the one shown, or to leave it unset.\n');
  const terminal = new Terminal(io);
  try {
    await askAll(terminal, options, current, answers);
  } finally {
    terminal.close();
  }
  return [...given, ...answers, '--no-cli-auto-prompt'];
}

async function askAll(
  terminal: Terminal,
  options: readonly OperationOption[],
  current: ReadonlyMap<string, unknown>,
  answers: string[],
): Promise<void> {
  for (const option of options) {
    if (!option.member || option.name.startsWith('--no-')) continue;
    const secret = option.shape?.sensitive === true;
    const value = current.get(option.dest);
    const shown = value === undefined ? '' : secret ? ' [set]' : ` [${Array.isArray(value) ? value.join(' ') : String(value)}]`;
    if (option.arity === 'flag') {
      const answer = (await terminal.ask(`${describe(option)} yes/no${shown}: `, false)).trim().toLowerCase();
      if (answer === 'y' || answer === 'yes') answers.push(option.name);
      else if (answer === 'n' || answer === 'no') answers.push(option.name.replace(/^--/, '--no-'));
      continue;
    }
    const answer = await terminal.ask(`${describe(option)}${shown}: `, secret);
    if (answer === '') continue;
    if (option.arity === 'list') answers.push(option.name, ...answer.split(/\s+/).filter(Boolean));
    else answers.push(`${option.name}=${answer}`);
  }
}
