/** `-h` / `--help`: usage summaries of the command, of `local`, and of each local operation. */
import { describe, expect, it } from 'vitest';
import { OPERATION_DOCS } from '../../src/api/docs.js';
import { localCommands } from '../../src/commands/local.js';
import { baseEnv, freshHome, runCli } from '../support/cli.js';
import { GLOBAL_NAMES, MAIN_NAMES, mentionedOptions, OPERATION_NAMES } from './helpers.js';

async function help(args: string[]) {
  const home = freshHome();
  return runCli(args, { env: baseEnv(home), cwd: home });
}

describe('-h and --help', () => {
  it('summarise every option and global option of update-secret, exit 0, nothing on stderr', async () => {
    const result = await help(['-h']);
    expect(result).toMatchObject({ exit: 0, stderr: '' });
    expect(result.stdout).toMatch(/^usage: update-secret --secret-id <value> \[options\] \[global options\]\n/);
    const listed = mentionedOptions(result.stdout);
    expect([...MAIN_NAMES, ...GLOBAL_NAMES].filter((o) => !listed.has(o))).toEqual([]);
    expect(result.stdout).toContain('  --secret-id <value>             The secret to update, by name or ARN.');
    expect(result.stdout).toContain('Run "update-secret help" for the manual.');
  });

  it('--help prints the same summary as -h, wherever it stands', async () => {
    const short = await help(['-h']);
    expect((await help(['--help'])).stdout).toBe(short.stdout);
    expect((await help(['--secret-id', 'x', '--help'])).stdout).toBe(short.stdout);
  });

  it('after local, list every local operation with what it does', async () => {
    const result = await help(['local', '-h']);
    expect(result.exit).toBe(0);
    expect(result.stdout).toMatch(/^usage: update-secret local <operation> \[options\] \[global options\]\n/);
    for (const [name, command] of localCommands()) {
      expect(result.stdout).toMatch(new RegExp(`^  ${name} +${OPERATION_DOCS[command.operation]!.summary.split(' ')[0]}`, 'm'));
    }
  });

  it.each([...OPERATION_NAMES])('after local %s, summarise that operation and every option it takes', async (name, options) => {
    const result = await help(['local', name, '--help']);
    expect(result.exit).toBe(0);
    expect(result.stdout.split('\n')[0]).toMatch(new RegExp(`^usage: update-secret local ${name}( --[a-z-]+ <[a-z]+>( \\.\\.\\.)?)* \\[options\\] \\[global options\\]$`));
    const listed = mentionedOptions(result.stdout);
    expect([...options, ...GLOBAL_NAMES].filter((o) => !listed.has(o))).toEqual([]);
  });

  it('show the required options of an operation in its usage line', async () => {
    const result = await help(['local', 'update-secret-version-stage', '-h']);
    expect(result.stdout.split('\n')[0]).toBe(
      'usage: update-secret local update-secret-version-stage --secret-id <value> --version-stage <value> [options] [global options]',
    );
  });
});
