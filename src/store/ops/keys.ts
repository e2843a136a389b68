/**
 * The local key ring's operations, shaped like KMS's (src/api/local-model.json):
 * CreateKey, ListKeys, DisableKey and EnableKey.
 */
import type { Ctx } from '../context.js';
import { serviceErrors } from '../errors.js';
import type { KeyEntry, KeyState, KeyTag } from '../keyring.js';
import { paginate } from '../pagination.js';
import { validateInput, type Input } from '../validate.js';
import { seconds, wire } from '../wire.js';

const ALIAS = /^alias\/[A-Za-z0-9:/_-]+$/;

export async function createKey(ctx: Ctx, raw: Input): Promise<Input> {
  const input = validateInput('CreateKey', raw);
  const alias = input.Alias as string | undefined;
  if (alias !== undefined && (!ALIAS.test(alias) || alias.startsWith('alias/aws/'))) throw serviceErrors.kmsAliasInvalid();
  const entry = ctx.keys.create({
    description: (input.Description as string | undefined) ?? '',
    alias,
    tags: (input.Tags as KeyTag[] | undefined) ?? [],
  });
  if (!entry) throw serviceErrors.kmsAliasExists(ctx.keys.aliasArn(alias!));
  return { KeyMetadata: keyMetadata(ctx, entry) };
}

export async function listKeys(ctx: Ctx, raw: Input): Promise<Input> {
  const input = validateInput('ListKeys', raw);
  const { page, nextToken } = paginate([...ctx.keys.keys()], input.Limit, input.Marker, serviceErrors.kmsInvalidMarker);
  return wire({
    Keys: page.map((k) => ({ KeyId: k.id, KeyArn: k.arn })),
    NextMarker: nextToken,
    Truncated: nextToken !== undefined,
  });
}

export const disableKey = (ctx: Ctx, raw: Input) => setState(ctx, 'DisableKey', raw, 'Disabled');
export const enableKey = (ctx: Ctx, raw: Input) => setState(ctx, 'EnableKey', raw, 'Enabled');

async function setState(ctx: Ctx, operation: string, raw: Input, state: KeyState): Promise<Input> {
  const input = validateInput(operation, raw);
  const ref = input.KeyId as string;
  const entry = ctx.keys.find(ref);
  if (!entry) {
    const named = ctx.keys.parseRef(ref);
    if ('alias' in named) throw serviceErrors.kmsAliasNotFound(ctx.keys.aliasArn(named.alias));
    throw serviceErrors.kmsKeyNotFound(`${ctx.keys.arnPrefix}key/${named.id}`);
  }
  // KMS: "You cannot enable or disable AWS managed keys."
  if (entry.managed) throw serviceErrors.kmsManagedKey();
  if (entry.state !== state) ctx.keys.setState(entry.id, state);
  return {};
}

function keyMetadata(ctx: Ctx, key: KeyEntry): Input {
  return {
    AWSAccountId: ctx.account,
    KeyId: key.id,
    Arn: key.arn,
    CreationDate: seconds(key.created),
    Enabled: key.state === 'Enabled',
    Description: key.description,
    KeyUsage: 'ENCRYPT_DECRYPT',
    KeyState: key.state,
    Origin: 'AWS_KMS',
    KeyManager: key.managed ? 'AWS' : 'CUSTOMER',
    KeySpec: 'SYMMETRIC_DEFAULT',
    EncryptionAlgorithms: ['SYMMETRIC_DEFAULT'],
    MultiRegion: false,
    Aliases: [...key.aliases],
  };
}
