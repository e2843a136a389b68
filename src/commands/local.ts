/**
 * `update-secret local <operation>`: the companion operations for the local
 * store, with aws-cli's names, options and output. Each is one more
 * operation shape through the same pipeline.
 */
import { MEMBER_DOCS, OPERATION_DOCS } from '../api/docs.js';
import { keyRingShapes, secretsManagerShapes, type ShapeResolver } from '../api/shapes.js';
import { xformName } from '../api/names.js';
import { invalidChoice } from '../cli/argparse.js';
import { operationOptions } from '../cli/operation-options.js';
import { UsageError } from '../errors.js';
import type { Context } from './context.js';
import type { OperationCommand } from './pipeline.js';

export const LOCAL_OPERATIONS: readonly string[] = [
  'CreateSecret',
  'GetSecretValue',
  'PutSecretValue',
  'DescribeSecret',
  'ListSecrets',
  'ListSecretVersionIds',
  'UpdateSecretVersionStage',
  'DeleteSecret',
  'RestoreSecret',
  'TagResource',
  'UntagResource',
];

function localCommand(resolver: ShapeResolver, operation: string): OperationCommand {
  return {
    operation,
    resolver,
    options: operationOptions(resolver, operation, MEMBER_DOCS[operation]),
    localOnly: true,
    help: async (context) => (await import('../help/show.js')).showHelp(context, `update-secret-local-${xformName(operation)}`),
  };
}

export const KEY_RING_OPERATIONS: readonly string[] = ['CreateKey', 'ListKeys', 'DisableKey', 'EnableKey'];

const shapesOf = (operation: string): ShapeResolver => (KEY_RING_OPERATIONS.includes(operation) ? keyRingShapes : secretsManagerShapes);

export function localCommands(): Map<string, OperationCommand> {
  return new Map(localOperations().map(({ name, operation }) => [name, localCommand(shapesOf(operation), operation)]));
}

/** The companion command called `name` (`get-secret-value`), built alone: an invocation needs only its own. */
export function findLocalCommand(name: string): OperationCommand | undefined {
  const operation = localOperations().find((op) => op.name === name)?.operation;
  return operation === undefined ? undefined : localCommand(shapesOf(operation), operation);
}

/** The companion operations as help, the man page and completion list them: command name, operation and one-line summary. */
export function localOperations(): { name: string; operation: string; summary: string }[] {
  return [...LOCAL_OPERATIONS, ...KEY_RING_OPERATIONS].map((operation) => ({
    name: xformName(operation),
    operation,
    summary: OPERATION_DOCS[operation]?.summary ?? operation,
  }));
}

/** The companion command named first in `args`, or the exit code of `local help`. */
export async function resolveLocal(
  args: readonly string[],
  context: Context,
): Promise<{ command: OperationCommand; args: readonly string[] } | number> {
  const [name, ...rest] = args;
  if (name === undefined) throw new UsageError('the following arguments are required: operation');
  if (name === 'help') return (await import('../help/show.js')).showHelp(context, 'update-secret-local');
  const command = findLocalCommand(name);
  if (!command) throw invalidChoice('operation', name, localOperations().map((op) => op.name));
  return { command, args: rest };
}
