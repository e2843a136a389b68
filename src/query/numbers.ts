/**
 * Python number semantics the functions need: `int(str)` and `float(str)`
 * as `to_number()` uses them, int-to-float conversion with its
 * OverflowError, `sum()` as CPython 3.11 computes it, and `math.ceil/floor`.
 */
import { QueryRuntimeError } from './errors.js';
import { MAX_INT_DIGITS } from './lexer.js';
import { decimalValue, isPySpace } from './pytext.js';

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

/** `int(value)`, or undefined where Python raises ValueError. */
export function pyIntFromText(value: string | Uint8Array): bigint | undefined {
  const text = numericText(value).replace(ASCII_SPACE, '');
  if (!INT_TEXT.test(text)) return undefined;
  const digits = text.replace(/[^0-9]/g, '');
  if (digits.length > MAX_INT_DIGITS) return undefined; // ValueError too
  const sign = text.startsWith('-') ? -1n : 1n;
  return sign * BigInt(digits);
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

/** `float(i)`: correctly rounded, OverflowError past the double range. */
export function intToFloat(value: bigint): number {
  const f = Number(value);
  if (!Number.isFinite(f)) throw new QueryRuntimeError('int too large to convert to float', 'OverflowError');
  return f;
}

/**
 * `sum(items)` as CPython 3.11 does it: exact integer arithmetic until the
 * first float, which converts the running total; from then on plain double
 * additions, ints converted one by one. (3.12 switched to compensated
 * summation; 3.11 has none.)
 */
export function pySum(items: readonly (bigint | number)[]): bigint | number {
  let total: bigint | number = 0n;
  for (const item of items) {
    if (typeof total === 'bigint' && typeof item === 'bigint') total += item;
    else {
      const a: number = typeof total === 'bigint' ? intToFloat(total) : total;
      const b: number = typeof item === 'bigint' ? intToFloat(item) : item;
      total = a + b;
    }
  }
  return total;
}

/** `math.ceil(x)` / `math.floor(x)`: an int for a float, unchanged for an int. */
export function pyRound(value: bigint | number, direction: 'ceil' | 'floor'): bigint {
  if (typeof value === 'bigint') return value;
  if (Number.isNaN(value)) throw new QueryRuntimeError('cannot convert float NaN to integer', 'ValueError');
  if (!Number.isFinite(value)) throw new QueryRuntimeError('cannot convert float infinity to integer', 'OverflowError');
  return BigInt(direction === 'ceil' ? Math.ceil(value) : Math.floor(value));
}
