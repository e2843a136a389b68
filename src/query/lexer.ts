/**
 * Port of jmespath/lexer.py. It works on code points so that positions in
 * error messages match Python's, and keeps the Python lexer's quirks: a
 * backslash in a delimited token always keeps the character after it,
 * `'raw'` strings only unescape `\'`, and a JSON literal that does not parse
 * falls back to being read as the body of a JSON string (JEP-12's deprecated
 * syntax), after Python's `str.lstrip()`.
 */
import { JsonDecodeError, parseJson } from '../value/json.js';
import { ParseFailureSignal, QuerySyntaxError } from './errors.js';
import { codePoints, pyLstrip } from '../value/pytext.js';
import type { JValue } from './values.js';
import { intTooLongMessage, MAX_INT_DIGITS } from '../value/numbers.js';

export type TokenType =
  | 'dot' | 'star' | 'rbracket' | 'comma' | 'colon' | 'current' | 'lparen' | 'rparen' | 'lbrace' | 'rbrace'
  | 'unquoted_identifier' | 'quoted_identifier' | 'flatten' | 'filter' | 'lbracket' | 'literal'
  | 'or' | 'pipe' | 'and' | 'expref' | 'number' | 'lt' | 'lte' | 'gt' | 'gte' | 'ne' | 'not' | 'eq' | 'eof';

export interface Token {
  type: TokenType;
  /** A string, a bigint for numbers, any value for literals. */
  value: JValue;
  /** Code-point offset; the parser reports errors at it. */
  start: number;
}

const SIMPLE_TOKENS: Record<string, TokenType> = {
  '.': 'dot',
  '*': 'star',
  ']': 'rbracket',
  ',': 'comma',
  ':': 'colon',
  '@': 'current',
  '(': 'lparen',
  ')': 'rparen',
  '{': 'lbrace',
  '}': 'rbrace',
};

const isStartIdentifier = (ch: string): boolean => /^[A-Za-z_]$/.test(ch);
const isIdentifierChar = (ch: string | null): boolean => ch !== null && /^[A-Za-z0-9_]$/.test(ch);
const isDigit = (ch: string | null): boolean => ch !== null && ch >= '0' && ch <= '9';
const WHITESPACE = new Set([' ', '\t', '\n', '\r']);

function lexerError(position: number, message: string): ParseFailureSignal {
  return new ParseFailureSignal({ kind: 'lexer', position, message });
}

/** Tokenizes a non-empty expression (the caller rejects the empty one). */
export function tokenize(expression: string): Token[] {
  const chars = codePoints(expression);
  const length = chars.length;
  let position = 0;
  let current: string | null = chars[0] ?? null;
  const tokens: Token[] = [];

  // Python's _next(): at the last character it stops advancing and reports
  // None, so `position` never passes length - 1.
  const next = (): string | null => {
    if (position === length - 1) {
      current = null;
    } else {
      position++;
      current = chars[position]!;
    }
    return current;
  };

  const consumeUntil = (delimiter: string): string => {
    const start = position;
    let buff = '';
    next();
    while (current !== delimiter) {
      if (current === '\\') {
        buff += '\\';
        next();
      }
      if (current === null) throw lexerError(start, `Unclosed ${delimiter} delimiter`);
      buff += current;
      next();
    }
    next(); // the closing delimiter
    return buff;
  };

  const consumeNumber = (): string => {
    let buff = current!;
    while (isDigit(next())) buff += current;
    return buff;
  };

  const matchOrElse = (expected: string, matchType: TokenType, elseType: TokenType): Token => {
    const start = position;
    const first = current!;
    const nextChar = next();
    if (nextChar === expected) {
      next();
      return { type: matchType, value: first + nextChar, start };
    }
    return { type: elseType, value: first, start };
  };

  const consumeLiteral = (): Token => {
    const start = position;
    const lexeme = consumeUntil('`').replaceAll('\\`', '`');
    let value = loadsJson(lexeme);
    if (value === undefined) value = loadsJson(`"${pyLstrip(lexeme)}"`);
    if (value === undefined) throw lexerError(start, `Bad token ${lexeme}`);
    return { type: 'literal', value: value.parsed, start };
  };

  const consumeQuotedIdentifier = (): Token => {
    const start = position;
    const lexeme = '"' + consumeUntil('"') + '"';
    try {
      return { type: 'quoted_identifier', value: parseJson(lexeme), start };
    } catch (e) {
      // Python keeps str(e).split(':')[0], i.e. the reason without position.
      if (e instanceof JsonDecodeError) throw lexerError(start, e.reason.split(':')[0]!);
      throw e;
    }
  };

  while (current !== null) {
    const ch: string = current;
    const simple = SIMPLE_TOKENS[ch];
    if (simple !== undefined) {
      tokens.push({ type: simple, value: ch, start: position });
      next();
    } else if (isStartIdentifier(ch)) {
      const start = position;
      let buff = ch;
      while (isIdentifierChar(next())) buff += current;
      tokens.push({ type: 'unquoted_identifier', value: buff, start });
    } else if (WHITESPACE.has(ch)) {
      next();
    } else if (ch === '[') {
      const start = position;
      const nextChar = next();
      if (nextChar === ']') {
        next();
        tokens.push({ type: 'flatten', value: '[]', start });
      } else if (nextChar === '?') {
        next();
        tokens.push({ type: 'filter', value: '[?', start });
      } else {
        tokens.push({ type: 'lbracket', value: '[', start });
      }
    } else if (ch === "'") {
      const start = position;
      tokens.push({ type: 'literal', value: consumeUntil("'").replaceAll("\\'", "'"), start });
    } else if (ch === '|') {
      tokens.push(matchOrElse('|', 'or', 'pipe'));
    } else if (ch === '&') {
      tokens.push(matchOrElse('&', 'and', 'expref'));
    } else if (ch === '`') {
      tokens.push(consumeLiteral());
    } else if (isDigit(ch) || ch === '-') {
      const start = position;
      const buff = consumeNumber();
      if (buff === '-') throw lexerError(start, "Unknown token '-'");
      tokens.push({ type: 'number', value: parseLexerInt(buff), start });
    } else if (ch === '"') {
      tokens.push(consumeQuotedIdentifier());
    } else if (ch === '<') {
      tokens.push(matchOrElse('=', 'lte', 'lt'));
    } else if (ch === '>') {
      tokens.push(matchOrElse('=', 'gte', 'gt'));
    } else if (ch === '!') {
      tokens.push(matchOrElse('=', 'ne', 'not'));
    } else if (ch === '=') {
      if (next() === '=') {
        tokens.push({ type: 'eq', value: '==', start: position - 1 });
        next();
      } else {
        // At the end _next() did not advance, so there is nothing to rewind.
        throw lexerError(current === null ? position : position - 1, "Unknown token '='");
      }
    } else {
      throw lexerError(position, `Unknown token ${ch}`);
    }
  }
  tokens.push({ type: 'eof', value: '', start: length });
  return tokens;
}

/** `int(buff)` for a run of ASCII digits, with CPython's digit limit. */
function parseLexerInt(buff: string): bigint {
  const digits = buff.startsWith('-') ? buff.length - 1 : buff.length;
  // A plain ValueError, which Parser._do_parse does not catch or decorate.
  if (digits > MAX_INT_DIGITS) throw new QuerySyntaxError(intTooLongMessage(digits), 'ValueError');
  return BigInt(buff);
}

/**
 * `json.loads(text)`, or undefined where Python raises ValueError. Besides
 * syntax errors that includes an integer longer than CPython's digit limit.
 */
function loadsJson(text: string): { parsed: JValue } | undefined {
  let parsed: JValue;
  try {
    parsed = parseJson(text);
  } catch (e) {
    if (e instanceof JsonDecodeError) return undefined;
    throw e;
  }
  return hasOverlongInt(parsed) ? undefined : { parsed };
}

function hasOverlongInt(value: JValue): boolean {
  if (typeof value === 'bigint') return (value < 0n ? -value : value).toString().length > MAX_INT_DIGITS;
  if (Array.isArray(value)) return value.some(hasOverlongInt);
  if (value instanceof Map) return [...value.values()].some(hasOverlongInt);
  return false;
}
