/**
 * Bits of Python's str behaviour the port needs: `str.isspace()`,
 * `str.strip()` and its halves, code-point indexing and the decimal value of Unicode digits.
 * Python strings are sequences of code points while JS strings are UTF-16,
 * so positions in error messages and `length()` count code points.
 */

/** Every character for which Python's `str.isspace()` is true. */
const PY_WHITESPACE = new Set([
  '\t', '\n', '\x0b', '\x0c', '\r', '\x1c', '\x1d', '\x1e', '\x1f', ' ', '\x85', '\xa0', '\u1680',
  '\u2000', '\u2001', '\u2002', '\u2003', '\u2004', '\u2005', '\u2006', '\u2007', '\u2008', '\u2009',
  '\u200a', '\u2028', '\u2029', '\u202f', '\u205f', '\u3000',
]);

export function isPySpace(ch: string): boolean {
  return PY_WHITESPACE.has(ch);
}

const unicodeEscape = (ch: string): string => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`;

/**
 * Python's `\s` (`str.isspace()`) as a regex character class, for patterns
 * that need it: JS's `\s` differs (it includes U+FEFF, and lacks \x1c-\x1f
 * and U+0085).
 */
export const PY_SPACE_CLASS = `[${[...PY_WHITESPACE].map(unicodeEscape).join('')}]`;

// Every Python space is one UTF-16 unit, so the strips below can walk units.

/** `s.lstrip()` with no argument. */
export function pyLstrip(s: string): string {
  let i = 0;
  while (i < s.length && PY_WHITESPACE.has(s[i]!)) i++;
  return s.slice(i);
}

/** `s.rstrip()` with no argument. */
export function pyRstrip(s: string): string {
  let end = s.length;
  while (end > 0 && PY_WHITESPACE.has(s[end - 1]!)) end--;
  return s.slice(0, end);
}

/** `s.strip()` with no argument. */
export function pyStrip(s: string): string {
  return pyRstrip(pyLstrip(s));
}

/** `len(s)` in Python: code points, not UTF-16 units. */
export function codePoints(s: string): string[] {
  return Array.from(s);
}

const DECIMAL_DIGIT = /^\p{Nd}$/u;

/**
 * `unicodedata.decimal(ch)`, or -1. Unicode encodes every decimal digit set
 * as a contiguous run 0..9, and adjacent runs (the mathematical digits) are
 * whole sets, so the offset from the start of the run modulo 10 is the value.
 */
export function decimalValue(ch: string): number {
  if (ch >= '0' && ch <= '9') return ch.charCodeAt(0) - 48;
  if (!DECIMAL_DIGIT.test(ch)) return -1;
  let cp = ch.codePointAt(0)!;
  const original = cp;
  while (DECIMAL_DIGIT.test(String.fromCodePoint(cp - 1))) cp--;
  return (original - cp) % 10;
}

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/**
 * Substring tests by code point, as Python's `in`, startswith and endswith
 * work. For well-formed strings UTF-16 matching gives the same answer (a
 * well-formed needle can neither start nor end inside a surrogate pair); a
 * lone surrogate, which JSON escapes can produce, needs the slow path.
 */
function wellFormed(...strings: string[]): boolean {
  return strings.every((s) => !LONE_SURROGATE.test(s));
}

export function pyContains(haystack: string, needle: string): boolean {
  if (wellFormed(haystack, needle)) return haystack.includes(needle);
  const h = codePoints(haystack);
  const n = codePoints(needle);
  for (let i = 0; i + n.length <= h.length; i++) {
    if (n.every((ch, j) => h[i + j] === ch)) return true;
  }
  return false;
}

export function pyStartsWith(s: string, prefix: string): boolean {
  if (wellFormed(s, prefix)) return s.startsWith(prefix);
  const a = codePoints(s);
  const p = codePoints(prefix);
  return p.length <= a.length && p.every((ch, i) => a[i] === ch);
}

export function pyEndsWith(s: string, suffix: string): boolean {
  if (wellFormed(s, suffix)) return s.endsWith(suffix);
  const a = codePoints(s);
  const p = codePoints(suffix);
  const offset = a.length - p.length;
  return offset >= 0 && p.every((ch, i) => a[offset + i] === ch);
}
