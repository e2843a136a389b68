/**
 * os.path.expanduser and os.path.expandvars over a given environment
 * (expected values from Python 3.11's posixpath).
 */
import { userInfo } from 'node:os';
import { describe, expect, it } from 'vitest';
import { expandUser, expandVars } from '../../src/config/paths.js';

describe('expandUser', () => {
  const env = { HOME: '/home/u/' };

  it.each([
    ['~/x', '/home/u/x'],
    ['~', '/home/u'],
    ['~x/y', '~x/y'],
    ['a/~', 'a/~'],
    ['x~/y', 'x~/y'],
    ['', ''],
  ])('expands %j to %j', (path, expected) => {
    expect(expandUser(path, env)).toBe(expected);
  });

  it("expands ~user for the current user to that user's home", () => {
    expect(expandUser(`~${userInfo().username}/z`, {})).toBe(`${userInfo().homedir.replace(/\/+$/, '')}/z`);
  });

  it('reads the home from the given environment, not the process', () => {
    expect(expandUser('~/.aws/config', { HOME: '/elsewhere' })).toBe('/elsewhere/.aws/config');
  });

  it('turns a bare ~ into / when HOME is /', () => {
    expect(expandUser('~', { HOME: '/' })).toBe('/');
  });

  // posixpath.expanduser: userhome.rstrip('/') + path[1:] or '/', so with
  // HOME=/ '~/x' is '/x'. We give '//x' (the same file, but printed in
  // messages such as "Unable to parse config file: //.aws/config").
  it('expands ~/x to /x when HOME is /', () => {
    expect(expandUser('~/x', { HOME: '/' })).toBe('/x');
  });
});

describe('expandVars', () => {
  const env = { V: 'val', EMPTY: '' };

  it.each([
    ['$V/x', 'val/x'],
    ['${V}/x', 'val/x'],
    ['$NOPE/x', '$NOPE/x'],
    ['${}', '${}'],
    ['$', '$'],
    ['a$V$V', 'avalval'],
    ['${V', '${V'],
    ['$V_x', '$V_x'],
    ['$Vé', 'valé'],
    ['$$V', '$val'],
    ['$EMPTY/x', '/x'],
    ['no dollar', 'no dollar'],
  ])('expands %j to %j as posixpath.expandvars does', (path, expected) => {
    expect(expandVars(path, env)).toBe(expected);
  });

  it('does not expand a value a second time', () => {
    expect(expandVars('$A', { A: '$V', V: 'no' })).toBe('$V');
  });
});
