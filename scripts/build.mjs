/**
 * Builds dist/: our code in one CommonJS bundle (main.cjs), and the large
 * third-party parts each in their own bundle, loaded only when an
 * invocation needs them: the AWS SDK (sdk.cjs) and the YAML reader (yaml.cjs).
 */
import { build } from 'esbuild';
import { mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');

/** Modules bundled separately: the source file and the bundle it becomes. */
const LAZY = [
  { source: 'src/backends/aws/sdk.ts', bundle: 'sdk.cjs' },
  { source: 'src/params/yaml-lib.ts', bundle: 'yaml.cjs' },
];

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  legalComments: 'none',
  logLevel: 'warning',
  // Lazy parts load through require(), which the code cache can serve.
  supported: { 'dynamic-import': false },
};

const separate = {
  name: 'separate-bundles',
  setup(b) {
    for (const { source, bundle } of LAZY) {
      const base = source.split('/').pop().replace(/\.ts$/, '');
      b.onResolve({ filter: new RegExp(`/${base}\\.js$`) }, () => ({ path: `./${bundle}`, external: true }));
    }
  },
};

// Build beside dist/ and move each file in with rename(), so a test run or
// a user invoking the CLI meanwhile never sees a missing or partial bundle.
const staging = join(root, `.dist-${process.pid}`);
rmSync(staging, { recursive: true, force: true });
try {
  await Promise.all([
    build({ ...common, entryPoints: [join(root, 'src/process-main.ts')], outfile: join(staging, 'main.cjs'), plugins: [separate] }),
    ...LAZY.map(({ source, bundle }) =>
      build({ ...common, entryPoints: [join(root, source)], outfile: join(staging, bundle), minify: true }),
    ),
  ]);
  mkdirSync(dist, { recursive: true });
  for (const file of readdirSync(staging)) renameSync(join(staging, file), join(dist, file));
} finally {
  rmSync(staging, { recursive: true, force: true });
}
