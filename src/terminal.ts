/**
 * Standard output and error without Node's stream machinery, which costs
 * ~10 ms to load (a quarter of Node's own start-up): text is written with
 * fs.writeSync, and a TTY is recognised through the binding tty.isatty()
 * itself uses, instead of the tty module that loads net and streams.
 */
import { writeSync } from 'node:fs';
import { lazyRequire } from './builtins.js';

export function isatty(fd: number): boolean {
  // process.binding is deprecated in name only; keep its warning off stderr.
  const quiet = process.noDeprecation;
  process.noDeprecation = true;
  try {
    const binding = (process as unknown as { binding(name: string): { isTTY(fd: number): boolean } }).binding('tty_wrap');
    return binding.isTTY(fd);
  } catch {
    return (lazyRequire('node:tty') as typeof import('node:tty')).isatty(fd);
  } finally {
    process.noDeprecation = quiet;
  }
}

/** The terminal's width, for table layout on a TTY. */
export function columns(fd: 1 | 2): number | undefined {
  return stream(fd).columns;
}

/** Descriptors whose output Node's stream has taken over (see writeAll). */
const handedOff = new Set<number>();

/**
 * Writes all of `text` to `fd`. A closed pipe or a full disk ends the output
 * silently, as aws-cli swallows them; a non-blocking descriptor that is full
 * hands the rest, and every later write, to Node's stream, which waits for it
 * and keeps the order.
 */
export function writeAll(fd: 1 | 2, text: string): void {
  if (handedOff.has(fd)) {
    stream(fd).write(text);
    return;
  }
  let data = Buffer.from(text, 'utf8');
  while (data.length > 0) {
    try {
      data = data.subarray(writeSync(fd, data));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EAGAIN') {
        handedOff.add(fd);
        stream(fd).on('error', () => {});
        stream(fd).write(data);
      }
      return;
    }
  }
}

function stream(fd: 1 | 2): NodeJS.WriteStream {
  return fd === 1 ? process.stdout : process.stderr;
}
