/**
 * Copies of request parameters with every sensitive member (SecretString,
 * SecretBinary: `sensitive` in the model) replaced, for logs and messages.
 */
import type { Shape, ShapeResolver } from '../api/shapes.js';
import type { PyValue } from '../value/model.js';
import { strRepr } from '../value/repr.js';
import { mapByShape } from './by-shape.js';

export const HIDDEN = '<secret value hidden>';

export function redact(resolver: ShapeResolver, value: PyValue, shape: Shape): PyValue {
  return mapByShape(resolver, value, shape, (_, member) => (member.sensitive ? HIDDEN : undefined));
}

/** Options whose value may carry a secret, on any command. */
const SECRET_OPTIONS = ['--secret-string', '--secret-binary', '--cli-input-json', '--cli-input-yaml'];

function secretOption(token: string): 'next' | 'inline' | undefined {
  if (!token.startsWith('--') || token.length < 3) return undefined;
  const eq = token.indexOf('=');
  const name = eq < 0 ? token : token.slice(0, eq);
  if (!SECRET_OPTIONS.some((option) => option.startsWith(name))) return undefined;
  return eq < 0 ? 'next' : 'inline';
}

/** The command line as Python prints a list, with secret values hidden. */
export function redactArgv(argv: readonly string[]): string {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const token = argv[i]!;
    const kind = secretOption(token);
    if (kind === 'inline') {
      const value = token.slice(token.indexOf('=') + 1);
      out.push(/^fileb?:\/\//.test(value) ? token : `${token.slice(0, token.indexOf('=') + 1)}${HIDDEN}`);
    } else {
      out.push(token);
      if (kind === 'next' && i + 1 < argv.length) {
        const value = argv[++i]!;
        out.push(/^fileb?:\/\//.test(value) ? value : HIDDEN);
      }
    }
  }
  return `[${out.map(strRepr).join(', ')}]`;
}
