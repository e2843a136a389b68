/**
 * Values as aws-cli's Python sees them. Output must be byte-identical to a
 * Python program, so the distinctions Python makes survive here:
 *
 * | Python        | here          |
 * | ------------- | ------------- |
 * | None          | null          |
 * | bool          | boolean       |
 * | int           | bigint        |
 * | float         | number        |
 * | str           | string        |
 * | bytes         | Uint8Array    |
 * | list          | PyValue[]     |
 * | dict          | Map (insertion order, any string key) |
 *
 * `1` (int) and `1.0` (float) print differently in every format, and a dict
 * keeps insertion order even for keys like "1" that a JS object would move.
 */
export type PyValue = null | boolean | bigint | number | string | Uint8Array | PyValue[] | PyDict;
export type PyDict = Map<string, PyValue>;

export function isDict(value: unknown): value is PyDict {
  return value instanceof Map;
}

/** Python truthiness: None, False, 0, 0.0, "", b"", [] and {} are false. */
export function isTruthy(value: PyValue): boolean {
  if (value === null || value === false) return false;
  if (typeof value === 'bigint') return value !== 0n;
  if (typeof value === 'number') return value !== 0;
  if (typeof value === 'string' || Array.isArray(value) || value instanceof Uint8Array) return value.length > 0;
  if (value instanceof Map) return value.size > 0;
  return true;
}

/**
 * `list(value)`, the items `for x in value` walks: list items (the list
 * itself, not a copy), dict keys, str code points, bytes as ints. Undefined
 * where Python raises "object is not iterable", so that each caller raises
 * its own error.
 */
export function pyList(value: PyValue): PyValue[] | undefined {
  if (Array.isArray(value)) return value;
  if (value instanceof Map) return [...value.keys()];
  if (typeof value === 'string') return Array.from(value);
  if (value instanceof Uint8Array) return Array.from(value, (b) => BigInt(b));
  return undefined;
}

/** The Python class name, as in `<class 'bytes'>`. */
export function pyTypeName(value: PyValue): string {
  if (value === null) return 'NoneType';
  switch (typeof value) {
    case 'boolean':
      return 'bool';
    case 'bigint':
      return 'int';
    case 'number':
      return 'float';
    case 'string':
      return 'str';
  }
  if (value instanceof Uint8Array) return 'bytes';
  if (Array.isArray(value)) return 'list';
  if (value instanceof Map) return 'dict';
  // Objects from outside the model (a JMESPath expression reference) name their own type.
  return (value as { readonly pyType?: string }).pyType ?? 'object';
}

/** Builds a dict from entries; a convenience for tests and literals. */
export function dict(entries: Record<string, PyValue> | [string, PyValue][]): PyDict {
  return new Map(Array.isArray(entries) ? entries : Object.entries(entries));
}

/**
 * Converts plain JSON-like JS data (objects, arrays, numbers) into the model.
 * Integral numbers become ints; use this only where the source had no floats
 * (service responses built in code, test fixtures).
 */
export function fromPlain(value: unknown): PyValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return Number.isInteger(value) ? BigInt(value) : value;
  if (typeof value === 'boolean' || typeof value === 'bigint' || typeof value === 'string') return value;
  if (value instanceof Uint8Array) return value;
  if (Array.isArray(value)) return value.map(fromPlain);
  if (value instanceof Map) return new Map([...value].map(([k, v]) => [k, fromPlain(v)]));
  if (typeof value === 'object') {
    return new Map(Object.entries(value as object).map(([k, v]) => [k, fromPlain(v)]));
  }
  throw new TypeError(`cannot convert ${typeof value} to a Python value`);
}

/** The inverse of fromPlain for wire use: ints become numbers, dicts objects. */
export function toPlain(value: PyValue): unknown {
  if (typeof value === 'bigint') return Number(value);
  if (Array.isArray(value)) return value.map(toPlain);
  if (value instanceof Map) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of value) out[k] = toPlain(v);
    return out;
  }
  return value;
}
