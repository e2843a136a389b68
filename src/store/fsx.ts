/**
 * Durable file primitives. Every published file is written to a temp file,
 * flushed, then moved into place by rename (replace) or link (create only,
 * which fails with EEXIST and so doubles as compare-and-swap). Directories are
 * flushed after entries change, so an acknowledged write survives a crash.
 */
import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { DamagedStoreError } from './errors.js';

export const FILE_MODE = 0o600;
const DIR_MODE = 0o700;

export function errorCode(error: unknown): string | undefined {
  return (error as NodeJS.ErrnoException | undefined)?.code;
}

/** Temp names carry the writer's pid so leftovers of dead writers can be recognised. */
const tempName = () => `.tmp-${process.pid}-${randomBytes(6).toString('hex')}`;

function writeTemp(tempDir: string, data: string): string {
  const file = path.join(tempDir, tempName());
  const fd = fs.openSync(file, 'wx', FILE_MODE);
  try {
    fs.writeSync(fd, data);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  return file;
}

/** Publishes `data` at `target` only if nothing is there yet; false when something is. */
export function publishNew(tempDir: string, target: string, data: string): boolean {
  return linkNew(writeTemp(tempDir, data), target);
}

/**
 * Links the written file `temp` at `target` if nothing is there yet (false
 * when something is), and removes `temp` either way.
 */
export function linkNew(temp: string, target: string): boolean {
  try {
    fs.linkSync(temp, target);
    return true;
  } catch (error) {
    if (errorCode(error) === 'EEXIST') return false;
    throw error;
  } finally {
    unlinkQuietly(temp);
  }
}

/** Atomically replaces `target` with `data`. */
export function publish(tempDir: string, target: string, data: string): void {
  const temp = writeTemp(tempDir, data);
  try {
    fs.renameSync(temp, target);
  } catch (error) {
    unlinkQuietly(temp);
    throw error;
  }
}

/** Removes one file if it exists (cheaper than rmSync, which loads Node's rimraf). */
export function unlinkQuietly(file: string): void {
  try {
    fs.unlinkSync(file);
  } catch (error) {
    if (errorCode(error) !== 'ENOENT') throw error;
  }
}

export function syncDir(dir: string): void {
  const fd = fs.openSync(dir, 'r');
  try {
    fs.fsyncSync(fd);
  } catch (error) {
    // Some file systems cannot flush a directory; their renames are then as durable as they get.
    if (errorCode(error) !== 'EINVAL') throw error;
  } finally {
    fs.closeSync(fd);
  }
}

/** mkdir -p with mode 0700, flushing each parent that gains an entry. */
export function ensureDir(dir: string): void {
  if (fs.existsSync(dir)) return;
  const parent = path.dirname(dir);
  ensureDir(parent);
  try {
    fs.mkdirSync(dir, { mode: DIR_MODE });
  } catch (error) {
    if (errorCode(error) === 'EEXIST') return;
    throw error;
  }
  syncDir(parent);
}

export function removeQuietly(file: string): void {
  try {
    fs.unlinkSync(file);
  } catch (error) {
    const code = errorCode(error);
    if (code === 'ENOENT') return;
    // A directory: only then pay for rmSync (it loads Node's rimraf).
    if (code === 'EISDIR' || code === 'EPERM') fs.rmSync(file, { force: true, recursive: true });
    else throw error;
  }
}

/**
 * Reads a store file; undefined when it does not exist. With `privateOnly`, a
 * file that group or others may read is refused, as ssh refuses such a key.
 */
export function readStoreFile(file: string, privateOnly = false): string | undefined {
  let fd: number;
  try {
    fd = fs.openSync(file, 'r');
  } catch (error) {
    const code = errorCode(error);
    if (code === 'ENOENT') return undefined;
    throw new DamagedStoreError(file, `it cannot be read (${code ?? String(error)})`);
  }
  try {
    const mode = fs.fstatSync(fd).mode & 0o777;
    if (privateOnly && (mode & 0o077) !== 0) {
      throw new DamagedStoreError(
        file,
        `its permissions are ${mode.toString(8).padStart(4, '0')} but it must be readable by its owner only (chmod 600)`,
      );
    }
    return fs.readFileSync(fd, 'utf8');
  } catch (error) {
    if (error instanceof DamagedStoreError) throw error;
    throw new DamagedStoreError(file, `it cannot be read (${errorCode(error) ?? String(error)})`);
  } finally {
    fs.closeSync(fd);
  }
}

export function parseStoreJson(file: string, text: string): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new DamagedStoreError(file, 'it is not valid JSON (truncated or overwritten?)');
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new DamagedStoreError(file, 'it does not hold a JSON object');
  }
  return value as Record<string, unknown>;
}

export function readStoreJson(file: string, privateOnly = false): Record<string, unknown> | undefined {
  const text = readStoreFile(file, privateOnly);
  return text === undefined ? undefined : parseStoreJson(file, text);
}

/** Removes temp files left behind by writers that are no longer running. */
export function removeDeadTemps(tempDir: string): void {
  let names: string[];
  try {
    names = fs.readdirSync(tempDir);
  } catch {
    return;
  }
  for (const name of names) {
    const pid = Number(/^\.tmp-(\d+)-/.exec(name)?.[1]);
    if (pid && !processAlive(pid)) removeQuietly(path.join(tempDir, name));
  }
}

export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return errorCode(error) === 'EPERM';
  }
}
