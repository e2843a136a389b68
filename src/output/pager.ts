/**
 * Where output goes: straight to stdout, or through a pager when stdout is
 * a terminal (AWS_PAGER, then the profile's cli_pager, then PAGER, then
 * `less`; empty means none). The pager command is split as a shell would
 * and run without a shell, with LESS=FRX unless LESS is set.
 *
 * Table colour is written by colorama in aws-cli, whose autoreset appends
 * a reset after every write to stdout (not to a pager), and which resets a
 * terminal once more at exit; those bytes are reproduced here.
 */
import type { Context } from '../commands/context.js';
import type { Env } from '../config/paths.js';
import { ConfigurationError } from '../errors.js';
import { osErrorText } from '../params/paramfile.js';
import { shlexSplit } from '../config/shlex.js';
import { RESET_ALL, withAutoreset } from './table-style.js';

function pagerError(detail: string): ConfigurationError {
  return new ConfigurationError(
    'Unable to redirect output to pager. Received the following error when opening pager:\n' +
      `${detail}\n\nLearn more about configuring the output pager by running "update-secret help".`,
    'Pager',
  );
}

/**
 * Runs `argv` with `text` on its standard input and the terminal for its
 * output. Settles when the pager has exited, or with the error of a program
 * that could not be started, which each caller reports in its own way.
 */
export async function spawnPager(
  argv: readonly string[],
  text: string,
  options: { env: Env; cwd: string },
): Promise<NodeJS.ErrnoException | undefined> {
  const { spawn } = await import('node:child_process');
  return new Promise((settle) => {
    const child = spawn(argv[0]!, argv.slice(1), { ...options, stdio: ['pipe', 'inherit', 'inherit'] });
    child.on('error', settle);
    child.on('close', () => settle(undefined));
    child.stdin.on('error', () => {}); // the user may quit the pager before reading everything
    child.stdin.end(text);
  });
}

async function runPager(command: string, text: string, context: Context): Promise<void> {
  const argv = shlexSplit(command);
  if (argv.length === 0) throw pagerError('list index out of range');
  const env = { ...context.io.env, LESS: context.io.env.LESS ?? 'FRX' };
  const error = await spawnPager(argv, text, { env, cwd: context.io.cwd });
  if (error) throw pagerError(osErrorText(error, argv[0]!));
}

export async function writeOutput(context: Context, chunks: readonly string[], options: { colorama: boolean }): Promise<void> {
  const { stdout } = context.io;
  const pager = stdout.isTTY ? context.settings.pager() : '';
  if (pager) {
    const text = chunks.join('');
    await runPager(pager, text, context);
  } else if (options.colorama) {
    stdout.write(withAutoreset([...chunks]));
  } else {
    stdout.write(chunks.join(''));
  }
  if (options.colorama && stdout.isTTY) stdout.write(RESET_ALL);
}
