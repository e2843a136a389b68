/** What every command runs with: the process's streams and environment, and its resolved settings. */
import type { GlobalArgs } from '../cli/globals.js';
import type { Env } from '../config/paths.js';
import type { SharedConfig } from '../config/profiles.js';
import type { Settings } from '../config/settings.js';
import type { DebugLog } from '../debug.js';
import type { Query } from '../query/index.js';

export interface Sink {
  write(text: string): void;
  /**
   * Set once colorama would have wrapped this stream (table colour on): from
   * then on aws-cli's output carries a reset after every write call.
   */
  autoreset?: boolean;
  readonly isTTY: boolean;
  /** Terminal width, when a TTY reports one. */
  readonly columns?: number;
}

export interface Io {
  readonly env: Env;
  readonly cwd: string;
  readonly stdout: Sink;
  readonly stderr: Sink;
  readonly stdin: NodeJS.ReadableStream & { isTTY?: boolean };
}

export interface Context {
  readonly io: Io;
  readonly globals: GlobalArgs;
  readonly config: SharedConfig;
  readonly settings: Settings;
  readonly debug: DebugLog;
  /** The compiled --query, when one was given. */
  readonly query: Query | undefined;
}
