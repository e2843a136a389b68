/**
 * `update-secret help`: the rendered page on stdout when it is not a
 * terminal; on a terminal (util-linux `script` gives the CLI a pty) through
 * MANPAGER, else PAGER — never AWS_PAGER — and printed when the pager is not
 * on PATH; rendered without man or mandoc too.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { roffToText } from '../../src/help/plain.js';
import { BIN, baseEnv, freshHome, runCli } from '../support/cli.js';
import { LOCAL_PAGE, MAIN_PAGE, readPage, recordingPager, run, tempDir, withoutOverstrikes } from './helpers.js';

const MAIN_SECTIONS = ['NAME', 'SYNOPSIS', 'DESCRIPTION', 'OPTIONS', 'GLOBAL OPTIONS', 'LOCAL STORE', 'EXIT STATUS', 'DIFFERENCES FROM AWS-CLI'];

function expectSections(text: string, headings: readonly string[]): void {
  for (const heading of headings) expect(text).toMatch(new RegExp(`^${heading}$`, 'm'));
}

async function help(args: string[], env: Record<string, string> = {}) {
  const home = freshHome();
  return runCli(args, { env: { ...baseEnv(home), ...env }, cwd: home });
}

/** Runs the CLI on a pseudo-terminal; returns what reached the terminal. */
function onTerminal(args: string[], env: Record<string, string>): { output: string; status: number | null } {
  const home = freshHome();
  const command = [process.execPath, BIN, ...args].map((a) => `'${a.replace(/'/g, "'\\''")}'`).join(' ');
  const result = run('script', ['-qec', command, '/dev/null'], { ...baseEnv(home), TERM: 'xterm', ...env }, home);
  return { output: result.stdout.replace(/\r/g, ''), status: result.status };
}

describe('update-secret help, standard output not a terminal', () => {
  it('prints the rendered manual as plain text', async () => {
    const result = await help(['help']);
    expect(result).toMatchObject({ exit: 0, stderr: '' });
    expect(result.stdout.split('\n')[0]).toMatch(/^UPDATE-SECRET\(1\) +User Commands +UPDATE-SECRET\(1\)$/);
    expectSections(result.stdout, MAIN_SECTIONS);
    expect(result.stdout).not.toMatch(/[\x08\x1b]/);
    expect(result.stdout).toMatch(/^ {7}--secret-id value$/m);
  });

  it('is also reached after other options, as aws-cli allows', async () => {
    const result = await help(['--region', 'eu-west-1', '--secret-id', 'x', 'help']);
    expect(result.exit).toBe(0);
    expectSections(result.stdout, ['NAME', 'OPTIONS']);
  });

  it('ignores the pagers, which are for terminals only', async () => {
    const dir = tempDir();
    const pager = recordingPager(dir, 'pager');
    const result = await help(['help'], { MANPAGER: pager, PAGER: pager, AWS_PAGER: pager });
    expectSections(result.stdout, ['NAME']);
    expect(existsSync(`${pager}.out`)).toBe(false);
  });

  it('local help shows the manual of the local operations', async () => {
    const result = await help(['local', 'help']);
    expect(result.exit).toBe(0);
    expect(result.stdout.split('\n')[0]).toMatch(/^UPDATE-SECRET-LOCAL\(1\)/);
    expectSections(result.stdout, ['NAME', 'SYNOPSIS', 'OPERATIONS', 'KEY RING OPERATIONS', 'GLOBAL OPTIONS']);
  });

  it('local <operation> help shows that operation of the local manual', async () => {
    const result = await help(['local', 'create-secret', 'help']);
    expect(result.exit).toBe(0);
    expect(result.stdout).toMatch(/^ {3}create-secret$/m);
    expect(result.stdout).toMatch(/^ {7}--name value$/m);
    expect(result.stdout).not.toMatch(/^ {3}list-secrets$/m);
    expectSections(result.stdout, ['NAME', 'OPERATIONS', 'SEE ALSO']);
  });

  it('renders the page without man or mandoc, from its own roff reader', async () => {
    const empty = tempDir();
    const result = await help(['help'], { PATH: empty });
    expect(result).toMatchObject({ exit: 0, stderr: '' });
    expect(result.stdout.split('\n')[0]).toMatch(/^UPDATE-SECRET\(1\) +User Commands +UPDATE-SECRET\(1\)$/);
    expectSections(result.stdout, MAIN_SECTIONS);
    expect(result.stdout).toMatch(/^ {7}--secret-id value$/m);
  });
});

describe('update-secret help on a terminal', () => {
  it('pipes the page into MANPAGER, and never into AWS_PAGER', () => {
    const dir = tempDir();
    const manpager = recordingPager(dir, 'manpager');
    const awsPager = recordingPager(dir, 'aws-pager');
    const result = onTerminal(['help'], { MANPAGER: manpager, PAGER: awsPager, AWS_PAGER: awsPager });
    expect(result.status).toBe(0);
    const paged = readFileSync(`${manpager}.out`, 'utf8');
    expect(paged).toContain('N\bNA\bAM\bME\bE'); // bold, for less -R
    expectSections(withoutOverstrikes(paged), MAIN_SECTIONS);
    expect(existsSync(`${awsPager}.out`)).toBe(false);
    expect(result.output).not.toContain('SYNOPSIS');
  });

  it('uses PAGER when MANPAGER is not set', () => {
    const dir = tempDir();
    const pager = recordingPager(dir, 'pager');
    const awsPager = recordingPager(dir, 'aws-pager');
    expect(onTerminal(['local', 'help'], { PAGER: pager, AWS_PAGER: awsPager }).status).toBe(0);
    expectSections(withoutOverstrikes(readFileSync(`${pager}.out`, 'utf8')), ['NAME', 'OPERATIONS']);
    expect(existsSync(`${awsPager}.out`)).toBe(false);
  });

  it('runs MANPAGER as a command line, with its arguments', () => {
    const dir = tempDir();
    const pager = recordingPager(dir, 'pager');
    expect(onTerminal(['help'], { MANPAGER: `${pager} -R` }).status).toBe(0);
    expect(existsSync(`${pager}.out`)).toBe(true);
  });

  it('prints the page when the pager is not on PATH', () => {
    const result = onTerminal(['help'], { MANPAGER: 'no-such-pager-anywhere' });
    expect(result.status).toBe(0);
    expectSections(withoutOverstrikes(result.output), MAIN_SECTIONS);
  });
});

describe('the plain-text roff reader', () => {
  it.each([
    ['update-secret.1', MAIN_PAGE],
    ['update-secret-local.1', LOCAL_PAGE],
  ])('reads %s as man does, word for word', (_, path) => {
    const words = (text: string) => text.replace(/^(\s*)[•o] /gm, '$1* ').split(/\s+/).filter(Boolean);
    const man = run('man', ['-l', path], { PATH: process.env.PATH ?? '/usr/bin:/bin', LANG: 'C.UTF-8', MANWIDTH: '80' }, join(path, '..'));
    expect(words(roffToText(readPage(path)))).toEqual(words(man.stdout));
  });
});
