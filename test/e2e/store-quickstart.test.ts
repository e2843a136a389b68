/**
 * README.md's quick start works as written: its first command (without the
 * `npm ci` the suite has already done) runs in a scratch directory, where
 * `bin` leads to this checkout, so its `$PWD/.demo-store` lands there.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, baseEnv, type RunResult } from '../support/cli.js';
import { storeHome } from './store-support.js';

/** The commands of the fenced block under `## Quick start`, as the README's checks read them. */
function quickStartCommands(): string[] {
  const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  const section = readme.split(/^## Quick start$/m)[1]?.split(/^## /m)[0] ?? '';
  const block = /^```[^\n]*\n([\s\S]*?)^```$/m.exec(section)?.[1] ?? '';
  return block.split('\n').filter((line) => line.trim() !== '' && !line.trim().startsWith('#'));
}

function bash(command: string, env: Record<string, string>, cwd: string): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn('bash', ['-c', command], { env, cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ stdout, stderr, exit: code ?? -1 }));
  });
}

describe('README quick start', () => {
  it('creates, updates and lists a secret in a local store, printing both versions', async () => {
    const commands = quickStartCommands();
    expect(commands).toHaveLength(2);
    expect(commands[0]).toMatch(/^npm ci && /);
    const command = commands[0]!.replace(/^npm ci && /, '');

    const { home } = storeHome();
    const work = path.join(home, 'work');
    fs.mkdirSync(work);
    fs.symlinkSync(path.join(ROOT, 'bin'), path.join(work, 'bin'));
    const r = await bash(command, baseEnv(home), work);

    expect({ exit: r.exit, stderr: r.stderr }).toEqual({ exit: 0, stderr: '' });
    const [created, updated] = [...r.stdout.matchAll(/"VersionId": "([0-9a-f-]{36})"/g)].map((m) => m[1]!);
    expect(created).toBeDefined();
    expect(updated).toBeDefined();
    const table = r.stdout.slice(r.stdout.indexOf('-----'));
    expect(table).toMatch(/^\|\s+ListSecretVersionIds\s+\|$/m);
    // One table section per version, each with its id and its label.
    const versions = table.split(/^\|\|\s+Versions\s+\|\|$/m).slice(1);
    expect(versions).toHaveLength(2);
    for (const [i, [vid, stage]] of ([[created, 'AWSPREVIOUS'], [updated, 'AWSCURRENT']] as const).entries()) {
      expect(versions[i]).toMatch(new RegExp(`^\\|\\|\\s+VersionId\\s+\\|\\s+${vid}\\s+\\|\\|$`, 'm'));
      expect(versions[i]).toMatch(new RegExp(`^\\|\\|\\|\\s+${stage}\\s+\\|\\|\\|$`, 'm'));
    }
    expect(fs.existsSync(path.join(work, '.demo-store'))).toBe(true);
  });
});
