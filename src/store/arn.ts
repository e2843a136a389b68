/**
 * Secret names and ARNs, and how a SecretId names a secret (service-semantics §3).
 */
import { randomInt } from 'node:crypto';
import { serviceErrors } from './errors.js';

/** DESIGN §5: the documented characters only (`!` is rejected although AWS's message lists it). */
const NAME = /^[A-Za-z0-9/_+=.@-]+$/;
const SUFFIX_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

export function partitionOf(region: string): string {
  if (region.startsWith('cn-')) return 'aws-cn';
  if (region.startsWith('us-gov-')) return 'aws-us-gov';
  if (region.startsWith('us-isob-')) return 'aws-iso-b';
  if (region.startsWith('us-iso-')) return 'aws-iso';
  return 'aws';
}

export function checkName(name: string): void {
  if (!NAME.test(name)) throw serviceErrors.invalidName();
}

export function newSecretArn(prefix: string, name: string): string {
  let suffix = '';
  for (let i = 0; i < 6; i++) suffix += SUFFIX_ALPHABET[randomInt(SUFFIX_ALPHABET.length)];
  return `${prefix}${name}-${suffix}`;
}

/** A secret named by a SecretId: by name, or exactly this ARN when `arn` is set. */
export interface Target {
  name: string;
  arn?: string;
}

/**
 * Parses a SecretId against `prefix` (`arn:<partition>:secretsmanager:<region>:<account>:secret:`).
 * Undefined when it is an ARN of another region, account or service: such a
 * secret is not in this store. A trailing `-` + 6 alphanumerics makes a full
 * ARN, matched exactly, never by name (a partial ARN of a name that ends so
 * is not found, as in AWS).
 */
export function parseSecretId(prefix: string, secretId: string): Target | undefined {
  if (!secretId.startsWith('arn:')) {
    checkName(secretId);
    return { name: secretId };
  }
  if (!secretId.startsWith(prefix)) return undefined;
  const rest = secretId.slice(prefix.length);
  const full = /^(.+)-[A-Za-z0-9]{6}$/.exec(rest);
  return full ? { name: full[1]!, arn: secretId } : { name: rest };
}
