/**
 * Turns the parsed command-line values of an operation's options into the
 * request parameters, in model order (aws-cli's `_build_call_parameters`):
 * every value may come from `file://`/`fileb://`, scalars are converted by
 * type, and complex members take JSON or shorthand syntax.
 */
import type { OperationOption } from '../cli/operation-options.js';
import type { ParsedValue } from '../cli/argparse.js';
import type { ShapeResolver, Shape } from '../api/shapes.js';
import { GeneralError, ParamValidationError } from '../errors.js';
import { pyFloatFromText, pyIntFromText } from '../value/numbers.js';
import type { PyDict, PyValue } from '../value/model.js';
import { strRepr } from '../value/repr.js';
import { loadParamFile, ParamFileError, type ParamFileContext } from './paramfile.js';
import { unpackComplex } from './complex.js';

export class ParamError extends ParamValidationError {
  constructor(cliName: string, message: string) {
    super(`Error parsing parameter '${cliName}': ${message}`);
  }
}

/**
 * argprocess's unpack_scalar_cli_arg: `int()` for integer members, whose
 * failure aws-cli does not wrap (a bare ValueError, exit 255); long and
 * float members were already checked by argparse (`type=int`/`float`).
 */
function unpackScalar(shape: Shape, value: string | Uint8Array): PyValue {
  if (typeof value !== 'string') return value;
  switch (shape.type) {
    case 'integer':
    case 'long': {
      const n = pyIntFromText(value);
      if (n === undefined) throw new GeneralError(`invalid literal for int() with base 10: ${strRepr(value)}`);
      return n;
    }
    case 'double':
    case 'float': {
      const n = pyFloatFromText(value);
      if (n === undefined) throw new GeneralError(`could not convert string to float: ${strRepr(value)}`);
      return n;
    }
    default:
      return value;
  }
}

export function buildParams(
  resolver: ShapeResolver,
  options: readonly OperationOption[],
  values: ReadonlyMap<string, ParsedValue>,
  files: ParamFileContext,
): PyDict {
  const params: PyDict = new Map();
  const load = (option: OperationOption, value: string): string | Uint8Array => {
    try {
      return loadParamFile(value, files) ?? value;
    } catch (error) {
      if (error instanceof ParamFileError) throw new ParamError(option.name, error.message);
      throw error;
    }
  };
  const seen = new Set<string>();
  for (const option of options) {
    const { member, shape } = option;
    if (!member || !shape || seen.has(member) || !values.has(option.dest)) continue;
    seen.add(member);
    const raw = values.get(option.dest)!;
    if (typeof raw === 'boolean') {
      params.set(member, raw);
    } else if (Array.isArray(raw)) {
      // aws-cli loads a file only when a list option got exactly one word,
      // and then passes the file's contents on as one string.
      const loaded = raw.length === 1 ? load(option, raw[0]!) : undefined;
      const value = loaded !== undefined && loaded !== raw[0] ? loaded : raw;
      params.set(member, unpackComplex(resolver, option, shape, value));
    } else if (shape.type === 'structure' || shape.type === 'map' || shape.type === 'list') {
      params.set(member, unpackComplex(resolver, option, shape, load(option, raw)));
    } else {
      params.set(member, unpackScalar(shape, load(option, raw)));
    }
  }
  return params;
}
