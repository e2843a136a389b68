/**
 * `file://` and `fileb://` parameter values (aws-cli's paramfile.py): the
 * path after the prefix gets `~`, then `$VAR`, expansion and resolves against
 * the working directory; `file://` reads UTF-8 text with universal newlines
 * (a BOM is kept), `fileb://` reads raw bytes. Errors quote the argument as
 * given and the expanded path as Python's OSError prints it.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { type Env, expandUser, expandVars } from '../config/paths.js';
import { strRepr } from '../value/repr.js';

export class ParamFileError extends Error {}

/** errno numbers and strerror texts as Linux (and so Python) prints them. */
const ERRNO: Record<string, [number, string]> = {
  ENOENT: [2, 'No such file or directory'],
  EACCES: [13, 'Permission denied'],
  EISDIR: [21, 'Is a directory'],
  ENOTDIR: [20, 'Not a directory'],
  ELOOP: [40, 'Too many levels of symbolic links'],
  ENAMETOOLONG: [36, 'File name too long'],
  EMFILE: [24, 'Too many open files'],
  ENXIO: [6, 'No such device or address'],
  EIO: [5, 'Input/output error'],
  EPERM: [1, 'Operation not permitted'],
};

export function osErrorText(error: NodeJS.ErrnoException, path: string): string {
  const known = error.code ? ERRNO[error.code] : undefined;
  const [errno, text] = known ?? [-(error.errno ?? 0), error.message];
  return `[Errno ${errno}] ${text}: ${strRepr(path)}`;
}

const PREFIXES = [
  ['file://', 'text'],
  ['fileb://', 'binary'],
] as const;

export interface ParamFileContext {
  env: Env;
  cwd: string;
}

/** The loaded value, or undefined when `value` names no file. */
export function loadParamFile(value: string, context: ParamFileContext): string | Uint8Array | undefined {
  for (const [prefix, mode] of PREFIXES) {
    if (!value.startsWith(prefix)) continue;
    const path = expandVars(expandUser(value.slice(prefix.length), context.env), context.env);
    let data: Buffer;
    try {
      // Python's open('') fails with ENOENT; resolve('') would name the cwd.
      if (path === '') throw Object.assign(new Error('empty path'), { code: 'ENOENT' });
      data = readFileSync(resolve(context.cwd, path));
    } catch (error) {
      throw new ParamFileError(`Unable to load paramfile ${value}: ${osErrorText(error as NodeJS.ErrnoException, path)}`);
    }
    if (mode === 'binary') return new Uint8Array(data);
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(data);
    } catch {
      throw new ParamFileError(
        `Unable to load paramfile (${path}), text contents could not be decoded.  ` +
          'If this is a binary file, please use the fileb:// prefix instead of the file:// prefix.',
      );
    }
    return text.replace(/\r\n?/g, '\n');
  }
  return undefined;
}
