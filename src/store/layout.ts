/**
 * Where everything lives. Secrets are regional and per account, like AWS:
 *
 *   <root>/<account>/<region>/
 *     keys/<rev>                 the key ring (revisions, see revisions.ts)
 *     tmp/                       temp files of key-ring writes
 *     secrets/<sha256(name)>/    one directory per secret name, found without a scan
 *       lock                     writer lock (lock.ts)
 *       meta/<rev>               the secret's metadata record (revisions)
 *       tmp/                     temp files of this secret's writes
 *       <incarnation>/           versions of one life of the name (a re-created
 *                                secret gets a new ARN and a new directory)
 *         v<seq>                 a version's encrypted value, written once
 *         d<sha256(versionId)>   marker making a deprecated version findable
 *         a<seq>                 the day the version was last read
 */
import path from 'node:path';
import { createHash } from 'node:crypto';

const hash = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

export class Layout {
  readonly regionDir: string;
  readonly keysDir: string;
  readonly keysTempDir: string;
  readonly secretsDir: string;

  constructor(
    root: string,
    readonly account: string,
    readonly region: string,
  ) {
    this.regionDir = path.join(path.resolve(root), account, region);
    this.keysDir = path.join(this.regionDir, 'keys');
    this.keysTempDir = path.join(this.regionDir, 'tmp');
    this.secretsDir = path.join(this.regionDir, 'secrets');
  }

  secret(name: string): SecretPaths {
    return this.secretDir(hash(name).slice(0, 40));
  }

  /** The paths of the secret kept in directory `dir` of secrets/. */
  secretDir(dir: string): SecretPaths {
    return new SecretPaths(path.join(this.secretsDir, dir));
  }
}

export class SecretPaths {
  readonly metaDir: string;
  readonly tempDir: string;
  readonly lockFile: string;

  constructor(readonly dir: string) {
    this.metaDir = path.join(dir, 'meta');
    this.tempDir = path.join(dir, 'tmp');
    this.lockFile = path.join(dir, 'lock');
  }

  versionsDir(incarnation: string): string {
    return path.join(this.dir, incarnation);
  }

  valueFile(incarnation: string, seq: number): string {
    return path.join(this.dir, incarnation, `v${seq}`);
  }

  markerFile(incarnation: string, versionId: string): string {
    return path.join(this.dir, incarnation, `d${hash(versionId)}`);
  }

  accessFile(incarnation: string, seq: number): string {
    return path.join(this.dir, incarnation, `a${seq}`);
  }
}
