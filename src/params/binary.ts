/**
 * `--cli-binary-format`: in `base64` mode (the default) text given for a
 * blob parameter is base64-decoded, leniently as Python does; in
 * `raw-in-base64-out` it is sent as its UTF-8 bytes. Bytes from `fileb://`
 * are sent as they are in both modes.
 */
import type { ShapeResolver } from '../api/shapes.js';
import { GeneralError } from '../errors.js';
import type { PyDict } from '../value/model.js';
import { Base64Error, NonAsciiError, pyB64Decode } from './base64.js';
import { mapByShape } from './by-shape.js';

function decode(text: string): Uint8Array {
  try {
    return pyB64Decode(text);
  } catch (error) {
    if (error instanceof Base64Error && !(error instanceof NonAsciiError)) {
      // aws-cli echoes the value here; a secret never reaches stderr (DESIGN.md §5).
      throw new GeneralError('Invalid base64: <secret value hidden>');
    }
    throw new GeneralError((error as Error).message);
  }
}

/** The parameters, with the text of every blob member decoded in base64 mode (a copy then). */
export function applyBinaryFormat(
  resolver: ShapeResolver,
  params: PyDict,
  inputShape: string,
  format: 'base64' | 'raw-in-base64-out',
): PyDict {
  if (format !== 'base64') return params;
  return mapByShape(resolver, params, resolver.shape(inputShape), (value, shape) =>
    shape.type === 'blob' && typeof value === 'string' ? decode(value) : undefined,
  ) as PyDict;
}
