/** `-h` / `--help`: a concise usage summary (aws-cli prints a stray argparse usage here). */
import { GLOBAL_OPTIONS } from '../cli/global-options.js';
import { UPDATE_SECRET } from '../commands/update-secret.js';

function optionLine(name: string, metavar: string | undefined, required?: boolean): string {
  const text = `${name}${metavar ? ` <${metavar}>` : ''}`;
  return `  ${required ? text : `[${text}]`}`;
}

export function usageSummary(local: boolean): string {
  if (local) {
    return 'usage: update-secret local <operation> [options] [global options]\n\nRun "update-secret local help" for the operations.\n';
  }
  const lines = ['usage: update-secret --secret-id <value> [options] [global options]', '', 'options:'];
  for (const o of UPDATE_SECRET.options) lines.push(optionLine(o.name, o.metavar, o.required));
  lines.push('', 'global options:');
  for (const o of GLOBAL_OPTIONS) lines.push(optionLine(o.name, o.metavar));
  lines.push('', 'Run "update-secret help" for the manual.');
  return `${lines.join('\n')}\n`;
}
