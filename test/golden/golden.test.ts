/**
 * The 74 golden transcripts of aws-cli 2.36.7 (test/golden/, copied
 * unchanged from the shared recording): each case runs through the built
 * bin/update-secret against a freshly reset moto_server, and stdout, stderr
 * and the exit code must match byte for byte after the normalisation the
 * recording's README describes.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAIN_USAGE } from '../../src/cli/usage.js';
import { baseEnv, freshHome, ROOT, runCli } from '../support/cli.js';
import { MOTO, startMoto, type Moto } from '../support/moto.js';

interface GoldenCase {
  name: string;
  setup: string[][];
  secret?: string;
  args: string[];
  files?: Record<string, string | { hex: string }>;
  env?: Record<string, string>;
  unset?: string[];
  no_endpoint?: boolean;
  stdout: string;
  stderr: string;
  exit: number;
}

const golden = JSON.parse(readFileSync(join(ROOT, 'test/golden/aws-cli-2.36.7.json'), 'utf8')) as { cases: GoldenCase[] };

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;
const ARN_SUFFIX = /(arn:aws:secretsmanager:[^:\s"]*:\d+:secret:[^\s"'\t]*?)-[A-Za-z0-9]{6}(?=[\s"'\t|,\]]|$)/g;
const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const USAGE_BLOCK = new RegExp(`${escapeRegExp(MAIN_USAGE)}\\n?`, 'g');

export function normalise(text: string, arn: string | undefined, isStderr: boolean): string {
  let out = text;
  if (arn) out = out.split(arn).join('<ARN>');
  out = out.replace(ARN_SUFFIX, '$1-XXXXXX').replace(UUID, '<UUID>');
  if (isStderr) out = out.replace(USAGE_BLOCK, '').replace(/^update-secret:/gm, 'PROG:');
  return out;
}

/** Runs a setup step (aws-cli argv) as the API call it stands for. */
async function runSetup(moto: Moto, argv: string[]): Promise<Record<string, unknown>> {
  const [, command, ...rest] = argv;
  const operation = command!.split('-').map((w) => w[0]!.toUpperCase() + w.slice(1)).join('');
  const params: Record<string, unknown> = {};
  for (let i = 0; i < rest.length; i += 2) {
    const name = rest[i]!.replace(/^--/, '').split('-').map((w) => w[0]!.toUpperCase() + w.slice(1)).join('');
    params[name] = rest[i + 1];
  }
  return moto.call(operation, params);
}

describe.skipIf(!MOTO)('golden transcripts of aws-cli 2.36.7', () => {
  let moto: Moto;
  beforeAll(async () => {
    moto = await startMoto();
  });
  afterAll(async () => {
    await moto?.stop();
  });

  it('holds all 74 recorded cases', () => {
    expect(golden.cases).toHaveLength(74);
  });

  for (const testCase of golden.cases) {
    it(`matches aws-cli: ${testCase.name}`, async () => {
      await moto.reset();
      const secret = testCase.secret ?? 'app/db-password';
      const fill = (s: string, arn = ''): string => s.split('{S}').join(secret).split('{ARN}').join(arn).split('{EP}').join(moto.endpoint);
      let arn: string | undefined;
      for (const step of testCase.setup) {
        const result = await runSetup(moto, step.map((s) => fill(s)));
        if (typeof result.ARN === 'string' && arn === undefined) arn = result.ARN;
      }
      const files: Record<string, string | Buffer> = {};
      for (const [name, content] of Object.entries(testCase.files ?? {})) {
        files[fill(name, arn)] = typeof content === 'string' ? fill(content, arn) : Buffer.from(content.hex, 'hex');
      }
      const home = freshHome(files);
      const env: Record<string, string> = { ...baseEnv(home) };
      for (const [key, value] of Object.entries(testCase.env ?? {})) env[key] = fill(value, arn);
      for (const key of testCase.unset ?? []) delete env[key];
      const args = testCase.args.map((a) => fill(a, arn));
      if (!testCase.no_endpoint) args.push('--endpoint-url', moto.endpoint);
      const result = await runCli(args, { env, cwd: home });
      expect({
        stdout: normalise(result.stdout, arn, false),
        stderr: normalise(result.stderr, arn, true),
        exit: result.exit,
      }).toEqual({ stdout: testCase.stdout, stderr: testCase.stderr, exit: testCase.exit });
    });
  }
});
