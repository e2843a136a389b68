/**
 * Python's `str()` and `repr()` over the value model. The text and table
 * formatters print cells with `str()`, and several aws-cli error messages
 * embed `repr()` of a value.
 */
import type { PyValue } from './model.js';

/** `repr(float)`: shortest round-trip digits, Python's exponent rules. */
export function floatRepr(x: number): string {
  if (Number.isNaN(x)) return 'nan';
  if (x === Infinity) return 'inf';
  if (x === -Infinity) return '-inf';
  if (x === 0) return Object.is(x, -0) ? '-0.0' : '0.0';
  const sign = x < 0 ? '-' : '';
  const [mantissa, expText] = Math.abs(x).toExponential().split('e') as [string, string];
  const digits = mantissa.replace('.', '');
  const exp = Number(expText);
  if (exp < -4 || exp >= 16) {
    const m = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
    const e = String(Math.abs(exp)).padStart(2, '0');
    return `${sign}${m}e${exp < 0 ? '-' : '+'}${e}`;
  }
  if (exp < 0) return `${sign}0.${'0'.repeat(-exp - 1)}${digits}`;
  if (digits.length <= exp + 1) return `${sign}${digits}${'0'.repeat(exp + 1 - digits.length)}.0`;
  return `${sign}${digits.slice(0, exp + 1)}.${digits.slice(exp + 1)}`;
}

// Compiled on first use: Unicode property classes are costly to build at start-up.
let notPrintable: RegExp | undefined;

/** Python's `str.isprintable()` for one code point. */
function isPrintable(ch: string): boolean {
  notPrintable ??= /^[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]$/u;
  return ch === ' ' || !notPrintable.test(ch);
}

function hexEscape(code: number): string {
  if (code <= 0xff) return '\\x' + code.toString(16).padStart(2, '0');
  if (code <= 0xffff) return '\\u' + code.toString(16).padStart(4, '0');
  return '\\U' + code.toString(16).padStart(8, '0');
}

function pickQuote(hasSingle: boolean, hasDouble: boolean): string {
  return hasSingle && !hasDouble ? '"' : "'";
}

/** `repr(str)`. */
export function strRepr(s: string): string {
  const quote = pickQuote(s.includes("'"), s.includes('"'));
  let out = quote;
  for (const ch of s) {
    const code = ch.codePointAt(0)!;
    if (ch === quote || ch === '\\') out += '\\' + ch;
    else if (ch === '\t') out += '\\t';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (code < 0x20 || code === 0x7f) out += hexEscape(code);
    else if (code < 0x7f || isPrintable(ch)) out += ch;
    else out += hexEscape(code);
  }
  return out + quote;
}

/** `repr(bytes)`. */
export function bytesRepr(b: Uint8Array): string {
  const quote = pickQuote(b.includes(0x27), b.includes(0x22));
  let out = 'b' + quote;
  for (const byte of b) {
    const ch = String.fromCharCode(byte);
    if (ch === quote || ch === '\\') out += '\\' + ch;
    else if (byte === 0x09) out += '\\t';
    else if (byte === 0x0a) out += '\\n';
    else if (byte === 0x0d) out += '\\r';
    else if (byte < 0x20 || byte >= 0x7f) out += '\\x' + byte.toString(16).padStart(2, '0');
    else out += ch;
  }
  return out + quote;
}

/** `repr(value)`. */
export function pyRepr(value: PyValue): string {
  if (typeof value === 'string') return strRepr(value);
  if (Array.isArray(value)) return '[' + value.map(pyRepr).join(', ') + ']';
  if (value instanceof Map) {
    return '{' + [...value].map(([k, v]) => `${strRepr(k)}: ${pyRepr(v)}`).join(', ') + '}';
  }
  return pyStr(value);
}

/** `str(value)`. */
export function pyStr(value: PyValue): string {
  if (value === null) return 'None';
  if (value === true) return 'True';
  if (value === false) return 'False';
  if (typeof value === 'bigint') return value.toString();
  if (typeof value === 'number') return floatRepr(value);
  if (typeof value === 'string') return value;
  if (value instanceof Uint8Array) return bytesRepr(value);
  // Objects from outside the model (a JMESPath expression reference) print themselves.
  if (!Array.isArray(value) && !(value instanceof Map)) return String(value);
  return pyRepr(value);
}
