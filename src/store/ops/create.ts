/**
 * CreateSecret (service-semantics §8): a new secret, optionally with its
 * first version; the same token and value again is an idempotent replay.
 */
import { randomBytes } from 'node:crypto';
import { checkName, newSecretArn } from '../arn.js';
import type { Ctx } from '../context.js';
import { encryptionKey, shownKeyId } from '../encryption.js';
import { serviceErrors } from '../errors.js';
import { promote } from '../labels.js';
import type { SecretMeta } from '../records.js';
import type { Input } from '../validate.js';
import { wire } from '../wire.js';
import { identity } from './common.js';
import { checkTags, mergeTags } from './tags.js';
import { checkRequest, replayOf, storeVersion } from './values.js';

export async function createSecret(ctx: Ctx, raw: Input): Promise<Input> {
  const { input, target: name, value, token } = checkRequest('CreateSecret', raw, (request) => {
    checkName(request.Name as string);
    return request.Name as string;
  });
  const tags = checkTags(input.Tags);
  const kmsKeyId = input.KmsKeyId as string | undefined;
  const shownKey = kmsKeyId ? shownKeyId(kmsKeyId, encryptionKey(ctx, kmsKeyId)) : undefined;
  const description = input.Description as string | undefined;

  const files = ctx.files(name);
  return files.transact((current, tx) => {
    if (current) {
      if (current.deletion !== undefined) throw serviceErrors.scheduledName();
      if (value && replayOf(ctx, files, current, token!, value)) return { result: { ...identity(current), VersionId: token } };
      throw serviceErrors.nameExists(name);
    }
    const meta: SecretMeta = {
      id: randomBytes(8).toString('hex'),
      name,
      arn: newSecretArn(ctx.secretArnPrefix, name),
      created: ctx.now,
      changed: ctx.now,
      versions: {},
      nextSeq: 0,
      count: 0,
      gc: { cursor: 0 },
    };
    if (description) meta.description = description;
    if (shownKey) meta.kmsKeyId = shownKey;
    if (tags && tags.length > 0) meta.tags = mergeTags([], tags);
    if (value) storeVersion(ctx, tx, meta, token!, value, (stages) => promote(stages, token!));
    return { result: wire({ ...identity(meta), VersionId: value ? token : undefined }), next: meta };
  }, true);
}
