/**
 * Command-line values that only show their meaning several stages after
 * argparse, run through the built bin: Python's int() on the bytes of a
 * `fileb://` file, argparse's `type=int` digits reaching the paginator, and
 * Python's str.strip() on the error line.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { baseEnv, freshHome, runCli } from '../support/cli.js';

async function inStore(home: string, args: string[]) {
  return runCli(args, { env: baseEnv(home), cwd: home });
}

/** A local store holding secrets `a` and `b`. */
async function twoSecrets(): Promise<string> {
  const home = freshHome();
  for (const name of ['a', 'b']) {
    expect((await inStore(home, ['local', 'create-secret', '--name', name, '--secret-string', 's'])).exit).toBe(0);
  }
  return home;
}

const LISTED = ['--query', '{Names: SecretList[].Name, More: NextToken != null}', '--output', 'json'];
const FIRST_OF_TWO = '{\n    "Names": [\n        "a"\n    ],\n    "More": true\n}\n';

describe.concurrent('values read as aws-cli reads them', () => {
  // aws-cli's unpack_scalar_cli_arg calls int(value), and int(b'1') is 1.
  it('takes an integer parameter from the bytes of a fileb:// file', async () => {
    const home = await twoSecrets();
    writeFileSync(join(home, 'one.txt'), '1');
    const result = await inStore(home, ['local', 'list-secrets', '--no-paginate', '--max-results', 'fileb://one.txt', ...LISTED]);
    expect(result).toEqual({ stdout: FIRST_OF_TWO, stderr: '', exit: 0 });
  });

  // argparse's type=int is Python's int(): `--max-items ١` is 1.
  it('takes --max-items in Unicode digits, as argparse checked it', async () => {
    const home = await twoSecrets();
    const result = await inStore(home, ['local', 'list-secrets', '--max-items', '\u0661', ...LISTED]);
    expect(result).toEqual({ stdout: FIRST_OF_TWO, stderr: '', exit: 0 });
  });

  // aws-cli strips the message with str.strip(), which keeps U+FEFF.
  it('keeps a byte-order mark at the end of the error line', async () => {
    const home = freshHome();
    const result = await inStore(home, ['--secret-id', 'x', '--secret-string', 's', '\ufeff']);
    expect(result.exit).toBe(252);
    expect(result.stderr.endsWith('\nupdate-secret: [ERROR]: Unknown options: \ufeff\n')).toBe(true);
  });
});
