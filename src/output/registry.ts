/**
 * The `--output` formats, each loaded only when asked for: printing JSON
 * must not pay for parsing the table or YAML code.
 */
import type { Formatter } from './formatter.js';

export const OUTPUT_FORMATS = ['json', 'text', 'table', 'yaml', 'yaml-stream', 'off'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

const LOADERS: Record<OutputFormat, () => Promise<{ format: Formatter }>> = {
  json: () => import('./json.js'),
  text: () => import('./text.js'),
  table: () => import('./table.js'),
  yaml: () => import('./yaml.js'),
  'yaml-stream': () => import('./yaml-stream.js'),
  off: () => import('./off.js'),
};

export function isOutputFormat(name: string): name is OutputFormat {
  return (OUTPUT_FORMATS as readonly string[]).includes(name);
}

export async function loadFormatter(format: OutputFormat): Promise<Formatter> {
  return (await LOADERS[format]()).format;
}
