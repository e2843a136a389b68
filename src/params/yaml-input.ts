/**
 * YAML input for `--cli-input-yaml`, read with the YAML 1.2 core schema as
 * ruamel's safe loader does, into the Python value model (ints as bigint,
 * mappings as Maps, `!!binary` as bytes). Loaded only when YAML is given.
 */
import { parseDocument, isMap, isSeq, isScalar, type Node } from './yaml-lib.js';
import type { PyValue } from '../value/model.js';
import { pyStr } from '../value/repr.js';

function convert(node: Node | null | undefined): PyValue {
  if (node === null || node === undefined) return null;
  if (isMap(node)) {
    const out = new Map<string, PyValue>();
    for (const pair of node.items) {
      const key = convert(pair.key as Node);
      out.set(typeof key === 'string' ? key : pyStr(key), convert(pair.value as Node));
    }
    return out;
  }
  if (isSeq(node)) return node.items.map((item) => convert(item as Node));
  if (isScalar(node)) {
    const value = node.value;
    if (value instanceof Uint8Array) return value;
    if (typeof value === 'bigint' || typeof value === 'boolean' || typeof value === 'string' || value === null) return value;
    if (typeof value === 'number') return value;
    return String(value);
  }
  return null;
}

export function parseYamlInput(text: string): PyValue {
  const doc = parseDocument(text, { version: '1.2', intAsBigInt: true, customTags: ['binary'], uniqueKeys: true });
  if (doc.errors.length > 0) throw doc.errors[0];
  return convert(doc.contents as Node | null);
}
