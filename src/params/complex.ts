/**
 * Values of list, structure and map parameters, as aws-cli 2.9.19 unpacks
 * them (argprocess.py): first the `process-cli-arg` handler
 * (ParamShorthandParser), which takes shorthand syntax unless the value
 * looks like JSON or the shape is not complex enough, then the default
 * `unpack_cli_arg`: JSON for structures, maps and lists starting with `[`,
 * and element by element for the words of a list.
 *
 * `value` is what argparse produced: an array of words for a list
 * parameter (nargs), or one string when the parameter is a structure or
 * map, or when a list parameter's single word was a `file://` reference
 * that was replaced by the file's contents (aws-cli then hands the bare
 * string on, and so must the caller). `fileb://` gives bytes.
 */
import type { OperationOption } from '../cli/operation-options.js';
import type { Shape, ShapeResolver } from '../api/shapes.js';
import { pyLstrip, pyStrip } from '../value/pytext.js';
import { pyList, type PyValue } from '../value/model.js';
import { JsonDecodeError, parseJson } from '../value/json.js';
import { bytesRepr } from '../value/repr.js';
import { ParamError } from './build.js';
import { PythonError } from '../errors.js';
import {
  isDocumentType,
  parseShorthand,
  parseShorthandList,
  pyFloat,
  pyInt,
  ShorthandParser,
  wrap,
} from './shorthand.js';

type Raw = string | Uint8Array;
/** Anything `_unpack_cli_arg` may be handed, down to the ints of iterated bytes. */
type Item = Raw | bigint | Raw[];

const COMPLEX = ['structure', 'list', 'map'];

/** First code point of `s.lstrip()`; IndexError on an all-whitespace string. */
function firstNonSpace(s: string): string {
  const rest = pyLstrip(s);
  if (rest === '') throw new PythonError('IndexError', 'string index out of range');
  return String.fromCodePoint(rest.codePointAt(0)!);
}

/** Python's `str()` of an item, for messages. */
function itemStr(item: Item): string {
  if (typeof item === 'string') return item;
  if (typeof item === 'bigint') return item.toString();
  if (item instanceof Uint8Array) return bytesRepr(item);
  return '[' + item.map((x) => (typeof x === 'string' ? `'${x}'` : bytesRepr(x))).join(', ') + ']';
}

/**
 * Python reports an unterminated string at its opening quote (parseJson at
 * the point it gave up): the last `"` of the text not escaped by an odd run
 * of backslashes, as no unescaped quote follows it and none precedes it in
 * structural context.
 */
function unterminatedStringStart(text: string): number {
  for (let i = text.length - 1; i >= 0; i--) {
    if (text[i] !== '"') continue;
    let backslashes = 0;
    while (i - backslashes - 1 >= 0 && text[i - backslashes - 1] === '\\') backslashes++;
    if (backslashes % 2 === 0) return i;
  }
  return 0;
}

/** `str(JSONDecodeError)`: positions count code points. */
function jsonErrorMessage(error: JsonDecodeError, text: string): string {
  let position = error.position;
  if (error.reason === 'Unterminated string starting at') position = unterminatedStringStart(text);
  // Python points at the `u` of a bad \uXXXX escape, parseJson at its backslash.
  if (error.reason === 'Invalid \\uXXXX escape' && text[position] === '\\') position++;
  const before = Array.from(text.slice(0, position));
  const pos = before.length;
  const lastNewline = before.lastIndexOf('\n');
  const line = before.filter((ch) => ch === '\n').length + 1;
  const column = pos - lastNewline;
  return `${error.reason}: line ${line} column ${column} (char ${pos})`;
}

/** `_unpack_json_cli_arg`: `json.loads(value)`. */
function unpackJson(option: OperationOption, value: Item): PyValue {
  let text: string;
  if (typeof value === 'string') text = value;
  else if (value instanceof Uint8Array) text = new TextDecoder().decode(value);
  else {
    const kind = typeof value === 'bigint' ? 'int' : 'list';
    throw new PythonError('TypeError', `the JSON object must be str, bytes or bytearray, not ${kind}`);
  }
  try {
    return parseJson(text);
  } catch (error) {
    if (!(error instanceof JsonDecodeError)) throw error;
    throw new ParamError(option.name, `Invalid JSON: ${jsonErrorMessage(error, text)}\nJSON received: ${text}`);
  }
}

/** botocore's `is_document_type_container`: a document, or lists/maps of documents. */
function isDocumentTypeContainer(resolver: ShapeResolver, shape: Shape): boolean {
  let current = shape;
  for (let depth = 0; depth < 100 && (current.type === 'list' || current.type === 'map'); depth++) {
    current = resolver.shape(current.type === 'list' ? current.member! : current.value!);
  }
  return isDocumentType(current);
}

/** `_supports_shorthand_syntax`: not for documents, nor for lists of scalars. */
function supportsShorthand(resolver: ShapeResolver, shape: Shape): boolean {
  if (isDocumentTypeContainer(resolver, shape)) return false;
  if (!COMPLEX.includes(shape.type)) return false;
  return shape.type !== 'list' || COMPLEX.includes(resolver.shape(shape.member!).type);
}

/**
 * argprocess's `unpack_scalar_cli_arg`, for a scalar parameter and for each
 * element of a list. `int()` and `float()` take bytes from `fileb://` too,
 * and their failures are not wrapped by aws-cli: a bare ValueError, exit
 * 255. (argparse already checked long and float parameters: `type=int`,
 * `type=float`.)
 */
export function unpackScalar(shape: Shape, value: Item): PyValue {
  switch (shape.type) {
    case 'integer':
    case 'long':
      return typeof value === 'bigint' ? value : pyInt(value as PyValue);
    case 'float':
    case 'double':
      return typeof value === 'bigint' ? Number(value) : pyFloat(value as PyValue);
    case 'boolean':
      if (typeof value === 'string') return value.toLowerCase() !== 'false' && value !== '';
      if (typeof value === 'bigint') return value !== 0n;
      return value.length > 0;
    default:
      return value as PyValue;
  }
}

/** `_unpack_cli_arg`. */
function unpackCliArg(resolver: ShapeResolver, option: OperationOption, shape: Shape, value: Item): PyValue {
  if (isDocumentType(shape)) return unpackJson(option, value);
  if (!COMPLEX.includes(shape.type)) return unpackScalar(shape, value);
  return unpackComplexArg(resolver, option, shape, value);
}

/** `_unpack_complex_cli_arg`. */
function unpackComplexArg(resolver: ShapeResolver, option: OperationOption, shape: Shape, value: Item): PyValue {
  if (shape.type === 'structure' || shape.type === 'map') {
    if (typeof value === 'string' && firstNonSpace(value) === '{') return unpackJson(option, value);
    if (value instanceof Uint8Array && !value.some((b) => ![0x20, 0x09, 0x0a, 0x0b, 0x0c, 0x0d].includes(b))) {
      throw new PythonError('IndexError', 'index out of range');
    }
    throw new ParamError(option.name, `Invalid JSON:\n${itemStr(value)}`);
  }
  if (typeof value === 'bigint') throw new PythonError('TypeError', "'int' object is not iterable");
  if (typeof value === 'string') {
    if (firstNonSpace(value) === '[') return unpackJson(option, value);
  } else if (Array.isArray(value) && value.length === 1 && typeof value[0] === 'string') {
    const single = pyStrip(value[0]);
    if (single.startsWith('[')) return unpackJson(option, value[0]);
  }
  const member = resolver.shape(shape.member!);
  // `for v in value`: characters of text, ints of bytes, items of a list.
  const items = pyList(value)! as Item[];
  try {
    return items.map((v) => unpackCliArg(resolver, option, member, v));
  } catch (error) {
    // Element errors (a bad int) are reported with the first element.
    if (error instanceof PythonError && (error.pyType === 'ValueError' || error.pyType === 'TypeError')) {
      if (items.length === 0) throw new PythonError('IndexError', 'list index out of range');
      throw new ParamError(option.name, itemStr(items[0]!));
    }
    throw error;
  }
}

/**
 * `ParamShorthandParser._handle_special_cases`, the case that applies here:
 * a structure whose only member is a string `Value` takes a bare word. (The
 * other case, the "old list case", is for a few elb, firehose and
 * workspaces parameters only.)
 */
function valueStructure(resolver: ShapeResolver, shape: Shape, value: Raw | Raw[]): PyValue | undefined {
  if (shape.type !== 'structure') return undefined;
  const members = resolver.members(shape);
  if (members.length !== 1 || members[0]![0] !== 'Value' || members[0]![2].type !== 'string') return undefined;
  if (typeof value !== 'string' || value.includes('=')) return undefined;
  return new Map([['Value', value]]);
}

/** Shorthand on bytes fails inside the parser, as in Python. */
function shorthandTypeError(value: Uint8Array): PythonError {
  return new PythonError(
    'TypeError',
    value.length === 0 ? "a bytes-like object is required, not 'str'" : "'in <string>' requires string as left operand, not int",
  );
}

export function unpackComplex(
  resolver: ShapeResolver,
  option: OperationOption,
  shape: Shape,
  value: string | Uint8Array | (string | Uint8Array)[],
): PyValue {
  // aws-cli gives every list parameter nargs, so a bare string for a list
  // means file contents. An option not declared with several values
  // (arity 'value') still hands its one word over as a string: a list of it.
  if (shape.type === 'list' && !Array.isArray(value) && option.arity !== 'list') value = [value];
  // ParamShorthandParser: JSON-looking values are left to unpack_cli_arg.
  const checkVal = Array.isArray(value) && value.length > 0 ? value[0] : value;
  const looksLikeJson = typeof checkVal === 'string' && /^[[{]/.test(pyStrip(checkVal));
  if (!looksLikeJson && supportsShorthand(resolver, shape)) {
    const special = valueStructure(resolver, shape, value);
    if (special !== undefined) return special;
    if (Array.isArray(value)) {
      // Python parses the words in order and fails at the first bytes value.
      const firstBytes = value.findIndex((v) => typeof v !== 'string');
      if (firstBytes < 0) return parseShorthandList(resolver, option, shape, value as string[]);
      wrap(option, () => value.slice(0, firstBytes).forEach((word) => new ShorthandParser().parse(word as string)));
      throw shorthandTypeError(value[firstBytes] as Uint8Array);
    }
    if (typeof value !== 'string') throw shorthandTypeError(value);
    return parseShorthand(resolver, option, shape, value);
  }
  return unpackCliArg(resolver, option, shape, value);
}
