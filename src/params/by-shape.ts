/**
 * A copy of a parameter value with some of its members replaced: the value
 * is walked by its shape through structures and lists, and `replace` is
 * asked at every level first; what it answers `undefined` for is walked on
 * (members the shape does not know are kept as they are).
 */
import type { Shape, ShapeResolver } from '../api/shapes.js';
import type { PyValue } from '../value/model.js';

export type Replace = (value: PyValue, shape: Shape) => PyValue | undefined;

export function mapByShape(resolver: ShapeResolver, value: PyValue, shape: Shape, replace: Replace): PyValue {
  const replaced = replace(value, shape);
  if (replaced !== undefined) return replaced;
  if (shape.type === 'structure' && value instanceof Map) {
    const members = shape.members ?? {};
    // Own members only: keys like `constructor` (from --cli-input-json) are unknown, not Object's.
    return new Map(
      [...value].map(([k, v]) => [
        k,
        Object.hasOwn(members, k) ? mapByShape(resolver, v, resolver.shape(members[k]!.shape), replace) : v,
      ]),
    );
  }
  if (shape.type === 'list' && Array.isArray(value)) {
    const member = resolver.shape(shape.member!);
    return value.map((item) => mapByShape(resolver, item, member, replace));
  }
  return value;
}
