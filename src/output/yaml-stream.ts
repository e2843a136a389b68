/**
 * `--output yaml-stream`: awscli/formatter.py StreamedYAMLFormatter. Each
 * response (one here: update-secret is not paginated) is dumped as a
 * one-element list, so scalars come out as YAML (`- null`), not JSON.
 */
import { isDict } from '../value/model.js';
import type { Formatter } from './formatter.js';
import { dumpYaml } from './yaml.js';

export const format: Formatter = (_title, value) => {
  if (isDict(value) && value.size === 0) return [];
  return [dumpYaml([value])];
};
