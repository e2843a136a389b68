/**
 * Parameters as they go on the wire: blobs become standard base64 (bytes
 * as they are; text, in raw-in-base64-out mode, as its UTF-8 bytes).
 */
import type { Shape, ShapeResolver } from '../api/shapes.js';
import type { PyValue } from '../value/model.js';
import { mapByShape } from './by-shape.js';

export function wireParams(resolver: ShapeResolver, value: PyValue, shape: Shape): PyValue {
  return mapByShape(resolver, value, shape, (member, memberShape) => {
    if (memberShape.type !== 'blob') return undefined;
    if (member instanceof Uint8Array) return Buffer.from(member).toString('base64');
    if (typeof member === 'string') return Buffer.from(member, 'utf8').toString('base64');
    return member;
  });
}
