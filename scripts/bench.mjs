/**
 * `npm run bench`: whole-process wall time per invocation, from interleaved
 * runs, as medians and min–max, with ratios measured in the same run:
 * `node -e 0`, update-secret on the local store, against moto_server,
 * aws-cli against the same moto, and --generate-cli-skeleton, each beside
 * the floor a bare Node script doing the same work sets; then the
 * store's scaling (10 / 1,000 / 100,000 secrets; 1 / 1,000 / 10,000 earlier
 * versions of a 64 KiB secret) and peak memory. Writes BENCHMARKS.md.
 *
 * Every command runs in an environment built here (never inherited: these
 * machines set NODE_EXTRA_CA_CERTS, which slows every Node start).
 * BENCH_RUNS sets the number of rounds (default 30); BENCH_DIR keeps the
 * populated stores between runs.
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { cpus, totalmem, tmpdir } from 'node:os';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const BIN = join(root, 'bin', 'update-secret');
const RUNS = Number(process.env.BENCH_RUNS ?? 30);
const work = process.env.BENCH_DIR ?? mkdtempSync(join(tmpdir(), 'update-secret-bench-'));
mkdirSync(work, { recursive: true });
const home = join(work, 'home');
mkdirSync(home, { recursive: true });

const which = (name) => spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).stdout.trim() || undefined;
const ENV = {
  PATH: process.env.PATH ?? '/usr/bin:/bin',
  HOME: home,
  LANG: 'C.UTF-8',
  AWS_ACCESS_KEY_ID: 'testing',
  AWS_SECRET_ACCESS_KEY: 'testing',
  AWS_DEFAULT_REGION: 'us-east-1',
  AWS_PAGER: '',
  AWS_EC2_METADATA_DISABLED: 'true',
};

function log(text) {
  process.stderr.write(`${text}\n`);
}

// ---------------------------------------------------------------- population

async function storeModule() {
  const out = join(work, 'store.cjs');
  await build({
    entryPoints: [join(root, 'src/store/index.ts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    outfile: out,
    logLevel: 'warning',
  });
  return out;
}

/** Fills a store in a child process; fsync is disabled there with eatmydata when available, since only the timed updates matter. */
function populate(storeJs, dir, script) {
  if (existsSync(join(dir, '.populated'))) return;
  const code = `
    const { openStore } = require(${JSON.stringify(storeJs)});
    const store = openStore(${JSON.stringify(dir)}, { region: 'us-east-1' });
    (async () => { ${script} })().then(() => require('fs').writeFileSync(${JSON.stringify(join(dir, '.populated'))}, ''),
      (e) => { console.error(e); process.exit(1); });`;
  const eatmydata = which('eatmydata');
  const argv = eatmydata ? [eatmydata, process.execPath, '-e', code] : [process.execPath, '-e', code];
  const started = Date.now();
  execFileSync(argv[0], argv.slice(1), { stdio: 'inherit', env: ENV, maxBuffer: 1 << 20 });
  log(`  populated ${dir} in ${((Date.now() - started) / 1000).toFixed(0)} s${eatmydata ? ' (eatmydata)' : ''}`);
}

const VALUE_64K = 'x'.repeat(65536);

async function populateAll() {
  const storeJs = await storeModule();
  const stores = {};
  for (const count of [10, 1000, 100000]) {
    const dir = join(work, `secrets-${count}`);
    populate(
      storeJs,
      dir,
      `await store.handle('CreateSecret', { Name: 'bench/target', SecretString: 'v0', ClientRequestToken: 'bench-target-token-000000000000000' });
       for (let i = 1; i < ${count}; i++) {
         await store.handle('CreateSecret', { Name: 'bench/s' + String(i).padStart(6, '0'), SecretString: 'v' + i, ClientRequestToken: 'create-token-' + String(i).padStart(24, '0') });
       }`,
    );
    stores[`${count.toLocaleString('en-US')} secrets`] = { dir, value: 'small' };
  }
  for (const versions of [1, 1000, 10000]) {
    const dir = join(work, `versions-${versions}`);
    populate(
      storeJs,
      dir,
      `const value = 'x'.repeat(65536);
       await store.handle('CreateSecret', { Name: 'bench/target', SecretString: value, ClientRequestToken: 'bench-target-token-000000000000000' });
       for (let i = 1; i < ${versions}; i++) {
         await store.handle('UpdateSecret', { SecretId: 'bench/target', SecretString: value, ClientRequestToken: 'update-token-' + String(i).padStart(24, '0') });
       }`,
    );
    stores[`64 KiB secret, ${versions.toLocaleString('en-US')} version${versions === 1 ? '' : 's'}`] = { dir, value: '64k' };
  }
  writeFileSync(join(home, 'small.txt'), 'new-value');
  writeFileSync(join(home, '64k.txt'), VALUE_64K);
  return stores;
}

// ---------------------------------------------------------------- moto

async function freePort() {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function startMoto() {
  const moto = which('moto_server');
  if (!moto) return undefined;
  const port = await freePort();
  const child = spawn(moto, ['-H', '127.0.0.1', '-p', String(port)], { stdio: 'ignore' });
  const endpoint = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 200; i++) {
    try {
      await fetch(`${endpoint}/moto-api/`);
      break;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  await fetch(endpoint, {
    method: 'POST',
    headers: {
      'X-Amz-Target': 'secretsmanager.CreateSecret',
      'Content-Type': 'application/x-amz-json-1.1',
      // moto takes the region from the credential scope
      Authorization: 'AWS4-HMAC-SHA256 Credential=testing/20260101/us-east-1/secretsmanager/aws4_request, SignedHeaders=host, Signature=0',
    },
    body: JSON.stringify({ Name: 'bench/moto', SecretString: 'v0' }),
  });
  return { endpoint, stop: () => child.kill() };
}

// ---------------------------------------------------------------- timing

function timeOnce(argv) {
  const started = process.hrtime.bigint();
  const result = spawnSync(argv[0], argv.slice(1), { env: ENV, cwd: home, stdio: ['ignore', 'ignore', 'pipe'] });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (result.status !== 0) throw new Error(`${argv.join(' ')} failed (${result.status}): ${result.stderr}`);
  return ms;
}

function peakKiB(argv) {
  const samples = [];
  for (let i = 0; i < 5; i++) {
    const result = spawnSync('/usr/bin/time', ['-f', '%M', ...argv], { env: ENV, cwd: home, encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'] });
    samples.push(Number(result.stderr.trim().split('\n').pop()));
  }
  return median(samples);
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Runs every command once per round, round after round, so they share the machine's conditions. */
function interleaved(commands) {
  const samples = Object.fromEntries(Object.keys(commands).map((k) => [k, []]));
  for (const argv of Object.values(commands)) timeOnce(argv); // warm-up (and the code cache)
  for (let round = 0; round < RUNS; round++) {
    for (const [name, argv] of Object.entries(commands)) samples[name].push(timeOnce(argv));
  }
  return Object.fromEntries(
    Object.entries(samples).map(([name, s]) => [name, { median: median(s), min: Math.min(...s), max: Math.max(...s) }]),
  );
}

const fmt = (ms) => ms.toFixed(1);
const ratio = (a, b) => (a / b).toFixed(2);

// ---------------------------------------------------------------- main

async function main() {
  log(`bench: ${RUNS} interleaved rounds in ${work}`);
  const stores = await populateAll();
  const moto = await startMoto();
  const awsCli = existsSync('/usr/bin/aws') ? '/usr/bin/aws' : which('aws');
  const node = process.execPath;
  const localDir = join(work, 'cli-store');
  if (!existsSync(localDir)) {
    execFileSync(node, [BIN, 'local', 'create-secret', '--name', 'bench/local', '--secret-string', 'v0', '--endpoint-url', `file://${localDir}`], {
      env: ENV,
      stdio: 'ignore',
    });
  }

  // Each floor row follows the invocation it bounds: what a bare Node script doing the same work costs (scripts/floor-*.cjs).
  const startup = {
    'node -e 0': [node, '-e', '0'],
    'update-secret --generate-cli-skeleton': [node, BIN, '--generate-cli-skeleton'],
    'update-secret, local store': [node, BIN, '--secret-id', 'bench/local', '--secret-string', 'file://small.txt', '--endpoint-url', `file://${localDir}`],
    'floor: bare Node durable encrypted write': [node, join(root, 'scripts', 'floor-local.cjs'), join(work, 'floor-store')],
  };
  if (moto) {
    startup['update-secret, moto'] = [node, BIN, '--secret-id', 'bench/moto', '--secret-string', 'x', '--endpoint-url', moto.endpoint];
    startup['floor: bare Node signed HTTP call, moto'] = [node, join(root, 'scripts', 'floor-http.cjs'), moto.endpoint, 'bench/moto'];
    if (awsCli) startup['aws-cli, moto'] = [awsCli, 'secretsmanager', 'update-secret', '--secret-id', 'bench/moto', '--secret-string', 'x', '--endpoint-url', moto.endpoint];
  }
  log('timing start-up…');
  const times = interleaved(startup);

  log('timing store scaling…');
  const scaling = interleaved(
    Object.fromEntries(
      Object.entries(stores).map(([name, { dir, value }]) => [
        name,
        [node, BIN, '--secret-id', 'bench/target', '--secret-string', `file://${value}.txt`, '--endpoint-url', `file://${dir}`],
      ]),
    ),
  );

  log('measuring peak memory…');
  const memory = {
    'node -e 0': peakKiB(startup['node -e 0']),
    'update-secret, local store': peakKiB(startup['update-secret, local store']),
    ...(moto ? { 'update-secret, moto': peakKiB(startup['update-secret, moto']) } : {}),
  };
  moto?.stop();

  const floor = times['node -e 0'].median;
  const aws = times['aws-cli, moto']?.median;
  const lines = [
    '# Benchmarks',
    '',
    `Measured ${new Date().toISOString().slice(0, 10)} by \`npm run bench\` (${RUNS} interleaved rounds after a warm-up round; whole-process wall time of each invocation).`,
    '',
    `- Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB`,
    `- Node.js ${process.version}; aws-cli: ${awsCli ? execFileSync(awsCli, ['--version'], { env: ENV, encoding: 'utf8' }).trim() : 'not installed'}`,
    '- Environment built by the benchmark (no NODE_EXTRA_CA_CERTS).',
    '',
    '## Start-up',
    '',
    '| invocation | median ms | min–max ms | × node -e 0 | aws-cli ÷ this |',
    '| --- | ---: | ---: | ---: | ---: |',
    ...Object.entries(times).map(
      ([name, t]) => `| ${name} | ${fmt(t.median)} | ${fmt(t.min)}–${fmt(t.max)} | ${ratio(t.median, floor)} | ${aws ? ratio(aws, t.median) : '—'} |`,
    ),
    ...(awsCli ? [] : ['', 'aws-cli is not installed here, so its row is missing.']),
    '',
    'The floor rows are bare Node scripts doing the least the invocation above them must do:',
    'scripts/floor-local.cjs reads a key and metadata, encrypts with AES-256-GCM and writes two',
    'files durably (fsync, rename, directory fsync); scripts/floor-http.cjs signs one UpdateSecret',
    'with SigV4 by hand and sends it with node:http. No parsing, validation, locking, SDK or output.',
    '',
    '## Store scaling (update of one secret, whole process)',
    '',
    '| store | median ms | min–max ms | × smallest |',
    '| --- | ---: | ---: | ---: |',
    ...Object.entries(scaling).map(([name, t]) => {
      const base = name.endsWith(' secrets') ? scaling['10 secrets'].median : scaling['64 KiB secret, 1 version'].median;
      return `| ${name} | ${fmt(t.median)} | ${fmt(t.min)}–${fmt(t.max)} | ${ratio(t.median, base)} |`;
    }),
    '',
    '## Peak memory (maximum resident set, median of 5)',
    '',
    '| invocation | KiB | × node -e 0 |',
    '| --- | ---: | ---: |',
    ...Object.entries(memory).map(([name, kib]) => `| ${name} | ${kib} | ${ratio(kib, memory['node -e 0'])} |`),
    '',
  ];
  writeFileSync(join(root, 'BENCHMARKS.md'), lines.join('\n'));
  process.stdout.write(`${lines.join('\n')}\n`);
}

await main();
