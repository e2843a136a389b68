/**
 * Behaviour that depends on a terminal, run under a real pseudo-terminal
 * (util-linux `script`): table colour and width, the pager rules, the
 * interactive prompt, and SIGINT. Output read back from a pty has its
 * newlines as \r\n (the terminal's onlcr).
 */
import { spawn } from 'node:child_process';
import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Socket } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, freshHome, runCli } from '../support/cli.js';
import { findExecutable } from '../support/moto.js';

const SCRIPT = findExecutable('script');
const quote = (s: string): string => `'${s.replace(/'/g, `'\\''`)}'`;

interface PtyRun {
  output: string;
  exit: number;
}

/** Runs bin/update-secret on a pseudo-terminal of the given width, typing `input` line by line. */
function inPty(args: string[], env: Record<string, string>, options: { columns?: number; input?: string[] } = {}): Promise<PtyRun> {
  const command = `stty cols ${options.columns ?? 200} rows 40; ${quote(process.execPath)} ${quote(BIN)} ${args.map(quote).join(' ')}`;
  return new Promise((resolve, reject) => {
    const child = spawn(SCRIPT!, ['-qec', command, '/dev/null'], { env: { ...env, SHELL: '/bin/sh' }, stdio: ['pipe', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    child.stdout.on('data', (d: Buffer) => out.push(d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ output: Buffer.concat(out).toString('utf8'), exit: code ?? -1 }));
    const lines = [...(options.input ?? [])];
    const typeNext = (): void => {
      const line = lines.shift();
      if (line === undefined) return;
      child.stdin.write(`${line}\r`);
      setTimeout(typeNext, 250);
    };
    if (lines.length > 0) setTimeout(typeNext, 800);
  });
}

let home: string;
let store: string;
let env: Record<string, string>;

beforeAll(async () => {
  home = freshHome();
  store = `file://${join(home, 'store')}`;
  env = { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: home, LANG: 'C.UTF-8', TERM: 'xterm' };
  const created = await runCli(['local', 'create-secret', '--name', 'tty/demo', '--secret-string', 'v1', '--endpoint-url', store, '--output', 'off'], { env, cwd: home });
  expect(created.exit).toBe(0);
});

function pagerScript(): { path: string; out: string } {
  const path = join(home, `pager-${Math.random().toString(36).slice(2)}.sh`);
  const out = `${path}.out`;
  writeFileSync(path, `#!/bin/sh\ncat > ${quote(out)}\nprintf 'LESS=%s\\n' "$LESS" >> ${quote(out)}\n`);
  chmodSync(path, 0o755);
  return { path, out };
}

const update = (...extra: string[]): string[] => ['--secret-id', 'tty/demo', '--description', 'd', '--endpoint-url', store, ...extra];

describe.skipIf(!SCRIPT)('on a terminal', () => {
  it('colours table cells automatically, with colorama\'s resets after every write and one more at exit', async () => {
    const { output, exit } = await inPty(update('--output', 'table', '--no-cli-pager'), env);
    expect(exit).toBe(0);
    expect(output).toContain('\x1b[1m\x1b[34mtty/demo\x1b[0m');
    expect(output).toContain('\x1b[0m\x1b[0m|');
    expect(output.endsWith('\r\n\x1b[0m\x1b[0m')).toBe(true);
  });

  it('lays the table out for the terminal width (horizontal when it fits)', async () => {
    const wide = await inPty(update('--output', 'table', '--no-cli-pager', '--color', 'off'), env, { columns: 200 });
    expect(wide.output.split('\r\n').some((line) => /\|\s+ARN\s+\|\s+Name\s+\|/.test(line))).toBe(true);
    const narrow = await inPty(update('--output', 'table', '--no-cli-pager', '--color', 'off'), env, { columns: 60 });
    expect(narrow.output).toMatch(/\|\s+ARN\s+\|\s+arn:aws:secretsmanager/);
  });

  it('pages output through AWS_PAGER with LESS=FRX', async () => {
    const pager = pagerScript();
    const { output, exit } = await inPty(update(), { ...env, AWS_PAGER: pager.path });
    expect(exit).toBe(0);
    const paged = readFileSync(pager.out, 'utf8');
    expect(paged).toMatch(/^\{\n {4}"ARN": "arn:aws:secretsmanager:us-east-1:123456789012:secret:tty\/demo-\w{6}",\n {4}"Name": "tty\/demo"\n\}\nLESS=FRX\n$/);
    expect(output).not.toContain('"ARN"');
  });

  it('keeps a LESS that is already set', async () => {
    const pager = pagerScript();
    await inPty(update(), { ...env, AWS_PAGER: pager.path, LESS: '-X' });
    expect(readFileSync(pager.out, 'utf8')).toContain('LESS=-X\n');
  });

  it('prefers the profile cli_pager to PAGER, and AWS_PAGER to both', async () => {
    const [a, b, c] = [pagerScript(), pagerScript(), pagerScript()];
    writeFileSync(join(home, 'config'), `[default]\ncli_pager = ${b.path}\n`);
    const config = { AWS_CONFIG_FILE: join(home, 'config') };
    await inPty(update(), { ...env, ...config, PAGER: c.path });
    expect(existsSync(b.out) && !existsSync(c.out)).toBe(true);
    await inPty(update(), { ...env, ...config, PAGER: c.path, AWS_PAGER: a.path });
    expect(existsSync(a.out)).toBe(true);
  });

  it('writes directly when AWS_PAGER is empty or with --no-cli-pager', async () => {
    const pager = pagerScript();
    const empty = await inPty(update(), { ...env, AWS_PAGER: '', PAGER: pager.path });
    expect(empty.output).toContain('"Name": "tty/demo"');
    const flag = await inPty(update('--no-cli-pager'), { ...env, AWS_PAGER: pager.path });
    expect(flag.output).toContain('"Name": "tty/demo"');
    expect(existsSync(pager.out)).toBe(false);
  });

  it('reports a pager that cannot start, with exit code 253', async () => {
    const { output, exit } = await inPty(update(), { ...env, AWS_PAGER: 'no-such-pager-cmd --flag' });
    expect(exit).toBe(253);
    expect(output).toContain(
      "update-secret: [ERROR]: An error occurred (Pager): Unable to redirect output to pager. Received the following error when opening pager:\r\n[Errno 2] No such file or directory: 'no-such-pager-cmd'",
    );
  });

  it('keeps table colours through the pager but not the per-write resets', async () => {
    const pager = pagerScript();
    await inPty(update('--output', 'table'), { ...env, AWS_PAGER: pager.path });
    const paged = readFileSync(pager.out, 'utf8');
    expect(paged).toContain('\x1b[1m\x1b[34mtty/demo\x1b[0m');
    expect(paged).not.toContain('\x1b[0m\x1b[0m|');
  });

  it('prompts for every parameter with --cli-auto-prompt, reading secrets without echo', async () => {
    const answers = ['tty/demo', '', '', '', '', 'TOPSECRET-PROMPTED', ''];
    const { output, exit } = await inPty(['--cli-auto-prompt', '--endpoint-url', store, '--no-cli-pager', '--query', 'Name'], env, { input: answers });
    expect(exit).toBe(0);
    // readline positions the cursor with escape sequences between prompt and answer
    const plain = output.replace(/\x1b\[[0-9;]*[A-Za-z]/g, '');
    expect(plain).toContain('--secret-id (string, required): tty/demo');
    expect(output).toContain('"tty/demo"');
    expect(output).not.toContain('TOPSECRET-PROMPTED');
    const read = await runCli(['local', 'get-secret-value', '--secret-id', 'tty/demo', '--endpoint-url', store, '--query', 'SecretString', '--output', 'text'], { env, cwd: home });
    expect(read.stdout).toBe('TOPSECRET-PROMPTED\n');
  });
});

describe('SIGINT', () => {
  const sockets: Socket[] = [];
  const server = createServer((socket) => sockets.push(socket));
  let port = 0;
  beforeAll(async () => {
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
    port = (server.address() as { port: number }).port;
  });
  afterAll(() => {
    sockets.forEach((s) => s.destroy());
    server.close();
  });

  it('prints a newline on stdout, nothing on stderr, and exits 130', async () => {
    const child = spawn(process.execPath, [BIN, '--secret-id', 'x', '--secret-string', 'y', '--endpoint-url', `http://127.0.0.1:${port}`], {
      env: { ...env, AWS_ACCESS_KEY_ID: 'a', AWS_SECRET_ACCESS_KEY: 'b', AWS_DEFAULT_REGION: 'us-east-1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (d: Buffer) => out.push(d));
    child.stderr.on('data', (d: Buffer) => err.push(d));
    await new Promise((r) => setTimeout(r, 1500));
    child.kill('SIGINT');
    const code = await new Promise((r) => child.on('close', r));
    expect({ code, stdout: Buffer.concat(out).toString(), stderr: Buffer.concat(err).toString() }).toEqual({ code: 130, stdout: '\n', stderr: '' });
  });
});
