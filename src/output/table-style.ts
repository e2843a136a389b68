/**
 * Table colours: awscli.table's Styler and ColorizedStyler, with colorama's
 * escape codes. Only data cells (the key column of a vertical table
 * included) and the `|` bars of nested sections are styled; titles, headers
 * and borders never are.
 */

const BRIGHT = '\x1b[1m';
const DIM = '\x1b[2m';
const BLUE = '\x1b[34m';
const YELLOW = '\x1b[33m';
export const RESET_ALL = '\x1b[0m';

export interface Styler {
  rowElement(text: string): string;
  indentationChar(text: string): string;
}

export const PLAIN_STYLER: Styler = {
  rowElement: (text) => text,
  indentationChar: (text) => text,
};

export const COLOR_STYLER: Styler = {
  rowElement: (text) => BRIGHT + BLUE + text + RESET_ALL,
  indentationChar: (text) => DIM + YELLOW + text + RESET_ALL,
};

/**
 * The bytes aws-cli puts on stdout for `writes` when ColorizedStyler is in
 * use and stdout is not a pager: its `colorama.init(autoreset=True,
 * strip=False)` wraps sys.stdout so that every write() call, empty ones
 * included, is followed by a reset. (On a TTY colorama writes one more reset
 * at exit, which is the caller's business.)
 */
export function withAutoreset(writes: string[]): string {
  return writes.map((chunk) => chunk + RESET_ALL).join('');
}
