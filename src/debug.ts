/**
 * `--debug`: a log of the invocation on standard error, laid out like
 * aws-cli's (`2026-11-22 09:41:51,123 - MainThread - <logger> - DEBUG - ...`)
 * so the two read alike. Unlike aws-cli, secret values never appear in it:
 * callers pass redacted renderings (see `redact` in params/redact.ts).
 */

export interface DebugLog {
  readonly enabled: boolean;
  log(logger: string, message: string, level?: 'DEBUG' | 'INFO' | 'WARNING'): void;
}

export const SILENT: DebugLog = { enabled: false, log() {} };

function timestamp(now: Date): string {
  const p = (n: number, w = 2): string => String(n).padStart(w, '0');
  return (
    `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())} ` +
    `${p(now.getHours())}:${p(now.getMinutes())}:${p(now.getSeconds())},${p(now.getMilliseconds(), 3)}`
  );
}

export function debugLog(write: (text: string) => void): DebugLog {
  return {
    enabled: true,
    log(logger, message, level = 'DEBUG') {
      write(`${timestamp(new Date())} - MainThread - ${logger} - ${level} - ${message}\n`);
    },
  };
}
