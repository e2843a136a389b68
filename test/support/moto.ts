/**
 * moto_server for integration tests: started on a free loopback port,
 * reset between cases, stopped by its PID. When the binary is missing the
 * tests that need it say so loudly and skip, except under CI=true, where a
 * missing moto_server is a failure.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { createServer } from 'node:net';
import { delimiter, join } from 'node:path';

export function findExecutable(name: string): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    const candidate = join(dir, name);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // keep looking
    }
  }
  return undefined;
}

export const MOTO = findExecutable('moto_server');

if (!MOTO) {
  const message = '\n*** moto_server is not on PATH: the moto-backed tests are SKIPPED. Install moto (pip install "moto[server]") to run them. ***\n';
  if (process.env.CI === 'true') throw new Error(`moto_server is required under CI=true${message}`);
  process.stderr.write(message);
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** moto_server's answer as it came: for tests that look at errors and at the wire itself. */
export interface MotoResponse {
  status: number;
  headers: Headers;
  text: string;
}

export interface Moto {
  readonly endpoint: string;
  reset(): Promise<void>;
  call(operation: string, params: Record<string, unknown>): Promise<Record<string, unknown>>;
  /**
   * One JSON 1.1 request whatever its outcome (`call` throws on errors).
   * `target` is the whole X-Amz-Target (`secretsmanager.UpdateSecret`,
   * `TrentService.CreateKey`); `service` is the SigV4 scope moto routes by;
   * a string body is sent as it is.
   */
  send(target: string, body: Record<string, unknown> | string, service?: string): Promise<MotoResponse>;
  stop(): Promise<void>;
}

export async function startMoto(): Promise<Moto> {
  if (!MOTO) throw new Error('moto_server is not available');
  const port = await freePort();
  const child: ChildProcess = spawn(MOTO, ['-H', '127.0.0.1', '-p', String(port)], { stdio: 'ignore' });
  const endpoint = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 20_000;
  for (;;) {
    try {
      await fetch(`${endpoint}/moto-api/`);
      break;
    } catch {
      if (Date.now() > deadline || child.exitCode !== null) throw new Error('moto_server did not start');
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  return {
    endpoint,
    async reset() {
      await fetch(`${endpoint}/moto-api/reset`, { method: 'POST' });
    },
    async call(operation, params) {
      const response = await fetch(`${endpoint}/`, {
        method: 'POST',
        headers: {
          'X-Amz-Target': `secretsmanager.${operation}`,
          'Content-Type': 'application/x-amz-json-1.1',
          Authorization: 'AWS4-HMAC-SHA256 Credential=testing/20260101/us-east-1/secretsmanager/aws4_request, SignedHeaders=host, Signature=0',
        },
        body: JSON.stringify(params),
      });
      const text = await response.text();
      if (!response.ok) throw new Error(`moto ${operation} failed: ${response.status} ${text}`);
      return text ? (JSON.parse(text) as Record<string, unknown>) : {};
    },
    async send(target, body, service = 'secretsmanager') {
      const response = await fetch(`${endpoint}/`, {
        method: 'POST',
        headers: {
          'X-Amz-Target': target,
          'Content-Type': 'application/x-amz-json-1.1',
          Authorization: `AWS4-HMAC-SHA256 Credential=testing/20260101/us-east-1/${service}/aws4_request, SignedHeaders=host, Signature=0`,
        },
        body: typeof body === 'string' ? body : JSON.stringify(body),
      });
      return { status: response.status, headers: response.headers, text: await response.text() };
    },
    async stop() {
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
    },
  };
}
