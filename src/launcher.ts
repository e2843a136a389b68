/**
 * Loads the built bundles with a V8 code cache, so a start does not
 * recompile our code each time (Node 20 has no module compile cache).
 *
 * Each bundle is compiled with `Script` and `cachedData` read from a
 * per-user cache directory (`$XDG_CACHE_HOME/update-secret`, else
 * `~/.cache/update-secret`). The cache is only an accelerator:
 * - its file name is derived from the bundle's path, size, mtime and inode
 *   and from the Node version and architecture, so a changed bundle or Node
 *   never meets an old cache (and V8 itself rejects mismatched data);
 * - it is used only from a directory owned by this user and closed to others
 *   (a cache anyone else could write would let them inject code);
 * - it is written atomically (temp file, rename), mode 0600, after the run
 *   that compiled the code, and any failure to read or write it is ignored;
 * - writing it removes the caches of earlier builds of the same bundle, so
 *   upgrades and rebuilds leave one file per bundle behind, not one each.
 */
import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync, type Stats } from 'node:fs';
import { createRequire, wrap } from 'node:module';
import { basename, dirname, isAbsolute, join } from 'node:path';
import { Script } from 'node:vm';

type Exports = Record<string, unknown>;

const pending: { file: string; prefix: string; script: Script }[] = [];
const loaded = new Map<string, Exports>();

/** The cache directory, looked up once per process; undefined when none may be used. */
let directory: { path: string | undefined } | undefined;

function cacheDir(): string | undefined {
  directory ??= { path: findCacheDir() };
  return directory.path;
}

function findCacheDir(): string | undefined {
  const base = process.env.XDG_CACHE_HOME || (process.env.HOME ? join(process.env.HOME, '.cache') : undefined);
  if (!base || !isAbsolute(base)) return undefined;
  const dir = join(base, 'update-secret');
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    return ownedPrivately(statSync(dir)) ? dir : undefined;
  } catch {
    return undefined;
  }
}

/** Whether a cache file or directory is this user's and closed to everyone else (else others could inject code). */
function ownedPrivately(stat: Stats): boolean {
  const uid = process.getuid?.();
  return (uid === undefined || stat.uid === uid) && (stat.mode & 0o077) === 0;
}

/** 64-bit FNV-1a: enough to name a cache file; loading node:crypto here would cost more than it saves. */
function fnv1a(text: string): string {
  let hash = 0xcbf29ce484222325n;
  for (let i = 0; i < text.length; i++) hash = BigInt.asUintN(64, (hash ^ BigInt(text.charCodeAt(i))) * 0x100000001b3n);
  return hash.toString(16).padStart(16, '0');
}

/** `<bundle>-<hash of its path>-`: the name every cache of one bundle file starts with. */
function cachePrefix(bundle: string): string {
  return `${basename(bundle, '.cjs')}-${fnv1a(bundle)}-`;
}

/** Where `bundle`'s cache lives in `dir`, and the prefix all its caches share. */
function cacheFile(dir: string, bundle: string): { file: string; prefix: string } {
  const stat = statSync(bundle);
  const key = [bundle, stat.size, stat.mtimeMs, stat.ino, process.version, process.arch].join('\0');
  const prefix = cachePrefix(bundle);
  return { file: join(dir, `${prefix}${fnv1a(key)}.v8`), prefix };
}

function readCache(file: string): Buffer | undefined {
  try {
    return ownedPrivately(statSync(file)) ? readFileSync(file) : undefined;
  } catch {
    return undefined;
  }
}

function writeCaches(): void {
  for (const { file, prefix, script } of pending) {
    const temp = `${file}.${process.pid}.tmp`;
    try {
      writeFileSync(temp, script.createCachedData(), { mode: 0o600, flag: 'wx' });
      renameSync(temp, file);
    } catch {
      removeQuietly(temp);
      continue;
    }
    const dir = dirname(file);
    try {
      for (const name of readdirSync(dir)) {
        if (name.startsWith(prefix) && name.endsWith('.v8') && name !== basename(file)) removeQuietly(join(dir, name));
      }
    } catch {
      // the old caches stay; they are only disk space
    }
  }
}

function removeQuietly(file: string): void {
  try {
    unlinkSync(file);
  } catch {
    // already gone, or never written
  }
}

/** `require` for a bundle: sibling bundles go through the cache too. */
function requireFor(bundle: string): NodeJS.Require {
  const native = createRequire(bundle);
  const custom = ((id: string) => {
    if (id.startsWith('./') && id.endsWith('.cjs')) return load(join(dirname(bundle), id));
    return native(id);
  }) as NodeJS.Require;
  return Object.assign(custom, { resolve: native.resolve, cache: native.cache, main: native.main, extensions: native.extensions });
}

export function load(bundle: string): Exports {
  const known = loaded.get(bundle);
  if (known) return known;
  const source = readFileSync(bundle, 'utf8');
  const dir = cacheDir();
  const cache = dir ? cacheFile(dir, bundle) : undefined;
  const cachedData = cache ? readCache(cache.file) : undefined;
  const script = new Script(wrap(source), { filename: bundle, ...(cachedData ? { cachedData } : {}) });
  if (cache && (!cachedData || script.cachedDataRejected)) pending.push({ ...cache, script });
  const module = { exports: {} as Exports };
  loaded.set(bundle, module.exports);
  const wrapper = script.runInThisContext() as (...args: unknown[]) => void;
  wrapper(module.exports, requireFor(bundle), module, bundle, dirname(bundle));
  loaded.set(bundle, module.exports);
  return module.exports;
}

/** Runs the CLI from dist/main.cjs and, when a cache was missing, writes it at exit. */
export function launch(argv: string[]): void {
  process.once('exit', writeCaches);
  const main = load(join(__dirname, 'main.cjs')) as { run(argv: string[]): Promise<void> };
  void main.run(argv);
}
