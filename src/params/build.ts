/**
 * Turns the parsed command-line values of an operation's options into the
 * request parameters, in model order (aws-cli's `_build_call_parameters`):
 * every value may come from `file://`/`fileb://`, scalars are converted by
 * type, and complex members take JSON or shorthand syntax.
 */
import type { OperationOption } from '../cli/operation-options.js';
import type { ParsedValue } from '../cli/argparse.js';
import type { ShapeResolver } from '../api/shapes.js';
import { ParamValidationError } from '../errors.js';
import type { PyDict } from '../value/model.js';
import { loadParamFile, ParamFileError, type ParamFileContext } from './paramfile.js';
import { unpackComplex, unpackScalar } from './complex.js';

export class ParamError extends ParamValidationError {
  constructor(cliName: string, message: string) {
    super(`Error parsing parameter '${cliName}': ${message}`);
  }
}

/**
 * The value, or the contents of the `file://`/`fileb://` file it names; a
 * file that cannot be loaded is a ParamError naming the option.
 */
export function loadParam(cliName: string, value: string, files: ParamFileContext): string | Uint8Array {
  try {
    return loadParamFile(value, files) ?? value;
  } catch (error) {
    if (error instanceof ParamFileError) throw new ParamError(cliName, error.message);
    throw error;
  }
}

export function buildParams(
  resolver: ShapeResolver,
  options: readonly OperationOption[],
  values: ReadonlyMap<string, ParsedValue>,
  files: ParamFileContext,
): PyDict {
  const params: PyDict = new Map();
  const load = (option: OperationOption, value: string) => loadParam(option.name, value, files);
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
