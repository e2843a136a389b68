/** Python's `os.path.expanduser` and `os.path.expandvars`, over a given environment. */
import { lazyRequire } from '../builtins.js';

const os = (): typeof import('node:os') => lazyRequire('node:os');

export type Env = Readonly<Record<string, string | undefined>>;

export function expandUser(path: string, env: Env): string {
  if (!path.startsWith('~')) return path;
  const slash = path.indexOf('/');
  const user = path.slice(1, slash < 0 ? undefined : slash);
  let home: string | undefined;
  if (user === '') home = env.HOME ?? os().homedir();
  else if (user === os().userInfo().username) home = os().userInfo().homedir;
  if (home === undefined) return path;
  const rest = slash < 0 ? '' : path.slice(slash);
  return home.replace(/\/+$/, '') + rest || '/';
}

export function expandVars(path: string, env: Env): string {
  if (!path.includes('$')) return path;
  return path.replace(/\$(\w+|\{([^}]*)\})/g, (whole, name: string, braced: string | undefined) => {
    const value = env[braced ?? name];
    return value === undefined ? whole : value;
  });
}
