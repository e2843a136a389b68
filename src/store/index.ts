/**
 * The local secret store: an encrypted, versioned, persistent stand-in for
 * AWS Secrets Manager behind one call, `handle(operation, input)`, taking and
 * returning wire JSON. Semantics live in ops/ and the modules they name
 * (labels, retention, validate, arn, wire); storage in transaction,
 * version-files, revisions, lock, fsx, keyring and crypto.
 */
import { GeneralError, ServiceError } from '../errors.js';
import { Ctx, type StoreOptions } from './context.js';
import { Layout } from './layout.js';
import { createSecret } from './ops/create.js';
import { createKey, disableKey, enableKey, listKeys } from './ops/keys.js';
import { deleteSecret, restoreSecret } from './ops/lifecycle.js';
import { listSecrets } from './ops/list.js';
import { describeSecret, getSecretValue, listSecretVersionIds } from './ops/read.js';
import { updateSecretVersionStage } from './ops/stage.js';
import { tagResource, untagResource } from './ops/tags.js';
import { putSecretValue, updateSecret } from './ops/values.js';
import type { Input } from './validate.js';

export type { Clock, StoreOptions } from './context.js';
export { DamagedStoreError } from './errors.js';

export interface SecretStore {
  /**
   * One Secrets Manager JSON 1.1 call: `input` is the parsed request body, the
   * return value the response body, both exactly as on the wire. Throws ServiceError.
   */
  handle(operation: string, input: Record<string, unknown>): Promise<Record<string, unknown>>;
}

const operations: Record<string, (ctx: Ctx, input: Input) => Promise<Input>> = {
  UpdateSecret: updateSecret,
  CreateSecret: createSecret,
  GetSecretValue: getSecretValue,
  PutSecretValue: putSecretValue,
  DescribeSecret: describeSecret,
  ListSecrets: listSecrets,
  ListSecretVersionIds: listSecretVersionIds,
  UpdateSecretVersionStage: updateSecretVersionStage,
  DeleteSecret: deleteSecret,
  RestoreSecret: restoreSecret,
  TagResource: tagResource,
  UntagResource: untagResource,
  CreateKey: createKey,
  ListKeys: listKeys,
  DisableKey: disableKey,
  EnableKey: enableKey,
};

/** Cheap: touches no disk until the first operation, and reads create nothing. */
export function openStore(dir: string, options: StoreOptions): SecretStore {
  // Both become directory names.
  if (!/^[a-z0-9-]+$/.test(options.region)) throw new GeneralError(`Invalid region for the local store: ${options.region}`);
  const account = options.accountId ?? '123456789012';
  if (!/^\d{12}$/.test(account)) throw new GeneralError(`Invalid account id for the local store: ${account}`);
  const layout = new Layout(dir, account, options.region);
  const clock = options.clock ?? { now: () => Date.now() };
  return {
    async handle(operation, input) {
      const run = Object.hasOwn(operations, operation) ? operations[operation] : undefined;
      if (!run) {
        throw new ServiceError('UnknownOperationException', `The local secret store does not support the operation ${operation}.`);
      }
      return run(new Ctx(layout, options, Math.floor(clock.now())), input ?? {});
    },
  };
}
