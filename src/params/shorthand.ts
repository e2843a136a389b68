/**
 * aws-cli's shorthand syntax (awscli/shorthand.py, 2.9.19) for structure,
 * map and list-of-complex parameters:
 *
 *     --tags Key=env,Value=prod Key=team,Value=a
 *     --filters Key=name,Values=app/,prod
 *     --foo 'a={b=[1,2],c="x,y"}'
 *
 * `ShorthandParser` works on the text alone; `BackCompatVisitor` then walks
 * the parsed value along the model (ints, floats and booleans from strings,
 * `a` → `[a]` where the model wants a list). Both are straight ports, down
 * to the error messages, including the places where the original is quirky
 * (backtracking to a comma inside quotes, the caret of a duplicate key).
 *
 * Python indexes strings by code point, so the parser works on an array of
 * code points: positions (the caret line) and the regex character classes
 * (which stop at U+FFFF) behave as in Python for astral characters too.
 * 2.9.19 has no `key@=file` syntax; it came later.
 */
import type { OperationOption } from '../cli/operation-options.js';
import type { Shape, ShapeResolver } from '../api/shapes.js';
import { PythonError } from '../errors.js';
import { pyFloatFromText, pyIntOrError } from '../value/numbers.js';
import { isPySpace, pyRstrip } from '../value/pytext.js';
import type { PyDict, PyValue } from '../value/model.js';
import { pyTypeName } from '../value/model.js';
import { bytesRepr, strRepr } from '../value/repr.js';
import { ParamError } from './build.js';

/** Any error the shorthand parser or visitor reports (ShorthandParseError). */
export class ShorthandParseError extends Error {
  override name = 'ShorthandParseError';
}

function errorLocation(chars: readonly string[], index: number): string {
  let consumed = chars.join('');
  let remaining = '';
  let numSpaces = index;
  const before = chars.slice(0, index);
  const lastNewline = before.lastIndexOf('\n');
  if (lastNewline >= 0) numSpaces = index - lastNewline - 1;
  const after = chars.slice(index);
  const next = after.indexOf('\n');
  if (next >= 0) {
    const nextNewline = index + next;
    consumed = chars.slice(0, nextNewline).join('');
    remaining = chars.slice(nextNewline).join('');
  }
  return `${consumed}\n${' '.repeat(Math.max(0, numSpaces))}^${remaining}`;
}

export class ShorthandParseSyntaxError extends ShorthandParseError {
  override name = 'ShorthandParseSyntaxError';
  constructor(chars: readonly string[], expected: string, actual: string, index: number) {
    super(`Expected: '${expected}', received: '${actual}' for input:\n${errorLocation(chars, index)}`);
  }
}

export class DuplicateKeyInObjectError extends ShorthandParseError {
  override name = 'DuplicateKeyInObjectError';
  constructor(key: string, chars: readonly string[], index: number) {
    super(
      `Second instance of key "${key}" encountered for input:\n${errorLocation(chars, index)}\n` +
        'This is often because there is a preceding "," instead of a space.',
    );
  }
}

/** Raised inside the visitor, turned into a ShorthandParseError by the structure holding it. */
class DocumentTypesNotSupportedError extends Error {}

// --------------------------------------------------------------------------
// Character classes of the parser's regexes
// --------------------------------------------------------------------------

/** `string.whitespace`, which `_consume_whitespace` skips. */
const ASCII_WHITESPACE = new Set([' ', '\t', '\n', '\r', '\x0b', '\x0c']);
/** `string.ascii_letters + string.digits + '-_.#/:'`. */
const KEY_CHAR = /^[A-Za-z0-9\-_.#/:]$/;

const inRange = (cp: number, lo: number, hi: number): boolean => cp >= lo && cp <= hi;

/** `[\!\#-&\(-\+\--\<\>-Z\\-z\u007c-\uffff]` */
function isStartWord(ch: string): boolean {
  const cp = ch.codePointAt(0)!;
  return (
    cp === 0x21 ||
    inRange(cp, 0x23, 0x26) ||
    inRange(cp, 0x28, 0x2b) ||
    inRange(cp, 0x2d, 0x3c) ||
    inRange(cp, 0x3e, 0x5a) ||
    inRange(cp, 0x5c, 0x7a) ||
    inRange(cp, 0x7c, 0xffff)
  );
}

/** `[\s\!\#-&\(-\+\--\\\^-\|~-\uffff]` */
function isFirstFollow(ch: string): boolean {
  const cp = ch.codePointAt(0)!;
  return (
    isPySpace(ch) ||
    cp === 0x21 ||
    inRange(cp, 0x23, 0x26) ||
    inRange(cp, 0x28, 0x2b) ||
    inRange(cp, 0x2d, 0x5c) ||
    inRange(cp, 0x5e, 0x7c) ||
    inRange(cp, 0x7e, 0xffff)
  );
}

/** `[\s\!\#-&\(-\+\--\<\>-\uffff]` */
function isSecondFollow(ch: string): boolean {
  const cp = ch.codePointAt(0)!;
  return (
    isPySpace(ch) ||
    cp === 0x21 ||
    inRange(cp, 0x23, 0x26) ||
    inRange(cp, 0x28, 0x2b) ||
    inRange(cp, 0x2d, 0x3c) ||
    inRange(cp, 0x3e, 0xffff)
  );
}

/** Python's `str.replace(old, new)`: every non-overlapping match, left to right. */
const replaceAll = (s: string, from: string, to: string): string => s.split(from).join(to);

const EOF = Symbol('EOF');

/**
 * The syntactic parser. `parse()` returns a dict whose values are strings,
 * lists and dicts; it knows nothing of the model.
 */
export class ShorthandParser {
  private chars: string[] = [];
  private index = 0;

  parse(value: string): PyDict {
    this.chars = Array.from(value);
    this.index = 0;
    return this.parameter();
  }

  private parameter(): PyDict {
    // parameter = keyval *("," keyval)
    const params: PyDict = new Map();
    const [key, val] = this.keyval();
    params.set(key, val);
    let lastIndex = this.index;
    while (this.index < this.chars.length) {
      this.expect(',', true);
      const [k, v] = this.keyval();
      // A key given twice is most likely a misplaced "," between two items.
      if (params.has(k)) throw new DuplicateKeyInObjectError(k, this.chars, lastIndex + 1);
      params.set(k, v);
      lastIndex = this.index;
    }
    return params;
  }

  private keyval(): [string, PyValue] {
    // keyval = key "=" [values]
    const key = this.key();
    this.expect('=', true);
    return [key, this.values()];
  }

  private key(): string {
    const start = this.index;
    while (!this.atEof()) {
      if (!KEY_CHAR.test(this.chars[this.index]!)) break;
      this.index++;
    }
    return this.chars.slice(start, this.index).join('');
  }

  private values(): PyValue {
    // values = csv-list / explicit-list / hash-literal
    if (this.atEof()) return '';
    if (this.current() === '[') return this.explicitList();
    if (this.current() === '{') return this.hashLiteral();
    return this.csvValue();
  }

  private csvValue(): PyValue {
    // foo=bar     -> 'bar'
    // foo=bar,baz -> ['bar', 'baz']
    const firstValue = this.firstValue();
    this.consumeWhitespace();
    if (this.atEof() || this.chars[this.index] !== ',') return firstValue;
    this.expect(',', true);
    const csvList: PyValue[] = [firstValue];
    // Parsing may stop at the next key (a=b,c=d): back up to the comma
    // before it and return what was read so far.
    for (;;) {
      try {
        const current = this.secondValue();
        this.consumeWhitespace();
        if (this.atEof()) {
          csvList.push(current);
          break;
        }
        this.expect(',', true);
        csvList.push(current);
      } catch (error) {
        if (!(error instanceof ShorthandParseSyntaxError)) throw error;
        if (this.atEof()) throw error;
        this.backtrackTo(',');
        break;
      }
    }
    return csvList.length === 1 ? firstValue : csvList;
  }

  private value(): string {
    const end = this.matchWord(isStartWord, isFirstFollow);
    if (end < 0) return '';
    const consumed = this.chars.slice(this.index, end).join('');
    this.index = end;
    return pyRstrip(replaceAll(consumed, '\\,', ','));
  }

  private explicitList(): PyValue[] {
    // explicit-list = "[" [value *(",' value)] "]"
    this.expect('[', true);
    const values: PyValue[] = [];
    while (this.current() !== ']') {
      values.push(this.explicitValues());
      this.consumeWhitespace();
      if (this.current() !== ']') {
        this.expect(',');
        this.consumeWhitespace();
      }
    }
    this.expect(']');
    return values;
  }

  private explicitValues(): PyValue {
    if (this.current() === '[') return this.explicitList();
    if (this.current() === '{') return this.hashLiteral();
    return this.firstValue();
  }

  private hashLiteral(): PyDict {
    this.expect('{', true);
    const keyvals: PyDict = new Map();
    while (this.current() !== '}') {
      const key = this.key();
      this.expect('=', true);
      const v = this.explicitValues();
      this.consumeWhitespace();
      if (this.current() !== '}') {
        this.expect(',');
        this.consumeWhitespace();
      }
      keyvals.set(key, v);
    }
    this.expect('}');
    return keyvals;
  }

  private firstValue(): string {
    if (this.current() === "'") return this.quotedValue("'");
    if (this.current() === '"') return this.quotedValue('"');
    return this.value();
  }

  private secondValue(): string {
    if (this.current() === "'") return this.quotedValue("'");
    if (this.current() === '"') return this.quotedValue('"');
    const end = this.matchWord(isStartWord, isSecondFollow);
    if (end < 0) throw new ShorthandParseSyntaxError(this.chars, '<second>', '<none>', this.index);
    const consumed = this.chars.slice(this.index, end).join('');
    this.index = end;
    return pyRstrip(replaceAll(consumed, '\\,', ','));
  }

  /**
   * `(\\,|[start])(\\,|[follow])*` matched at the current index: the end of
   * the match, or -1. Nothing follows the star, so the greedy path is the match.
   */
  private matchWord(start: (ch: string) => boolean, follow: (ch: string) => boolean): number {
    const { chars } = this;
    const escapedComma = (i: number): boolean => chars[i] === '\\' && chars[i + 1] === ',';
    let i = this.index;
    if (i >= chars.length) return -1;
    if (escapedComma(i)) i += 2;
    else if (start(chars[i]!)) i += 1;
    else return -1;
    for (;;) {
      if (escapedComma(i)) i += 2;
      else if (i < chars.length && follow(chars[i]!)) i += 1;
      else return i;
    }
  }

  /**
   * `'(?:\\\\|\\'|[^'])*'` (or the same with `"`) matched at the current
   * index, then unescaped. The regex's first match is computed directly
   * rather than by backtracking: scanning escapes greedily, it ends at the
   * first unescaped quote; when the scan runs off the end instead, the
   * backtracking regex settles for the last quote of the input (read as a
   * backslash followed by the closing quote), and fails if there is none.
   */
  private quotedValue(quote: "'" | '"'): string {
    const { chars } = this;
    const start = this.index;
    let end = -1;
    let i = start + 1;
    while (i < chars.length) {
      if (chars[i] === '\\' && (chars[i + 1] === '\\' || chars[i + 1] === quote)) i += 2;
      else if (chars[i] !== quote) i += 1;
      else break;
    }
    if (i < chars.length) end = i;
    else end = chars.lastIndexOf(quote) > start ? chars.lastIndexOf(quote) : -1;
    if (end < 0) {
      const name = quote === "'" ? 'singled quoted' : 'double quoted';
      throw new ShorthandParseSyntaxError(chars, `<${name}>`, '<none>', start);
    }
    this.index = end + 1;
    let value = chars.slice(start + 1, end).join('');
    value = replaceAll(value, `\\${quote}`, quote);
    return replaceAll(value, '\\\\', '\\');
  }

  private expect(char: string, consumeWhitespace = false): void {
    if (consumeWhitespace) this.consumeWhitespace();
    if (this.index >= this.chars.length) throw new ShorthandParseSyntaxError(this.chars, char, 'EOF', this.index);
    const actual = this.chars[this.index]!;
    if (actual !== char) throw new ShorthandParseSyntaxError(this.chars, char, actual, this.index);
    this.index++;
    if (consumeWhitespace) this.consumeWhitespace();
  }

  private current(): string | typeof EOF {
    return this.index < this.chars.length ? this.chars[this.index]! : EOF;
  }

  private atEof(): boolean {
    return this.index >= this.chars.length;
  }

  private backtrackTo(char: string): void {
    while (this.index >= 0 && this.chars[this.index] !== char) this.index--;
  }

  private consumeWhitespace(): void {
    while (this.index < this.chars.length && ASCII_WHITESPACE.has(this.chars[this.index]!)) this.index++;
  }
}

// --------------------------------------------------------------------------
// BackCompatVisitor
// --------------------------------------------------------------------------

/**
 * An exception aws-cli does not catch while unpacking parameters (a
 * ValueError from `int()`, a TypeError, an AttributeError): it reaches
 * the CLI's top level and is printed as is, exit code 255.
 */
/** botocore's `is_document_type`: a structure flagged `document` in the model. */
export function isDocumentType(shape: Shape): boolean {
  return shape.type === 'structure' && (shape as Shape & { readonly document?: boolean }).document === true;
}

/** `int(value)` as Python does it, on whatever the parser produced. */
export function pyInt(value: PyValue): bigint {
  if (typeof value !== 'string' && !(value instanceof Uint8Array)) {
    throw new PythonError(
      'TypeError',
      `int() argument must be a string, a bytes-like object or a real number, not '${pyTypeName(value)}'`,
    );
  }
  const n = pyIntOrError(value);
  if (typeof n === 'string') throw new PythonError('ValueError', n);
  return n;
}

/** `float(value)` as Python does it, on whatever the parser produced. */
export function pyFloat(value: PyValue): number {
  if (value instanceof Uint8Array) {
    const n = pyFloatFromText(value);
    if (n === undefined) throw new PythonError('ValueError', `could not convert string to float: ${bytesRepr(value)}`);
    return n;
  }
  if (typeof value !== 'string') {
    throw new PythonError('TypeError', `float() argument must be a string or a real number, not '${pyTypeName(value)}'`);
  }
  const n = pyFloatFromText(value);
  if (n === undefined) throw new PythonError('ValueError', `could not convert string to float: ${strRepr(value)}`);
  return n;
}

type Parent = PyDict | PyValue[];

function setChild(parent: Parent, name: string | number, value: PyValue): void {
  if (Array.isArray(parent)) parent[name as number] = value;
  else parent.set(name as string, value);
}

/**
 * The model-driven fix-ups after parsing, made in place (ModelVisitor and
 * BackCompatVisitor). `undefined` stands for Python's `dict.get()` of an
 * absent member.
 */
export class BackCompatVisitor {
  constructor(private readonly resolver: ShapeResolver) {}

  visit(params: PyValue, shape: Shape): void {
    this.visitShape(new Map(), shape, '', params);
  }

  private visitShape(parent: Parent, shape: Shape, name: string | number, value: PyValue | undefined): void {
    switch (shape.type) {
      case 'structure':
        return this.visitStructure(shape, value);
      case 'list':
        return this.visitList(parent, shape, name, value);
      case 'map':
        return this.visitMap(shape, value);
      default:
        return this.visitScalar(parent, shape, name, value);
    }
  }

  private visitStructure(shape: Shape, value: PyValue | undefined): void {
    if (value !== undefined && value !== null && isDocumentType(shape)) throw new DocumentTypesNotSupportedError();
    if (!(value instanceof Map)) return;
    for (const [memberName, , memberShape] of this.resolver.members(shape)) {
      try {
        this.visitShape(value, memberShape, memberName, value.get(memberName));
      } catch (error) {
        if (!(error instanceof DocumentTypesNotSupportedError)) throw error;
        throw new ShorthandParseError(
          'Shorthand syntax does not support document types. Use JSON input for top-level argument to specify ' +
            `nested parameter: ${memberName}`,
        );
      }
    }
  }

  private visitList(parent: Parent, shape: Shape, name: string | number, value: PyValue | undefined): void {
    if (!Array.isArray(value)) {
      // "foo=bar" where the model wants ["bar"].
      if (value !== undefined && value !== null) setChild(parent, name, [value]);
      return;
    }
    const member = this.resolver.shape(shape.member!);
    value.forEach((element, i) => this.visitShape(value, member, i, element));
  }

  private visitMap(shape: Shape, value: PyValue | undefined): void {
    if (!(value instanceof Map)) return;
    const valueShape = this.resolver.shape(shape.value!);
    for (const [k, v] of value) this.visitShape(value, valueShape, k, v);
  }

  private visitScalar(parent: Parent, shape: Shape, name: string | number, value: PyValue | undefined): void {
    if (value === undefined || value === null) return;
    switch (shape.type) {
      case 'integer':
      case 'long':
        return setChild(parent, name, pyInt(value));
      case 'double':
      case 'float':
        return setChild(parent, name, pyFloat(value));
      case 'boolean': {
        if (typeof value !== 'string') {
          throw new PythonError('AttributeError', `'${pyTypeName(value)}' object has no attribute 'lower'`);
        }
        // Only "true"/"false" (any case) are converted.
        const lower = value.toLowerCase();
        if (lower === 'true') setChild(parent, name, true);
        else if (lower === 'false') setChild(parent, name, false);
        return;
      }
      default:
        return;
    }
  }
}

// --------------------------------------------------------------------------
// ParamShorthandParser (argprocess.py)
// --------------------------------------------------------------------------

/** Runs `run`, turning shorthand errors into `ParamError(option.name, ...)`. */
export function wrap<T>(option: OperationOption, run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (error instanceof ShorthandParseError) throw new ParamError(option.name, error.message);
    throw error;
  }
}

/**
 * `ParamShorthandParser._parse_as_shorthand` for a value given as one
 * string: parses `text`, then runs the back-compat visitor with `shape` as
 * the model. Syntax errors become `ParamError(option.name, ...)`.
 */
export function parseShorthand(resolver: ShapeResolver, option: OperationOption, shape: Shape, text: string): PyValue {
  return wrap(option, () => {
    const parsed = new ShorthandParser().parse(text);
    new BackCompatVisitor(resolver).visit(parsed, shape);
    return parsed;
  });
}

/**
 * The same for a list parameter given as several words (argparse's
 * `nargs`): every word is parsed first, then the visitor walks the whole
 * list with the list shape, as aws-cli does.
 */
export function parseShorthandList(
  resolver: ShapeResolver,
  option: OperationOption,
  listShape: Shape,
  words: readonly string[],
): PyValue[] {
  return wrap(option, () => {
    const parser = new ShorthandParser();
    const parsed: PyValue[] = words.map((word) => parser.parse(word));
    new BackCompatVisitor(resolver).visit(parsed, listShape);
    return parsed;
  });
}
