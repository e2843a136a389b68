/**
 * YAML input for `--cli-input-yaml`, read as aws-cli reads it (ruamel.yaml's
 * safe loader, YAML 1.2) into the Python value model: ints as bigint, also
 * with underscores and `0b`/`0o`/`0x` prefixes; floats with underscores,
 * `.inf` and `.nan`; mappings as Maps; aliases as their anchor's value;
 * `!!binary` as bytes. Loaded only when YAML is given.
 *
 * One difference: ruamel turns `2024-01-01` into a date, which aws-cli then
 * refuses for a string parameter; the value model has no dates, so here it
 * stays the string.
 */
import { isAlias, isMap, isScalar, isSeq, parseDocument, type Document, type Node } from './yaml-lib.js';
import type { PyValue } from '../value/model.js';
import { pyStr } from '../value/repr.js';

/** ruamel's YAML 1.2 implicit int and float patterns. */
const INT = /^(?:[-+]?0b[0-1_]+|[-+]?0o?[0-7_]+|[-+]?[0-9_]+|[-+]?0x[0-9a-fA-F_]+)$/;
const FLOAT = /^(?:[-+]?(?:[0-9][0-9_]*)(?:\.[0-9_]*)?(?:[eE][-+]?[0-9]+)?|\.[0-9_]+(?:[eE][-+][0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;

function intFrom(text: string): bigint {
  const clean = text.replace(/_/g, '');
  const sign = clean.startsWith('-') ? -1n : 1n;
  const body = clean.replace(/^[-+]/, '');
  if (/^0b/.test(body)) return sign * BigInt(body);
  if (/^0x/.test(body)) return sign * BigInt(body);
  if (/^0o/.test(body)) return sign * BigInt(body);
  return sign * BigInt(body === '' ? '0' : body); // YAML 1.2: a leading 0 is still decimal
}

function floatFrom(text: string): number {
  const clean = text.replace(/_/g, '').toLowerCase();
  if (clean.endsWith('.nan')) return NaN;
  if (clean.endsWith('.inf')) return clean.startsWith('-') ? -Infinity : Infinity;
  return Number(clean);
}

/** A plain (unquoted, untagged) scalar as ruamel's resolver types it. */
function resolvePlain(text: string, fallback: PyValue): PyValue {
  if (INT.test(text) && /[0-9]/.test(text)) return intFrom(text);
  if (FLOAT.test(text) && /[0-9]|inf|nan/i.test(text)) return floatFrom(text);
  return fallback;
}

function convert(node: Node | null | undefined, doc: Document): PyValue {
  if (node === null || node === undefined) return null;
  if (isAlias(node)) return convert(node.resolve(doc) as Node, doc);
  if (isMap(node)) {
    const out = new Map<string, PyValue>();
    for (const pair of node.items) {
      const key = convert(pair.key as Node, doc);
      out.set(typeof key === 'string' ? key : pyStr(key), convert(pair.value as Node, doc));
    }
    return out;
  }
  if (isSeq(node)) return node.items.map((item) => convert(item as Node, doc));
  if (isScalar(node)) {
    const value = node.value;
    if (value instanceof Uint8Array) return value;
    if (typeof value === 'string' && node.type === 'PLAIN' && !node.tag) return resolvePlain(value, value);
    if (typeof value === 'bigint' || typeof value === 'boolean' || typeof value === 'string' || value === null) return value;
    if (typeof value === 'number') return value;
    return String(value);
  }
  return null;
}

export function parseYamlInput(text: string): PyValue {
  const doc = parseDocument(text, { version: '1.2', intAsBigInt: true, customTags: ['binary'], uniqueKeys: true });
  if (doc.errors.length > 0) throw doc.errors[0];
  return convert(doc.contents as Node | null, doc);
}
