/** A plain-text help page built from the option declarations. */
import { GLOBAL_OPTIONS } from '../cli/global-options.js';
import { UPDATE_SECRET } from '../commands/update-secret.js';
import { MAIN_USAGE } from '../cli/usage.js';

export function plainHelp(page: string): string {
  const lines = [`${page}\n`, MAIN_USAGE, 'OPTIONS'];
  for (const option of UPDATE_SECRET.options) lines.push(`  ${option.name}${option.metavar ? ` <${option.metavar}>` : ''}\n      ${option.doc}`);
  lines.push('', 'GLOBAL OPTIONS');
  for (const option of GLOBAL_OPTIONS) lines.push(`  ${option.name}${option.metavar ? ` <${option.metavar}>` : ''}\n      ${option.doc}`);
  return `${lines.join('\n')}\n`;
}
