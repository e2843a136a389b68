/**
 * What every operation needs: the store's identity (region, account), one
 * instant for the whole call, and access to files and keys.
 */
import fs from 'node:fs';
import { partitionOf } from './arn.js';
import { errorCode } from './fsx.js';
import { KeyRing } from './keyring.js';
import type { Layout } from './layout.js';
import type { SecretMeta } from './records.js';
import { SecretFiles } from './transaction.js';

export interface Clock {
  now(): number;
}

export interface StoreOptions {
  /** Shapes ARNs; secrets are regional, as in AWS. */
  region: string;
  /** Default '123456789012'. */
  accountId?: string;
  /** Default Date.now; tests move it. */
  clock?: Clock;
  /** A hard cap on versions per secret; none by default (DESIGN §5). */
  maxVersionsPerSecret?: number;
}

export class Ctx {
  readonly account: string;
  /** `arn:<partition>:secretsmanager:<region>:<account>:secret:` */
  readonly secretArnPrefix: string;
  readonly maxVersions: number | undefined;
  readonly keys: KeyRing;

  constructor(
    readonly layout: Layout,
    options: StoreOptions,
    /** The instant of this call, in ms since the epoch. */
    readonly now: number,
  ) {
    const { account, region } = layout;
    const partition = partitionOf(region);
    this.account = account;
    this.secretArnPrefix = `arn:${partition}:secretsmanager:${region}:${account}:secret:`;
    this.maxVersions = options.maxVersionsPerSecret;
    this.keys = new KeyRing(layout, `arn:${partition}:kms:${region}:${account}:`, () => now);
  }

  /** A secret whose scheduled deletion has taken effect no longer exists. */
  readonly isGone = (meta: SecretMeta): boolean => meta.deletion !== undefined && meta.deletion <= this.now;

  files(name: string): SecretFiles {
    return new SecretFiles(this.layout.secret(name), this.isGone);
  }

  /** Every secret of this region: for ListSecrets, the one operation that scans. */
  allSecrets(): SecretMeta[] {
    let dirs: string[];
    try {
      dirs = fs.readdirSync(this.layout.secretsDir);
    } catch (error) {
      if (errorCode(error) === 'ENOENT') return [];
      throw error;
    }
    return dirs
      .map((dir) => new SecretFiles(this.layout.secretDir(dir), this.isGone).read().secret)
      .filter((meta): meta is SecretMeta => meta !== undefined && !this.isGone(meta));
  }
}
