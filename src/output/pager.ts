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

async function runPager(command: string, text: string, context: Context): Promise<void> {
  const { spawn } = await import('node:child_process');
  const argv = shlexSplit(command);
  const env = { ...context.io.env, LESS: context.io.env.LESS ?? 'FRX' };
  return new Promise((resolvePromise, reject) => {
    if (argv.length === 0) {
      reject(pagerError("list index out of range"));
      return;
    }
    const child = spawn(argv[0]!, argv.slice(1), { stdio: ['pipe', 'inherit', 'inherit'], env, cwd: context.io.cwd });
    child.on('error', (error: NodeJS.ErrnoException) => reject(pagerError(osErrorText(error, argv[0]!))));
    child.on('close', () => resolvePromise());
    child.stdin.on('error', () => {}); // the user may quit the pager early
    child.stdin.end(text);
  });
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
