/**
 * From values to YAML nodes, as ruamel.yaml's SafeRepresenter builds them
 * and its C serializer anchors them: dict keys sorted, ints and floats in
 * Python's spelling, bytes as `!!binary`, and a list or dict that occurs
 * twice (the same object, as `--query '[@, @]'` gives) written once with an
 * `&idNNN` anchor and then as `*idNNN`.
 */
import type { PyValue } from '../value/model.js';
import { isDict } from '../value/model.js';
import { floatRepr } from '../value/repr.js';
import { sortedKeys } from './python.js';
import { implicitTag, STR_TAG } from './yaml-resolver.js';

export interface ScalarNode {
  kind: 'scalar';
  value: string;
  /** Read back the same when written plain / when written quoted. */
  plainImplicit: boolean;
  quotedImplicit: boolean;
  /** Written before the value when neither implicit form holds (`!!binary`). */
  tag: string | null;
  /** Requested style: null lets the emitter choose, '|' is a literal block. */
  style: '|' | null;
}
export interface SequenceNode {
  kind: 'sequence';
  items: YamlNode[];
}
export interface MappingNode {
  kind: 'mapping';
  pairs: [ScalarNode, YamlNode][];
}
export type YamlNode = ScalarNode | SequenceNode | MappingNode;

export function represent(value: PyValue): YamlNode {
  const represented = new Map<object, YamlNode>();
  const walk = (data: PyValue): YamlNode => {
    if (Array.isArray(data) || isDict(data)) {
      const seen = represented.get(data);
      if (seen) return seen;
      if (Array.isArray(data)) {
        const node: SequenceNode = { kind: 'sequence', items: [] };
        represented.set(data, node);
        for (const item of data) node.items.push(walk(item));
        return node;
      }
      const node: MappingNode = { kind: 'mapping', pairs: [] };
      represented.set(data, node);
      for (const key of sortedKeys(data.keys())) node.pairs.push([scalar(STR_TAG, key), walk(data.get(key)!)]);
      return node;
    }
    return representScalar(data);
  };
  return walk(value);
}

function representScalar(data: Exclude<PyValue, PyValue[] | Map<string, PyValue>>): ScalarNode {
  if (data === null) return scalar('tag:yaml.org,2002:null', 'null');
  if (typeof data === 'boolean') return scalar('tag:yaml.org,2002:bool', data ? 'true' : 'false');
  if (typeof data === 'bigint') return scalar('tag:yaml.org,2002:int', data.toString());
  if (typeof data === 'number') return scalar('tag:yaml.org,2002:float', floatText(data));
  if (typeof data === 'string') return scalar(STR_TAG, data);
  return scalar('tag:yaml.org,2002:binary', encodeBytes(data), '|');
}

function scalar(tag: string, value: string, style: '|' | null = null): ScalarNode {
  const plainImplicit = implicitTag(value) === tag;
  const quotedImplicit = tag === STR_TAG;
  const explicit = !plainImplicit && !quotedImplicit;
  return { kind: 'scalar', value, plainImplicit, quotedImplicit, tag: explicit ? shortTag(tag) : null, style };
}

/** The `!!` handle libyaml substitutes for the standard tag prefix. */
function shortTag(tag: string): string {
  const prefix = 'tag:yaml.org,2002:';
  return tag.startsWith(prefix) ? '!!' + tag.slice(prefix.length) : tag;
}

/** SafeRepresenter.represent_float: `repr(data).lower()`, with YAML's names
 *  for the non-finite values. */
function floatText(x: number): string {
  if (Number.isNaN(x)) return '.nan';
  if (x === Infinity) return '.inf';
  if (x === -Infinity) return '-.inf';
  return floatRepr(x).toLowerCase();
}

/** Python's base64.encodebytes: lines of 76 characters, each ending in a newline. */
function encodeBytes(data: Uint8Array): string {
  const encoded = Buffer.from(data).toString('base64');
  let out = '';
  for (let i = 0; i < encoded.length; i += 76) out += encoded.slice(i, i + 76) + '\n';
  return out;
}

/**
 * Anchor names for nodes reached more than once, numbered in the order the
 * C serializer first meets them again (depth first, not entering a node twice).
 */
export function assignAnchors(root: YamlNode): Map<YamlNode, string> {
  const visits = new Map<YamlNode, string | null>();
  let lastId = 0;
  const visit = (node: YamlNode): void => {
    if (visits.has(node)) {
      if (visits.get(node) === null) visits.set(node, `id${String(++lastId).padStart(3, '0')}`);
      return;
    }
    visits.set(node, null);
    if (node.kind === 'sequence') node.items.forEach(visit);
    if (node.kind === 'mapping') {
      for (const [key, value] of node.pairs) {
        visit(key);
        visit(value);
      }
    }
  };
  visit(root);
  const anchors = new Map<YamlNode, string>();
  for (const [node, anchor] of visits) if (anchor !== null) anchors.set(node, anchor);
  return anchors;
}
