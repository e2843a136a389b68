/**
 * `update-secret completion bash|zsh|fish`: each script is loaded into its
 * shell, which completes real command lines: bash through COMP_WORDS (split
 * at `:` and `=` as bash splits them), zsh on a pseudo-terminal (zpty,
 * pressing Tab), fish with `complete -C`. Every candidate is the whole word
 * as it would stand on the command line.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { OUTPUT_FORMATS } from '../../src/output/registry.js';
import { BINARY_FORMATS, COLOR_CHOICES, ERROR_FORMATS } from '../../src/cli/global-options.js';
import { SKELETON_CHOICES } from '../../src/cli/operation-options.js';
import { BIN } from '../support/cli.js';
import { binDirectory, GLOBAL_NAMES, MAIN_NAMES, OPERATION_NAMES, run, shellPath, tempDir } from './helpers.js';

const SHELLS = fileURLToPath(new URL('./shells', import.meta.url));
const home = tempDir();
writeFileSync(join(home, 'config'), '[default]\nregion = us-east-1\n[profile dev]\noutput = text\n[profile prod]\n[services s]\n');
writeFileSync(join(home, 'credentials'), '[ci]\naws_access_key_id = a\n[dev]\naws_access_key_id = b\n');
const dir = join(home, 'dir');
mkdirSync(join(dir, 'sub'), { recursive: true });
for (const name of ['a.txt', 'b.json']) writeFileSync(join(dir, name), 'x');

const env = {
  PATH: shellPath(binDirectory()),
  HOME: home,
  LANG: 'C.UTF-8',
  TERM: 'xterm',
  AWS_CONFIG_FILE: join(home, 'config'),
  AWS_SHARED_CREDENTIALS_FILE: join(home, 'credentials'),
};

function script(shell: string): string {
  const result = run(process.execPath, [BIN, 'completion', shell], env, home);
  expect(result).toMatchObject({ status: 0, stderr: '' });
  const path = join(home, `completion.${shell}`);
  writeFileSync(path, result.stdout);
  return path;
}

const blocks = (output: string): string[][] =>
  output
    .split('<<BLOCK>>\n')
    .slice(0, -1)
    .map((block) => block.split('\n').filter(Boolean));

/** bash's COMP_WORDS for a line: words, with `:` and `=` split off (COMP_WORDBREAKS). */
function bashWords(line: string): string[] {
  return line.split(' ').flatMap((word) => (word === '' ? [''] : word.split(/([:=])/).filter((t) => t !== '')));
}

const COMPLETERS: Record<string, (lines: readonly string[]) => string[][]> = {
  bash(lines) {
    const driver =
      'source "$1"; shift; while (($#)); do n=$1; shift; COMP_WORDS=("${@:1:n}"); shift "$n"; ' +
      'COMP_CWORD=$((n - 1)); COMP_LINE="${COMP_WORDS[*]}"; COMP_POINT=${#COMP_LINE}; COMPREPLY=(); ' +
      '_update_secret; printf "%s\\n" "${COMPREPLY[@]}"; echo "<<BLOCK>>"; done';
    const args = lines.flatMap((line) => {
      const words = bashWords(line);
      return [String(words.length), ...words];
    });
    const result = run('bash', ['--norc', '--noprofile', '-c', driver, 'bash', script('bash'), ...args], env, home);
    expect(result.stderr).toBe('');
    // readline replaces the word after its last `:` or `=`; put back what precedes it.
    return blocks(result.stdout).map((replies, i) => {
      const word = lines[i]!.split(' ').at(-1)!;
      const kept = word.slice(0, Math.max(word.lastIndexOf(':'), word.lastIndexOf('=')) + 1);
      return replies.map((reply) => kept + reply);
    });
  },
  zsh(lines) {
    const result = run(
      'zsh',
      ['-f', join(SHELLS, 'zsh-capture.zsh'), join(SHELLS, 'zsh-setup.zsh'), ...lines],
      { ...env, COMPLETION_SCRIPT: script('zsh') },
      home,
    );
    return blocks(result.stdout).map((words) => words.map((w) => w.replace(/\\(.)/g, '$1')));
  },
  fish(lines) {
    const driver = 'source $argv[1]; for line in $argv[2..]; complete -C $line; echo "<<BLOCK>>"; end';
    const result = run('fish', ['--no-config', '-c', driver, script('fish'), ...lines], env, home);
    expect(result.stderr).toBe('');
    return blocks(result.stdout).map((words) => words.map((w) => w.split('\t')[0]!));
  },
};

const local = [...OPERATION_NAMES.keys()];
const CASES: [line: string, expected: readonly string[]][] = [
  ['update-secret --sec', ['--secret-id', '--secret-string', '--secret-binary']],
  ['update-secret --output ', OUTPUT_FORMATS],
  ['update-secret --output=y', ['--output=yaml', '--output=yaml-stream']],
  ['update-secret --color ', COLOR_CHOICES],
  ['update-secret --cli-binary-format ', BINARY_FORMATS],
  ['update-secret --cli-error-format ', ERROR_FORMATS],
  ['update-secret --secret-id x --generate-cli-skeleton ', SKELETON_CHOICES],
  ['update-secret --profile ', ['default', 'dev', 'prod', 'ci']],
  [`update-secret --secret-string file://${dir}/`, [`file://${dir}/a.txt`, `file://${dir}/b.json`, `file://${dir}/sub`]],
  [`update-secret --secret-binary fileb://${dir}/b`, [`fileb://${dir}/b.json`]],
  ['update-secret --cli-input-json file://di', ['file://dir']],
  ['update-secret --secret-string fi', ['file://', 'fileb://']],
  ['update-secret local ', [...local, 'help']],
  ['update-secret local create-secret --na', ['--name']],
  ['update-secret --region eu-west-1 local list-secrets --sort-by ', ['created-date', 'last-accessed-date', 'last-changed-date', 'name']],
  ['update-secret completion ', ['bash', 'zsh', 'fish']],
  ['update-secret --', [...MAIN_NAMES, ...GLOBAL_NAMES]],
  ...[...OPERATION_NAMES].map(([op, options]): [string, readonly string[]] => [`update-secret local ${op} --`, [...options, ...GLOBAL_NAMES]]),
];

const normalise = (words: readonly string[]) => [...new Set(words.map((w) => w.replace(/\/$/, '')))].sort();

describe.each(Object.keys(COMPLETERS))('%s completion', (shell) => {
  let results: Map<string, string[]>;
  beforeAll(() => {
    const lines = CASES.map(([line]) => line);
    const completions = COMPLETERS[shell]!(lines);
    expect(completions).toHaveLength(lines.length);
    results = new Map(lines.map((line, i) => [line, completions[i]!]));
  }, 60_000);

  it.each(CASES)('completes "%s"', (line, expected) => {
    expect(normalise(results.get(line)!)).toEqual(normalise(expected));
  });
});

describe('update-secret completion', () => {
  it('--profiles lists the profiles of the config and credentials files', () => {
    const result = run(process.execPath, [BIN, 'completion', '--profiles'], env, home);
    expect(result).toMatchObject({ status: 0, stderr: '' });
    expect(result.stdout.split('\n').filter(Boolean).sort()).toEqual(['ci', 'default', 'dev', 'prod']);
  });

  it('--profiles prints nothing for a malformed config file', () => {
    writeFileSync(join(home, 'broken'), 'not ini [');
    const result = run(process.execPath, [BIN, 'completion', '--profiles'], { ...env, AWS_CONFIG_FILE: join(home, 'broken') }, home);
    expect(result).toMatchObject({ status: 0, stdout: '', stderr: '' });
  });

  it('refuses a shell it has no script for, as a usage error', () => {
    const result = run(process.execPath, [BIN, 'completion', 'ksh'], env, home);
    expect(result.status).toBe(252);
    expect(result.stderr).toContain("argument shell: Found invalid choice 'ksh'");
  });
});
