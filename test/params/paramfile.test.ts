/**
 * file:// and fileb:// parameter values (aws-cli's paramfile.py). The error
 * texts were checked against aws-cli 2.9.19 (awscli-behavior.md §5.1).
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadParamFile, osErrorText, ParamFileError } from '../../src/params/paramfile.js';
import { failure as fail } from '../support/failure.js';

function workdir(files: Record<string, string | Buffer> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'paramfile-test-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return dir;
}

function load(value: string, files: Record<string, string | Buffer> = {}, env: Record<string, string> = {}) {
  const cwd = workdir(files);
  return loadParamFile(value, { cwd, env: { HOME: cwd, ...env } });
}

const failure = (run: () => unknown): string => fail(run, ParamFileError).message;

describe('loadParamFile', () => {
  it('names no file for values without a prefix, or with another case or scheme', () => {
    for (const value of ['plain', 'FILE://x', 'File://x', 'http://x', 'https://x', ' file://x', 'file:/x', '']) {
      expect(load(value)).toBeUndefined();
    }
  });

  it('reads file:// as UTF-8 text, keeping the trailing newline', () => {
    expect(load('file://s.txt', { 's.txt': 'café 秘密\n' })).toBe('café 秘密\n');
  });

  it('turns CRLF and lone CR into LF (universal newlines)', () => {
    expect(load('file://s.txt', { 's.txt': 'a\r\nb\rc\n\r\n' })).toBe('a\nb\nc\n\n');
  });

  it('keeps a UTF-8 byte-order mark as U+FEFF', () => {
    expect(load('file://bom.txt', { 'bom.txt': Buffer.from('\ufeffvalue', 'utf8') })).toBe('\ufeffvalue');
  });

  it('reads an empty file as the empty string', () => {
    expect(load('file://empty', { empty: '' })).toBe('');
  });

  it('reads fileb:// as raw bytes, CR and BOM included', () => {
    const data = Buffer.from([0xef, 0xbb, 0xbf, 0x0d, 0x0a, 0x00, 0xff]);
    expect(load('fileb://b.bin', { 'b.bin': data })).toEqual(new Uint8Array(data));
  });

  it('resolves a relative path against the working directory', () => {
    expect(load('file://sub/dir/x', { 'sub/dir/x': 'deep' })).toBe('deep');
  });

  it('reads an absolute path', () => {
    const dir = workdir({ abs: 'absolute' });
    expect(loadParamFile(`file://${dir}/abs`, { cwd: '/', env: {} })).toBe('absolute');
  });

  it('expands ~ to HOME and $VAR / ${VAR} from the environment', () => {
    const cwd = workdir({ 'h/x.txt': 'from home', 'v/y.txt': 'from var' });
    const env = { HOME: join(cwd, 'h'), D: 'v' };
    expect(loadParamFile('file://~/x.txt', { cwd, env })).toBe('from home');
    expect(loadParamFile('file://$D/y.txt', { cwd, env })).toBe('from var');
    expect(loadParamFile('file://${D}/y.txt', { cwd, env })).toBe('from var');
  });

  // paramfile.py: os.path.expandvars(os.path.expanduser(path)), ~ first. A
  // variable whose value starts with ~ is therefore not expanded further:
  // aws-cli 2.9.19 with V='~/sub' and `file://$V/f` reads ./~/sub/f (and
  // reports "No such file or directory: '~/sub/missing'"). We expand $V
  // first and then the ~, reading $HOME/sub/f instead.
  it('expands ~ before $VAR, as aws-cli does', () => {
    const cwd = workdir({ 'home/sub/f': 'home', '~/sub/f': 'literal' });
    expect(loadParamFile('file://$V/f', { cwd, env: { HOME: join(cwd, 'home'), V: '~/sub' } })).toBe('literal');
  });

  it('reports a missing file with errno 2, quoting the argument and the expanded path', () => {
    expect(failure(() => load('file://missing.txt'))).toBe(
      "Unable to load paramfile file://missing.txt: [Errno 2] No such file or directory: 'missing.txt'",
    );
    const cwd = workdir();
    expect(failure(() => loadParamFile('file://~/nope', { cwd, env: { HOME: '/no/such/home' } }))).toBe(
      "Unable to load paramfile file://~/nope: [Errno 2] No such file or directory: '/no/such/home/nope'",
    );
  });

  it('reports file:// with no path as a missing file named \'\'', () => {
    expect(failure(() => load('file://'))).toBe("Unable to load paramfile file://: [Errno 2] No such file or directory: ''");
    expect(failure(() => load('fileb://'))).toBe("Unable to load paramfile fileb://: [Errno 2] No such file or directory: ''");
  });

  it('reports a directory with errno 21', () => {
    expect(failure(() => load('file://.'))).toBe("Unable to load paramfile file://.: [Errno 21] Is a directory: '.'");
    expect(failure(() => load('fileb://d', { 'd/x': '' }))).toBe("Unable to load paramfile fileb://d: [Errno 21] Is a directory: 'd'");
  });

  it('reports a path through a regular file with errno 20', () => {
    expect(failure(() => load('file://f/x', { f: '' }))).toBe("Unable to load paramfile file://f/x: [Errno 20] Not a directory: 'f/x'");
  });

  it('quotes the path in the errno text as Python repr does', () => {
    expect(failure(() => load("file://it's"))).toBe(`Unable to load paramfile file://it's: [Errno 2] No such file or directory: "it's"`);
  });

  it('reports text that is not UTF-8 with the expanded path and two spaces after "decoded."', () => {
    expect(failure(() => load('file://latin1.bin', { 'latin1.bin': Buffer.from([0x63, 0x61, 0x66, 0xe9]) }))).toBe(
      'Unable to load paramfile (latin1.bin), text contents could not be decoded.  ' +
        'If this is a binary file, please use the fileb:// prefix instead of the file:// prefix.',
    );
  });

  it('reads the same undecodable bytes through fileb://', () => {
    expect(load('fileb://latin1.bin', { 'latin1.bin': Buffer.from([0xe9]) })).toEqual(new Uint8Array([0xe9]));
  });
});

describe('osErrorText', () => {
  it.each([
    ['ENOENT', 2, 'No such file or directory'],
    ['EACCES', 13, 'Permission denied'],
    ['EISDIR', 21, 'Is a directory'],
    ['ENOTDIR', 20, 'Not a directory'],
    ['ELOOP', 40, 'Too many levels of symbolic links'],
    ['ENAMETOOLONG', 36, 'File name too long'],
    ['EMFILE', 24, 'Too many open files'],
    ['ENXIO', 6, 'No such device or address'],
    ['EIO', 5, 'Input/output error'],
    ['EPERM', 1, 'Operation not permitted'],
  ])('prints %s as Python prints OSError: [Errno %d] %s', (code, errno, text) => {
    expect(osErrorText(Object.assign(new Error('x'), { code }), 'p')).toBe(`[Errno ${errno}] ${text}: 'p'`);
  });
});
