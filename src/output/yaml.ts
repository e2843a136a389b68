/**
 * `--output yaml`: awscli/formatter.py YAMLFormatter and YAMLDumper, over
 * ruamel.yaml `YAML(typ='safe')` with block style, whose C emitter is
 * libyaml's (ported in ./yaml-emitter.ts).
 */
import { dumpJson } from '../value/json.js';
import type { PyValue } from '../value/model.js';
import { isDict } from '../value/model.js';
import type { Formatter } from './formatter.js';
import { emitDocument } from './yaml-emitter.js';
import { represent } from './yaml-nodes.js';

export const format: Formatter = (_title, value) => {
  if (isDict(value) && value.size === 0) return [];
  return [dumpYaml(value)];
};

/** YAMLDumper.dump: a bare scalar is written as JSON, because YAML would end
 *  it with a `...` document marker. */
export function dumpYaml(value: PyValue): string {
  if (value === null || typeof value !== 'object') return dumpJson(value, { ensureAscii: false }) + '\n';
  return emitDocument(represent(value));
}
