/**
 * Runs `main` for this process: the real streams and environment, stdout
 * errors (a closed pipe, a full disk) swallowed as aws-cli swallows them,
 * and SIGINT answered as aws-cli answers it (a newline on stdout, 130).
 */
import { writeSync } from 'node:fs';
import { main } from './main.js';
import type { Io, Sink } from './commands/context.js';

function sink(stream: NodeJS.WriteStream): Sink {
  stream.on('error', () => {});
  return {
    autoreset: false,
    write(text) {
      const out = this.autoreset ? `${text}\x1b[0m` : text;
      if (out) stream.write(out);
    },
    get isTTY() {
      return stream.isTTY === true;
    },
    get columns() {
      return stream.isTTY ? stream.columns : undefined;
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
    stdout: sink(process.stdout),
    stderr: sink(process.stderr),
    // process.stdin builds a stream on first access; only the prompt needs it.
    get stdin() {
      return process.stdin;
    },
  };
  process.exitCode = await main(argv, io);
}
