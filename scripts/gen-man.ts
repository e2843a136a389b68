/**
 * Writes man/*.1 from the option declarations (src/help/man/). The build
 * bundles this file with esbuild and calls `writeManPages`, so the pages
 * can never disagree with the parser.
 */
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { MAN_PAGES } from '../src/help/man/index.js';

/** The page date: SOURCE_DATE_EPOCH for reproducible builds, else today (UTC). */
export function pageDate(env: NodeJS.ProcessEnv = process.env): string {
  const epoch = Number(env.SOURCE_DATE_EPOCH);
  const date = Number.isFinite(epoch) && env.SOURCE_DATE_EPOCH ? new Date(epoch * 1000) : new Date();
  return date.toISOString().slice(0, 10);
}

/** Renders every page into `dir`; each file is replaced atomically. Returns the paths written. */
export function writeManPages(dir: string, date = pageDate()): string[] {
  mkdirSync(dir, { recursive: true });
  return MAN_PAGES.map(({ file, render }) => {
    const path = join(dir, file);
    const temp = `${path}.${process.pid}.tmp`;
    writeFileSync(temp, render(date));
    renameSync(temp, path);
    return path;
  });
}
