/**
 * Python's `int(str)` and `float(str)`: Unicode digits and whitespace as
 * CPython rewrites them, underscores, and the 4,300-digit limit.
 */
import { decimalValue, isPySpace } from './pytext.js';
import { bytesRepr, strRepr } from './repr.js';

/** CPython's limit on the digits of an int converted from text. */
export const MAX_INT_DIGITS = 4300;

/** The ValueError CPython raises for text with more digits than its limit. */
export function intTooLongMessage(digits: number): string {
  return (
    `Exceeds the limit (${MAX_INT_DIGITS} digits) for integer string conversion: ` +
    `value has ${digits} digits; use sys.set_int_max_str_digits() to increase the limit`
  );
}

/**
 * CPython first rewrites the text: Unicode whitespace becomes ' ', Unicode
 * decimal digits become ASCII ones, and any other non-ASCII character ends
 * the string with a '?' that makes it invalid. ASCII is kept as is, so
 * '\x1c' (a Python space) is not stripped later.
 */
function transformDecimalAndSpace(s: string): string {
  let out = '';
  for (const ch of s) {
    if (ch.charCodeAt(0) < 128) out += ch;
    else if (isPySpace(ch)) out += ' ';
    else {
      const d = decimalValue(ch);
      if (d < 0) return out + '?';
      out += String(d);
    }
  }
  return out;
}

/** C's isspace() in the "C" locale, which CPython's parsers strip. */
const ASCII_SPACE = /^[ \t\n\x0b\x0c\r]+|[ \t\n\x0b\x0c\r]+$/g;

const INT_TEXT = /^[+-]?\d+(?:_\d+)*$/;
const FLOAT_TEXT = /^[+-]?(?:(?:\d+(?:_\d+)*)(?:\.(?:\d+(?:_\d+)*)?)?|\.\d+(?:_\d+)*)(?:[eE][+-]?\d+(?:_\d+)*)?$/;
const FLOAT_SPECIAL = /^([+-]?)(inf|infinity|nan)$/i;

/** Text of a str, or of bytes (which int() and float() also accept). */
function numericText(value: string | Uint8Array): string {
  if (typeof value === 'string') return transformDecimalAndSpace(value);
  // Bytes are parsed as ASCII; any other byte makes the text invalid.
  let out = '';
  for (const byte of value) out += byte < 128 ? String.fromCharCode(byte) : '?';
  return out;
}

/**
 * `int(value)`, or the message of the ValueError Python raises instead: the
 * digit limit's for a literal with too many digits (counted after CPython's
 * rewrite, so Unicode digits count too), else "invalid literal".
 */
export function pyIntOrError(value: string | Uint8Array): bigint | string {
  const text = numericText(value).replace(ASCII_SPACE, '');
  if (!INT_TEXT.test(text)) {
    return `invalid literal for int() with base 10: ${typeof value === 'string' ? strRepr(value) : bytesRepr(value)}`;
  }
  const digits = text.replace(/[^0-9]/g, '');
  if (digits.length > MAX_INT_DIGITS) return intTooLongMessage(digits.length);
  const sign = text.startsWith('-') ? -1n : 1n;
  return sign * BigInt(digits);
}

/** `int(value)`, or undefined where Python raises ValueError. */
export function pyIntFromText(value: string | Uint8Array): bigint | undefined {
  const n = pyIntOrError(value);
  return typeof n === 'bigint' ? n : undefined;
}

/** `float(value)`, or undefined where Python raises ValueError. */
export function pyFloatFromText(value: string | Uint8Array): number | undefined {
  const text = numericText(value).replace(ASCII_SPACE, '');
  const special = FLOAT_SPECIAL.exec(text);
  if (special) {
    if (special[2]!.toLowerCase() === 'nan') return NaN;
    return special[1] === '-' ? -Infinity : Infinity;
  }
  if (!FLOAT_TEXT.test(text)) return undefined;
  // JS Number() rounds correctly, as Python's float() does.
  return Number(text.replaceAll('_', ''));
}

