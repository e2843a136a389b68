/**
 * Output into pipes, as scripts consume it: a non-blocking pipe whose
 * reader is slow still receives every byte in order, and a reader that
 * closes early (`| head -c 10`) ends the output silently with exit 0.
 * A Python parent sets up the pipe, since Node's own pipes are sockets.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { BIN } from '../support/cli.js';
import { storeHome } from './store-support.js';

// argv: mode (read | close), delay in seconds, then the command to run.
const PARENT = `
import os, subprocess, sys, time
mode, delay, cmd = sys.argv[1], float(sys.argv[2]), sys.argv[3:]
r, w = os.pipe()
os.set_blocking(w, False)
child = subprocess.Popen(cmd, stdout=w, stderr=subprocess.PIPE)
os.close(w)
time.sleep(delay)
if mode == 'close':
    data = os.read(r, 10)
    os.close(r)
else:
    data = b''
    while chunk := os.read(r, 65536):
        data += chunk
err = child.stderr.read()
child.wait()
sys.stdout.buffer.write(data)
sys.stderr.buffer.write(err)
sys.exit(child.returncode)
`;

const s = storeHome();

function throughPipe(mode: 'read' | 'close', args: readonly string[]): Promise<{ stdout: Buffer; stderr: string; exit: number | null }> {
  return new Promise((resolve, reject) => {
    const child = spawn('python3', ['-c', PARENT, mode, '1.5', process.execPath, BIN, ...args, ...s.endpoint], { env: s.env, cwd: s.home });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (d: Buffer) => out.push(d));
    child.stderr.on('data', (d: Buffer) => err.push(d));
    child.on('error', reject);
    child.on('close', (exit) => resolve({ stdout: Buffer.concat(out), stderr: Buffer.concat(err).toString(), exit }));
  });
}

// Control characters escape to two or six in JSON: ~350 KB of output, over five pipefuls.
// (No CR or LF: file:// reads text with universal newlines, as aws-cli does.)
const CONTROLS = Array.from({ length: 31 }, (_, i) => String.fromCharCode(i + 1)).filter((c) => c !== '\n' && c !== '\r');
const VALUE = Array.from({ length: 65_536 }, (_, i) => CONTROLS[i % CONTROLS.length]).join('');

beforeAll(async () => {
  fs.writeFileSync(path.join(s.home, 'value.txt'), VALUE);
  await s.ok(['local', 'create-secret', '--name', 'big', '--secret-string', 'file://value.txt', ...s.endpoint]);
  for (let i = 1; i <= 40; i++) {
    await s.ok(['local', 'create-secret', '--name', `s${i}`, '--description', 'd'.repeat(2000), '--secret-string', 'x', ...s.endpoint]);
  }
}, 120_000);

describe('a slow reader on a non-blocking pipe', () => {
  test('receives the whole of one large write', async () => {
    const expected = await s.ok(['local', 'get-secret-value', '--secret-id', 'big', ...s.endpoint]);
    const r = await throughPipe('read', ['local', 'get-secret-value', '--secret-id', 'big']);
    expect({ exit: r.exit, stderr: r.stderr }).toEqual({ exit: 0, stderr: '' });
    expect(r.stdout.length).toBeGreaterThan(5 * 65_536);
    expect(r.stdout.toString()).toBe(expected);
    expect(JSON.parse(expected).SecretString).toBe(VALUE);
  }, 30_000);

  test('receives many pages in their order', async () => {
    const args = ['local', 'list-secrets', '--page-size', '1', '--output', 'text'];
    const expected = await s.ok([...args, ...s.endpoint]);
    const r = await throughPipe('read', args);
    expect({ exit: r.exit, stderr: r.stderr }).toEqual({ exit: 0, stderr: '' });
    expect(r.stdout.length).toBeGreaterThan(65_536);
    expect(r.stdout.toString()).toBe(expected);
  }, 30_000);
});

describe('a reader that closes the pipe early', () => {
  test('gets the start of the output; the CLI exits 0 and says nothing', async () => {
    const r = await throughPipe('close', ['local', 'get-secret-value', '--secret-id', 'big']);
    expect(r.stdout.toString()).toBe('{\n    "ARN');
    expect({ exit: r.exit, stderr: r.stderr }).toEqual({ exit: 0, stderr: '' });
  }, 30_000);
});
