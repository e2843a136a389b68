/** The version of update-secret, and the aws-cli release whose behaviour it mirrors. */
import { lazyRequire } from './builtins.js';
import pkg from '../package.json' with { type: 'json' };

export const VERSION: string = pkg.version;
export const MIRRORED_AWS_CLI = '2.36.7';

/** The `--version` line, in aws-cli's `name/version ...` style. */
export function versionLine(): string {
  return `update-secret/${VERSION} aws-cli/${MIRRORED_AWS_CLI} Node.js/${process.version.slice(1)} ${process.platform === 'linux' ? 'Linux' : process.platform}/${(lazyRequire('node:os') as typeof import('node:os')).release()}`;
}
