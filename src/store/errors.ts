/**
 * The failures the store raises: service errors with AWS's codes and texts
 * (one constructor per message, so each text lives in one place),
 * `DamagedStoreError` for a store file that cannot be trusted, and
 * `UnconfirmedCommitError` for a change whose fate cannot be told; the CLI
 * reports the last two as plain messages with exit code 255.
 */
import { GeneralError, ServiceError } from '../errors.js';

export class DamagedStoreError extends GeneralError {
  constructor(
    readonly file: string,
    reason: string,
  ) {
    super(`The local secret store file ${file} is damaged: ${reason}. Other secrets are not affected.`);
  }
}

/**
 * A commit that found itself overtaken by several newer revisions at once,
 * so that whether it took effect cannot be told (see revisions.ts).
 */
export class UnconfirmedCommitError extends GeneralError {
  constructor(readonly dir: string) {
    super(
      `The local secret store could not confirm a change in ${dir}: other writers committed several changes at the same time. ` +
        'The change may or may not have been applied; read the current state before repeating it.',
    );
  }
}

const fail = (code: string, message: string) => new ServiceError(code, message, 400);

export const serviceErrors = {
  validation: (message: string) => fail('ValidationException', message),
  serialization: (message: string) => fail('SerializationException', message),
  invalidName: () =>
    fail(
      'ValidationException',
      'Invalid name. Must be a valid name containing alphanumeric characters, or any of the following: -/_+=.@!',
    ),
  tokenRequired: () =>
    fail('InvalidRequestException', 'You must provide a ClientRequestToken value. We recommend a UUID-type value.'),
  bothValues: () =>
    fail(
      'InvalidParameterException',
      "You can't specify both a binary secret value and a string secret value in the same secret.",
    ),
  noValue: () => fail('InvalidRequestException', 'You must provide either SecretString or SecretBinary.'),
  secretNotFound: () => fail('ResourceNotFoundException', "Secrets Manager can't find the specified secret."),
  stageNotFound: (stage: string) =>
    fail('ResourceNotFoundException', `Secrets Manager can't find the specified secret value for staging label: ${stage}`),
  versionNotFound: (id: string) =>
    fail('ResourceNotFoundException', `Secrets Manager can't find the specified secret value for VersionId: ${id}`),
  stageMismatch: () =>
    fail('InvalidRequestException', 'You provided a VersionStage that is not associated to the provided VersionId.'),
  markedForDeletion: () =>
    fail('InvalidRequestException', "You can't perform this operation on the secret because it was marked for deletion."),
  scheduledName: () =>
    fail(
      'InvalidRequestException',
      "You can't create this secret because a secret with this name is already scheduled for deletion.",
    ),
  nameExists: (name: string) =>
    fail('ResourceExistsException', `The operation failed because the secret ${name} already exists.`),
  tokenInUse: (token: string, arn: string) =>
    fail(
      'ResourceExistsException',
      `You can't use ClientRequestToken ${token} because that value is already in use for a version of secret ${arn}.`,
    ),
  forceWithWindow: () =>
    fail('InvalidParameterException', "You can't use ForceDeleteWithoutRecovery in conjunction with RecoveryWindowInDays."),
  recoveryWindow: () =>
    fail('InvalidParameterException', 'The RecoveryWindowInDays value must be between 7 and 30 days (inclusive).'),
  removeFromRequired: (stage: string, holder: string) =>
    fail(
      'InvalidParameterException',
      `The parameter RemoveFromVersionId can't be empty. Staging label ${stage} is currently attached to version ${holder}, so you must explicitly reference that version in RemoveFromVersionId.`,
    ),
  // The texts below are this project's own (no source records AWS's wording).
  stageNotOnVersion: (stage: string, id: string) =>
    fail(
      'InvalidParameterException',
      `The staging label ${stage} is not attached to version ${id}, so it can't be removed from that version.`,
    ),
  currentCannotBeRemoved: (id: string) =>
    fail(
      'InvalidParameterException',
      `You can't remove the staging label AWSCURRENT from version ${id} without attaching it to another version. Specify MoveToVersionId.`,
    ),
  versionQuota: (name: string, limit: number) =>
    fail(
      'LimitExceededException',
      `The secret ${name} has reached the quota of ${limit} versions, and none of its deprecated versions is old enough to be removed (24 hours). Try again later.`,
    ),
  invalidNextToken: () => fail('InvalidNextTokenException', 'The NextToken value is invalid.'),
  invalidFilter: () => fail('InvalidParameterException', 'Each filter must have a Key and at least one value in Values.'),
  keyNotFoundForEncryption: (ref: string) =>
    fail('EncryptionFailure', `Secrets Manager can't encrypt the secret value: the KMS key ${ref} does not exist.`),
  keyDisabledForEncryption: (arn: string) =>
    fail('EncryptionFailure', `Secrets Manager can't encrypt the secret value: the KMS key ${arn} is disabled.`),
  keyDisabledForDecryption: (arn: string) =>
    fail(
      'DecryptionFailure',
      `Secrets Manager can't decrypt the protected secret text using the provided KMS key: ${arn} is disabled.`,
    ),
  authenticationFailed: (file: string) =>
    fail(
      'DecryptionFailure',
      `Secrets Manager can't decrypt the protected secret text using the provided KMS key: ${file} failed authentication (damaged or tampered with).`,
    ),
  // Key-ring operations speak KMS's language.
  kmsKeyNotFound: (arn: string) => fail('NotFoundException', `Key '${arn}' does not exist`),
  kmsAliasNotFound: (arn: string) => fail('NotFoundException', `Alias ${arn} is not found.`),
  kmsAliasExists: (arn: string) => fail('AlreadyExistsException', `An alias with the name ${arn} already exists`),
  kmsAliasInvalid: () =>
    fail(
      'ValidationException',
      'Alias must start with the prefix "alias/", contain only alphanumeric characters, "/", "_", "-" or ":", and must not start with "alias/aws/".',
    ),
  kmsManagedKey: () =>
    fail('UnsupportedOperationException', 'You cannot enable or disable an AWS managed key such as alias/aws/secretsmanager.'),
  kmsInvalidMarker: () => fail('InvalidMarkerException', 'The Marker value is invalid.'),
};
