/**
 * Builds dist/: our code in one CommonJS bundle (main.cjs), and the large
 * third-party parts each in their own bundle, loaded only when an
 * invocation needs them: the AWS SDK's client (sdk.cjs), its credential
 * providers (sdk-credentials.cjs) and the YAML reader
 * (yaml.cjs). launcher.cjs loads them through a V8 code cache.
 * Then generates the man pages (man/*.1) from the same option declarations,
 * with a generator bundled on the side so that none of it lands in main.cjs.
 */
import { build } from 'esbuild';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');

/** Modules bundled separately: the source file and the bundle it becomes. */
const LAZY = [
  { source: 'src/backends/aws/sdk.ts', bundle: 'sdk.cjs' },
  { source: 'src/backends/aws/sdk-credentials.ts', bundle: 'sdk-credentials.cjs' },
  { source: 'src/params/yaml-lib.ts', bundle: 'yaml.cjs' },
];

/** JSON modules as JSON.parse('...'): V8 parses that far faster than an object literal. */
const jsonAsParse = {
  name: 'json-as-parse',
  setup(b) {
    b.onLoad({ filter: /\.json$/ }, ({ path }) => ({
      contents: `export default JSON.parse(${JSON.stringify(JSON.stringify(JSON.parse(readFileSync(path, 'utf8'))))});`,
      loader: 'js',
    }));
  },
};

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  legalComments: 'none',
  logLevel: 'warning',
  // Lazy parts load through require(), which the code cache can serve.
  supported: { 'dynamic-import': false },
  // src/builtins.ts reads __filename in the bundle; import.meta only serves the ESM tests.
  define: { 'import.meta.url': 'undefined' },
  plugins: [jsonAsParse],
};

/**
 * Modules the SDK loads at start-up for nothing here, replaced by shims: the
 * client's default HTTP handler (our transport always takes its place,
 * src/backends/aws/sdk-http-shim.ts) and zlib, loaded only for a crc32 that
 * Secrets Manager never asks for (src/backends/aws/sdk-zlib-shim.ts).
 */
const sdkShims = {
  name: 'sdk-shims',
  setup(b) {
    b.onResolve({ filter: /^@smithy\/node-http-handler$/ }, ({ importer }) =>
      /client-secrets-manager[\\/]dist-es[\\/]runtimeConfig\.js$/.test(importer)
        ? { path: join(root, 'src/backends/aws/sdk-http-shim.ts') }
        : undefined,
    );
    b.onResolve({ filter: /^node:zlib$/ }, ({ importer }) =>
      /checksum[\\/]crc32[\\/]Crc32Node\.js$/.test(importer) ? { path: join(root, 'src/backends/aws/sdk-zlib-shim.ts') } : undefined,
    );
  },
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
const generator = join(root, `.dist-${process.pid}-man`, 'gen-man.cjs');
rmSync(staging, { recursive: true, force: true });
try {
  await Promise.all([
    build({ ...common, entryPoints: [join(root, 'src/process-main.ts')], outfile: join(staging, 'main.cjs'), plugins: [jsonAsParse, separate] }),
    build({ ...common, entryPoints: [join(root, 'src/launcher.ts')], outfile: join(staging, 'launcher.cjs') }),
    ...LAZY.map(({ source, bundle }) =>
      build({
        ...common,
        entryPoints: [join(root, source)],
        outfile: join(staging, bundle),
        minify: true,
        // The packages' ES module builds let esbuild drop what is not used.
        mainFields: ['module', 'main'],
        plugins: [jsonAsParse, sdkShims],
      }),
    ),
    build({ ...common, entryPoints: [join(root, 'scripts/gen-man.ts')], outfile: generator, plugins: [separate] }),
  ]);
  mkdirSync(dist, { recursive: true });
  for (const file of readdirSync(staging)) renameSync(join(staging, file), join(dist, file));
  createRequire(import.meta.url)(generator).writeManPages(join(root, 'man'));
} finally {
  rmSync(staging, { recursive: true, force: true });
  rmSync(dirname(generator), { recursive: true, force: true });
}
