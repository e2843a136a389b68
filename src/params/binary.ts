/**
 * `--cli-binary-format`: in `base64` mode (the default) text given for a
 * blob parameter is base64-decoded, leniently as Python does; in
 * `raw-in-base64-out` it is sent as its UTF-8 bytes. Bytes from `fileb://`
 * are sent as they are in both modes.
 */
import type { ShapeResolver, Shape } from '../api/shapes.js';
import { GeneralError } from '../errors.js';
import type { PyDict, PyValue } from '../value/model.js';
import { Base64Error, pyB64Decode } from './base64.js';

const ASCII_ERROR = 'string argument should contain only ASCII characters';

function decode(text: string): Uint8Array {
  try {
    return pyB64Decode(text);
  } catch (error) {
    if (error instanceof Base64Error && error.message !== ASCII_ERROR) {
      // aws-cli echoes the value here; a secret never reaches stderr (DESIGN.md §5).
      throw new GeneralError('Invalid base64: <secret value hidden>');
    }
    throw new GeneralError((error as Error).message);
  }
}

/** Decodes, in place, every text value of a blob member (base64 mode). */
export function decodeBlobs(resolver: ShapeResolver, params: PyValue, shape: Shape): void {
  if (shape.type === 'structure' && params instanceof Map) {
    for (const [member, ref] of Object.entries(shape.members ?? {})) {
      if (!params.has(member)) continue;
      const memberShape = resolver.shape(ref.shape);
      const value = params.get(member)!;
      if (memberShape.type === 'blob' && typeof value === 'string') params.set(member, decode(value));
      else decodeBlobs(resolver, value, memberShape);
    }
  } else if (shape.type === 'list' && Array.isArray(params)) {
    const member = resolver.shape(shape.member!);
    params.forEach((item, i) => {
      if (member.type === 'blob' && typeof item === 'string') params[i] = decode(item);
      else decodeBlobs(resolver, item, member);
    });
  }
}

export function applyBinaryFormat(
  resolver: ShapeResolver,
  params: PyDict,
  inputShape: string,
  format: 'base64' | 'raw-in-base64-out',
): void {
  if (format === 'base64') decodeBlobs(resolver, params, resolver.shape(inputShape));
}
