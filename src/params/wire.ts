/**
 * Parameters as they go on the wire: blobs become standard base64 (bytes
 * as they are; text, in raw-in-base64-out mode, as its UTF-8 bytes).
 */
import type { Shape, ShapeResolver } from '../api/shapes.js';
import type { PyValue } from '../value/model.js';

export function wireParams(resolver: ShapeResolver, value: PyValue, shape: Shape): PyValue {
  if (shape.type === 'blob') {
    if (value instanceof Uint8Array) return Buffer.from(value).toString('base64');
    if (typeof value === 'string') return Buffer.from(value, 'utf8').toString('base64');
    return value;
  }
  if (shape.type === 'structure' && value instanceof Map) {
    const members = shape.members ?? {};
    return new Map(
      [...value].map(([k, v]) => [k, k in members ? wireParams(resolver, v, resolver.shape(members[k]!.shape)) : v]),
    );
  }
  if (shape.type === 'list' && Array.isArray(value)) {
    const member = resolver.shape(shape.member!);
    return value.map((item) => wireParams(resolver, item, member));
  }
  return value;
}
