/**
 * What the help tests share: the option names each parser accepts (from
 * the declarations, as the CLI builds them), the generated pages split into
 * sections, and an environment for spawning tools built from nothing.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, symlinkSync, writeFileSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { GLOBAL_OPTIONS } from '../../src/cli/global-options.js';
import { localCommands } from '../../src/commands/local.js';
import { UPDATE_SECRET } from '../../src/commands/update-secret.js';
import { BIN, ROOT } from '../support/cli.js';

export const MAN_DIR = join(ROOT, 'man');
export const MAIN_PAGE = join(MAN_DIR, 'update-secret.1');
export const LOCAL_PAGE = join(MAN_DIR, 'update-secret-local.1');

interface Named {
  readonly name: string;
  readonly hidden?: boolean;
}

/** The options a user is told about: every accepted one but aws-cli's undocumented ones. */
export const documentedNames = (options: readonly Named[]): string[] => options.filter((o) => !o.hidden).map((o) => o.name);

export const GLOBAL_NAMES = documentedNames(GLOBAL_OPTIONS);
export const MAIN_NAMES = documentedNames(UPDATE_SECRET.options);
export const OPERATION_NAMES: ReadonlyMap<string, string[]> = new Map(
  [...localCommands()].map(([name, command]) => [name, documentedNames(command.options)]),
);

/** Every option some parser accepts (documented or not), plus -h/--help. */
export const ACCEPTED = new Set([
  ...GLOBAL_OPTIONS.map((o) => o.name),
  ...UPDATE_SECRET.options.map((o) => o.name),
  ...[...localCommands().values()].flatMap((c) => c.options.map((o) => o.name)),
  '--help',
]);

/** A roff page split at `.SH`: section name → its lines. */
export function roffSections(source: string): Map<string, string[]> {
  const sections = new Map<string, string[]>();
  let current: string[] = [];
  for (const line of source.split('\n')) {
    const heading = /^\.SH "?([^"]*)"?$/.exec(line);
    if (heading) sections.set(heading[1]!, (current = []));
    else current.push(line);
  }
  return sections;
}

/** The lines of one `.SS` subsection within some section's lines. */
export function subsection(lines: readonly string[], name: string): string[] {
  const start = lines.indexOf(`.SS ${name.replace(/-/g, '\\-')}`);
  if (start < 0) return [];
  const end = lines.findIndex((line, i) => i > start && line.startsWith('.SS '));
  return lines.slice(start + 1, end < 0 ? undefined : end);
}

/** Roff text as it reads: escapes resolved, fonts dropped. */
export const roffText = (lines: readonly string[]): string =>
  lines
    .join('\n')
    .replace(/\\f[BIRP]/g, '')
    .replace(/\\-/g, '-')
    .replace(/\\[&%]/g, '')
    .replace(/\\ /g, ' ');

/** The options named on the tag line of each `.TP` entry. */
export function taggedOptions(lines: readonly string[]): string[] {
  const names: string[] = [];
  lines.forEach((line, i) => {
    if (lines[i - 1] === '.TP') names.push(...(roffText([line]).match(/--[a-z0-9-]+/g) ?? []));
  });
  return names;
}

/** Every `--option` written anywhere. */
export const mentionedOptions = (text: string): Set<string> => new Set(text.match(/(?<![\w-])--[a-z][a-z0-9-]*/g) ?? []);

export const readPage = (path: string): string => readFileSync(path, 'utf8');

export function tempDir(prefix = 'update-secret-help-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/**
 * A directory holding `update-secret` (the built CLI) for PATH, so that
 * completion scripts can call back into it as a user's shell would.
 */
export function binDirectory(): string {
  const dir = tempDir('update-secret-bin-');
  symlinkSync(BIN, join(dir, 'update-secret'));
  return dir;
}

/** PATH for spawned shells: the CLI, node (the CLI's interpreter), the system. */
export function shellPath(bin: string): string {
  return [bin, dirname(process.execPath), '/usr/local/bin', '/usr/bin', '/bin'].join(':');
}

/** A pager stand-in that records what it was given in `<itself>.out`. */
export function recordingPager(dir: string, name: string): string {
  const path = join(dir, name);
  writeFileSync(path, '#!/bin/sh\ncat > "$0.out"\n');
  chmodSync(path, 0o755);
  return path;
}

export interface Run {
  stdout: string;
  stderr: string;
  status: number | null;
}

export function run(command: string, args: readonly string[], env: Record<string, string>, cwd: string, input = ''): Run {
  const result = spawnSync(command, args, { env, cwd, input, encoding: 'utf8', timeout: 60_000 });
  if (result.error) throw result.error;
  return { stdout: result.stdout, stderr: result.stderr, status: result.status };
}

/** Bold and underline overstrikes removed (`N\bN`, `_\bx`). */
export const withoutOverstrikes = (text: string): string => text.replace(/[^\x08]\x08/gu, '');
