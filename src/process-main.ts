/**
 * Runs `main` for this process: the real descriptors and environment,
 * stdout errors (a closed pipe, a full disk) swallowed as aws-cli does,
 * and SIGINT answered as aws-cli answers it (a newline on stdout, 130).
 */
import { writeSync } from 'node:fs';
import { main } from './main.js';
import type { Io, Sink } from './commands/context.js';
import { columns, isatty, writeAll } from './terminal.js';

function sink(fd: 1 | 2): Sink {
  let tty: boolean | undefined;
  return {
    autoreset: false,
    write(text) {
      const out = this.autoreset ? `${text}\x1b[0m` : text;
      if (out) writeAll(fd, out);
    },
    get isTTY() {
      return (tty ??= isatty(fd));
    },
    get columns() {
      return this.isTTY ? columns(fd) : undefined;
    },
  };
}

export async function run(argv: string[]): Promise<void> {
  process.once('SIGINT', () => {
    try {
      writeSync(1, '\n');
    } catch {
      // stdout may be closed
    }
    process.exit(130);
  });
  const io: Io = {
    env: process.env,
    cwd: process.cwd(),
    stdout: sink(1),
    stderr: sink(2),
    // process.stdin builds a stream on first access; only the prompt needs it.
    get stdin() {
      return process.stdin;
    },
  };
  process.exitCode = await main(argv, io);
}
