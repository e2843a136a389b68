/**
 * Python's `json.loads` and `json.dumps`, over the value model: ints stay
 * ints (bigint), floats stay floats, objects keep their key order, and
 * NaN/Infinity are accepted as Python accepts them.
 */
import { pyTypeName, type PyDict, type PyValue } from './model.js';
import { floatRepr } from './repr.js';

export class JsonDecodeError extends Error {
  constructor(
    readonly reason: string,
    readonly position: number,
  ) {
    super(`${reason}: char ${position}`);
    this.name = 'JsonDecodeError';
  }
}

const WHITESPACE = new Set([' ', '\t', '\n', '\r']);
const NUMBER = /-?(?:0|[1-9]\d*)(\.\d+)?([eE][-+]?\d+)?/y;
const SHORT_ESCAPES: Record<string, string> = {
  '"': '"',
  '\\': '\\',
  '/': '/',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
};

/** Parses JSON text exactly as Python's `json.loads` (strict mode) does. */
export function parseJson(text: string): PyValue {
  let pos = 0;

  const skip = (): void => {
    while (pos < text.length && WHITESPACE.has(text[pos]!)) pos++;
  };
  const fail = (reason: string): never => {
    throw new JsonDecodeError(reason, pos);
  };

  const parseString = (): string => {
    pos++; // opening quote
    let out = '';
    let chunkStart = pos;
    for (;;) {
      if (pos >= text.length) fail('Unterminated string starting at');
      const ch = text.charCodeAt(pos);
      if (ch === 0x22) {
        out += text.slice(chunkStart, pos);
        pos++;
        return out;
      }
      if (ch < 0x20) fail('Invalid control character at');
      if (ch !== 0x5c) {
        pos++;
        continue;
      }
      out += text.slice(chunkStart, pos);
      const esc = text[pos + 1];
      if (esc === undefined) fail('Unterminated string starting at');
      if (esc === 'u') {
        const hex = text.slice(pos + 2, pos + 6);
        if (!/^[0-9a-fA-F]{4}$/.test(hex)) fail('Invalid \\uXXXX escape');
        out += String.fromCharCode(parseInt(hex, 16));
        pos += 6;
      } else if (esc in SHORT_ESCAPES) {
        out += SHORT_ESCAPES[esc];
        pos += 2;
      } else {
        fail('Invalid \\escape');
      }
      chunkStart = pos;
    }
  };

  const parseValue = (): PyValue => {
    skip();
    const ch = text[pos];
    if (ch === '"') return parseString();
    if (ch === '{') {
      pos++;
      const obj: PyDict = new Map();
      skip();
      if (text[pos] === '}') {
        pos++;
        return obj;
      }
      for (;;) {
        skip();
        if (text[pos] !== '"') fail('Expecting property name enclosed in double quotes');
        const key = parseString();
        skip();
        if (text[pos] !== ':') fail("Expecting ':' delimiter");
        pos++;
        obj.set(key, parseValue());
        skip();
        if (text[pos] === ',') {
          pos++;
          continue;
        }
        if (text[pos] === '}') {
          pos++;
          return obj;
        }
        fail("Expecting ',' delimiter");
      }
    }
    if (ch === '[') {
      pos++;
      const arr: PyValue[] = [];
      skip();
      if (text[pos] === ']') {
        pos++;
        return arr;
      }
      for (;;) {
        arr.push(parseValue());
        skip();
        if (text[pos] === ',') {
          pos++;
          continue;
        }
        if (text[pos] === ']') {
          pos++;
          return arr;
        }
        fail("Expecting ',' delimiter");
      }
    }
    for (const [word, value] of KEYWORDS) {
      if (text.startsWith(word, pos)) {
        pos += word.length;
        return value;
      }
    }
    NUMBER.lastIndex = pos;
    const m = NUMBER.exec(text);
    if (m) {
      pos += m[0].length;
      return m[1] === undefined && m[2] === undefined ? BigInt(m[0]) : Number(m[0]);
    }
    return fail('Expecting value');
  };

  const value = parseValue();
  skip();
  if (pos !== text.length) fail('Extra data');
  return value;
}

const KEYWORDS: [string, PyValue][] = [
  ['null', null],
  ['true', true],
  ['false', false],
  ['NaN', NaN],
  ['Infinity', Infinity],
  ['-Infinity', -Infinity],
];

export interface DumpOptions {
  /** Spaces per level; undefined writes everything on one line. */
  indent?: number;
  /** Escape every non-ASCII character as \uXXXX (Python's default). */
  ensureAscii?: boolean;
  /** Item separator for one-line output; Python's default is ', '. */
  itemSeparator?: string;
  /** Key separator; Python's default is ': '. */
  keySeparator?: string;
  /**
   * Python's `default`: what to write instead of a value JSON has no form
   * for (bytes, or an object from outside the model such as a JMESPath
   * `&expr`). Without it such a value is a TypeError, as in Python.
   */
  fallback?: (value: PyValue) => PyValue;
}

/** Python's `json.dumps(value, indent=..., ensure_ascii=..., default=...)`. */
export function dumpJson(value: PyValue, options: DumpOptions = {}): string {
  const { indent, ensureAscii = true, itemSeparator = ', ', keySeparator = ': ', fallback } = options;
  const quote = ensureAscii ? quoteAscii : quoteUnicode;

  const write = (v: PyValue, depth: number): string => {
    if (v === null) return 'null';
    if (v === true) return 'true';
    if (v === false) return 'false';
    if (typeof v === 'bigint') return v.toString();
    if (typeof v === 'number') {
      if (Number.isNaN(v)) return 'NaN';
      if (v === Infinity) return 'Infinity';
      if (v === -Infinity) return '-Infinity';
      return floatRepr(v);
    }
    if (typeof v === 'string') return quote(v);
    if (!Array.isArray(v) && !(v instanceof Map)) {
      if (!fallback) throw new TypeError(`Object of type ${pyTypeName(v)} is not JSON serializable`);
      return write(fallback(v), depth);
    }
    const isList = Array.isArray(v);
    const items: string[] = isList
      ? v.map((item) => write(item, depth + 1))
      : [...v].map(([k, item]) => `${quote(k)}${keySeparator}${write(item, depth + 1)}`);
    const [open, close] = isList ? ['[', ']'] : ['{', '}'];
    if (items.length === 0) return open + close;
    if (indent === undefined) return open + items.join(itemSeparator) + close;
    const inner = '\n' + ' '.repeat(indent * (depth + 1));
    const outer = '\n' + ' '.repeat(indent * depth);
    return open + inner + items.join(',' + inner) + outer + close;
  };

  return write(value, 0);
}

const SHORT_OUT: Record<string, string> = {
  '"': '\\"',
  '\\': '\\\\',
  '\b': '\\b',
  '\f': '\\f',
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
};

function hex4(code: number): string {
  return '\\u' + code.toString(16).padStart(4, '0');
}

function quoteUnicode(s: string): string {
  // eslint-disable-next-line no-control-regex
  return '"' + s.replace(/["\\\x00-\x1f]/g, (c) => SHORT_OUT[c] ?? hex4(c.charCodeAt(0))) + '"';
}

function quoteAscii(s: string): string {
  // Python escapes everything outside printable ASCII, DEL included; JS
  // strings are UTF-16 already, so astral characters come out as surrogate
  // pairs exactly as Python writes them.
  return '"' + s.replace(/["\\]|[^ -~]/g, (c) => SHORT_OUT[c] ?? hex4(c.charCodeAt(0))) + '"';
}
