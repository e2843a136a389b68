/**
 * The contract every output format implements. Types only, so that importing
 * them costs nothing at start-up.
 */
import type { PyValue } from '../value/model.js';

export interface FormatOptions {
  /** Table cells styled with colour: aws-cli's --color on, or auto with stdout a TTY. */
  color: boolean;
  /** Terminal width aws-cli would use: the TTY's columns, or 80 when stdout is not a TTY. */
  terminalWidth: number;
}

/**
 * Formats one response after --query was applied. Returns the stream.write()
 * calls the Python formatter makes, in order; the caller joins them. With
 * table colour on and output going straight to stdout, aws-cli's colorama
 * autoreset appends '\x1b[0m' after every write call (see `withAutoreset`),
 * so the table's chunking matches Python's write calls exactly; for the other
 * formats chunking does not matter.
 *
 * Throws `PythonError` where aws-cli's formatter raises; its message is what
 * aws-cli prints, and `written` holds any output that went out before.
 */
export type Formatter = (title: string, value: PyValue, options: FormatOptions) => string[];
