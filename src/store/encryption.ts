/**
 * Secret values under envelope encryption with the key ring (service-semantics
 * §7): which key encrypts, sealing a new version, opening a stored one, and
 * re-wrapping a data key under another key without touching its ciphertext.
 */
import { newDataKey, seal, unseal } from './crypto.js';
import type { Ctx } from './context.js';
import { DamagedStoreError, serviceErrors } from './errors.js';
import { DEFAULT_ALIAS, type KeyEntry } from './keyring.js';
import type { SecretMeta, ValueFile, Wrap } from './records.js';
import type { VersionInfo } from './version-files.js';

export interface SecretValue {
  kind: 'string' | 'binary';
  bytes: Buffer;
}

/** The value a request carries, if any (validation has already checked it). */
export function valueOf(input: Record<string, unknown>): SecretValue | undefined {
  if (typeof input.SecretString === 'string') return { kind: 'string', bytes: Buffer.from(input.SecretString, 'utf8') };
  if (typeof input.SecretBinary === 'string') return { kind: 'binary', bytes: Buffer.from(input.SecretBinary, 'base64') };
  return undefined;
}

export const sameValue = (a: SecretValue, b: SecretValue): boolean => a.kind === b.kind && a.bytes.equals(b.bytes);

/** The key a KmsKeyId names for encrypting; absent or "" is the AWS managed key. */
export function encryptionKey(ctx: Ctx, ref: string | undefined): KeyEntry {
  const key = ref ? ctx.keys.resolve(ref) : ctx.keys.defaultKey();
  if (!key) throw serviceErrors.keyNotFoundForEncryption(ref!);
  if (key.state !== 'Enabled') throw serviceErrors.keyDisabledForEncryption(key.arn);
  return key;
}

/** The secret's KmsKeyId as DescribeSecret shows it: absent for the AWS managed key. */
export function shownKeyId(ref: string, key: KeyEntry): string | undefined {
  return key.aliases.includes(DEFAULT_ALIAS) ? undefined : ref;
}

/** `KmsKeyIds` of ListSecretVersionIds. */
export function kmsKeyIds(ctx: Ctx, keyId: string): string[] {
  const key = ctx.keys.find(keyId);
  return [!key || key.aliases.includes(DEFAULT_ALIAS) ? 'DefaultEncryptionKey' : key.arn];
}

const valueAad = (arn: string, vid: string, kind: string) => `${arn}|${vid}|${kind}`;

function wrapKey(ctx: Ctx, key: KeyEntry, dataKey: Buffer): Wrap {
  return { key: key.id, ...seal(ctx.keys.material(key), dataKey, key.id) };
}

export function sealVersion(ctx: Ctx, meta: SecretMeta, vid: string, value: SecretValue, key: KeyEntry): Omit<ValueFile, 'seq'> {
  const dataKey = newDataKey();
  return {
    vid,
    created: ctx.now,
    kind: value.kind,
    wrap: wrapKey(ctx, key, dataKey),
    value: seal(dataKey, value.bytes, valueAad(meta.arn, vid, value.kind)),
  };
}

function openDataKey(ctx: Ctx, wrap: Wrap, file: string): Buffer {
  const key = ctx.keys.find(wrap.key);
  if (!key) throw new DamagedStoreError(file, `its key ${wrap.key} is not in the key ring`);
  if (key.state !== 'Enabled') throw serviceErrors.keyDisabledForDecryption(key.arn);
  const dataKey = unseal(ctx.keys.material(key), wrap, key.id);
  if (!dataKey) throw serviceErrors.authenticationFailed(file);
  return dataKey;
}

/** The wrapped data key in force: the metadata's re-wrap, else the value file's own. */
export const wrapOf = (version: VersionInfo, file: ValueFile): Wrap => version.wrap ?? file.wrap;

export function openVersion(ctx: Ctx, meta: SecretMeta, version: VersionInfo, file: ValueFile, path: string): SecretValue {
  const dataKey = openDataKey(ctx, wrapOf(version, file), path);
  const bytes = unseal(dataKey, file.value, valueAad(meta.arn, version.vid, file.kind));
  if (!bytes) throw serviceErrors.authenticationFailed(path);
  return { kind: file.kind, bytes };
}

/** The version's data key wrapped under `key`; the ciphertext is untouched. */
export function rewrap(ctx: Ctx, version: VersionInfo, file: ValueFile, key: KeyEntry, path: string): Wrap {
  return wrapKey(ctx, key, openDataKey(ctx, wrapOf(version, file), path));
}
