/**
 * What each operation and each of its options does, in our own words, for
 * --help, the man pages and shell completion. Types and limits come from
 * the model; this adds the meaning. The first sentence of each entry stands
 * alone: it is the one-line summary `-h` and completion show. Members not
 * listed fall back to the model's one-line summary (a test keeps every
 * option of every command listed).
 */
export interface OperationDoc {
  /** One line: what the operation does. */
  readonly summary: string;
  /** What a user needs to know beyond the options, in a few sentences. */
  readonly description: string;
}

export const OPERATION_DOCS: Readonly<Record<string, OperationDoc>> = {
  UpdateSecret: {
    summary: 'Change the value, description, KMS key or type of an existing secret.',
    description:
      'A new value (--secret-string or --secret-binary) becomes a new version of the secret: it takes the AWSCURRENT label, ' +
      'and the version that had it becomes AWSPREVIOUS. Without a new value only the metadata changes and no version is created.',
  },
  CreateSecret: {
    summary: 'Create a secret, optionally with its first value.',
    description:
      'With a value, the secret gets its first version, labelled AWSCURRENT. Without one, the secret exists but has no versions ' +
      'until a value is put. A name can be reused only once the old secret is gone for good; a re-created secret gets a new ARN.',
  },
  GetSecretValue: {
    summary: 'Print the value of one version of a secret (AWSCURRENT unless told otherwise).',
    description:
      'Select the version by --version-id, by --version-stage, or both (they must then name the same version). ' +
      'Reading records the day of access on the secret and on the version.',
  },
  PutSecretValue: {
    summary: 'Store a new value as a new version of a secret.',
    description:
      'Without --version-stages the new version becomes AWSCURRENT, exactly as with update-secret. With --version-stages it gets ' +
      'exactly those labels, each moved from wherever it was, and AWSCURRENT stays where it is unless it is listed.',
  },
  DescribeSecret: {
    summary: 'Print the metadata of a secret: ARN, name, description, key, tags, dates and version labels. Never the value.',
    description: 'Works on secrets scheduled for deletion too; they carry a DeletedDate. Fields without a value are left out.',
  },
  ListSecrets: {
    summary: 'List the secrets of the store (their metadata, never values).',
    description:
      'Secrets scheduled for deletion are hidden unless --include-planned-deletion is given. Every page of results is fetched ' +
      'and printed as one list; --max-items stops early and prints a NextToken to pass to --starting-token.',
  },
  ListSecretVersionIds: {
    summary: 'List the versions of a secret with their labels and dates.',
    description:
      'Versions without any label (deprecated versions) are listed only with --include-deprecated. Results are paged like list-secrets.',
  },
  UpdateSecretVersionStage: {
    summary: 'Attach a staging label to a version, move it between versions, or remove it.',
    description:
      'A label is on at most one version of a secret. To move a label that is already attached, name its current version in ' +
      '--remove-from-version-id. Moving AWSCURRENT moves AWSPREVIOUS to the version AWSCURRENT left. ' +
      'A version that loses its last label becomes deprecated.',
  },
  DeleteSecret: {
    summary: 'Schedule a secret for deletion, or delete it at once.',
    description:
      'By default the secret stays recoverable with restore-secret for a recovery window of 30 days; during that time most ' +
      'operations on it fail, and its name cannot be reused. --force-delete-without-recovery removes it immediately and for good.',
  },
  RestoreSecret: {
    summary: 'Cancel the scheduled deletion of a secret.',
    description: 'The secret comes back with its versions, labels, tags and description. On a secret that is not scheduled for deletion it changes nothing.',
  },
  TagResource: {
    summary: 'Add tags to a secret, or change the values of tags it already has.',
    description: 'Tags keep the order in which they were first added. A key that already exists keeps its place and gets the new value.',
  },
  UntagResource: {
    summary: 'Remove tags from a secret by key.',
    description: 'Keys the secret does not have are ignored.',
  },
  CreateKey: {
    summary: 'Create a key in the local key ring, for --kms-key-id.',
    description:
      'The key gets a random id and 256 bits of random key material. Refer to it by key id, key ARN, or the alias given with ' +
      '--alias. The AWS managed key alias/aws/secretsmanager always exists and need not be created.',
  },
  ListKeys: {
    summary: 'List the keys of the local key ring (ids and ARNs).',
    description: 'Results come in pages of --limit keys; pass the NextMarker of a truncated page as --marker to get the next.',
  },
  DisableKey: {
    summary: 'Disable a key of the local key ring.',
    description:
      'Values encrypted under a disabled key cannot be read, and nothing new can be encrypted under it, until it is enabled again. ' +
      'The AWS managed key cannot be disabled.',
  },
  EnableKey: {
    summary: 'Enable a disabled key of the local key ring again.',
    description: 'The AWS managed key is always enabled.',
  },
};

const SECRET_ID = 'The secret, by name or ARN. A partial ARN (the ARN without its six-character suffix) also works.';
const SECRET_ID_LIST = 'The secret whose versions to list, by name or ARN.';
const VERSION_TOKEN =
  'The identifier of the new version. When omitted, a random UUID is generated. ' +
  'Sending the same token with the same value again changes nothing; the same token with a different value is refused.';
const KMS_KEY =
  'The key that encrypts the secret: a key id, key ARN, alias/NAME or alias ARN. ' +
  'Without it, or with an empty string, the AWS managed key aws/secretsmanager is used. ' +
  'In the local store the key must exist in the key ring (see local create-key).';
const MAX_RESULTS = 'How many entries one page holds at most. When more remain, the response carries a NextToken.';
const NEXT_TOKEN = 'The NextToken of the previous page, to continue a listing where it stopped.';

export const MEMBER_DOCS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  UpdateSecret: {
    SecretId:
      'The secret to update, by name or ARN. A partial ARN (the ARN without its six-character suffix) also works; ' +
      'a secret whose name itself ends in a hyphen and six letters or digits is found only by its name or its full ARN.',
    ClientRequestToken:
      'The identifier of the new version, used only when a new value is given. Sending the same token with the same value again ' +
      'changes nothing and returns the same VersionId; the same token with a different value is refused. ' +
      'When omitted, a random UUID is generated, and it is reused for every retry of this call.',
    Description: 'The new description of the secret. An empty string removes the description.',
    KmsKeyId:
      'The KMS key that encrypts the secret from now on: key id, key ARN, alias/NAME or alias ARN. The versions labelled ' +
      'AWSCURRENT, AWSPENDING and AWSPREVIOUS are re-encrypted under it. An empty string selects the AWS managed key aws/secretsmanager.',
    SecretBinary:
      'A new binary value. With the default --cli-binary-format base64 the argument is base64 text; ' +
      "use fileb://PATH to send a file's bytes unchanged. Give either this or --secret-string, not both.",
    SecretString:
      'A new text value; file://PATH reads it from a UTF-8 file (a trailing newline is kept). ' +
      'It becomes a new version labelled AWSCURRENT; the previous current version becomes AWSPREVIOUS.',
    Type: 'The partner that holds an external secret. Ordinary secrets do not use it.',
  },
  CreateSecret: {
    Name:
      'The name of the new secret: letters, digits and the characters /_+=.@- only. ' +
      'Avoid ending it in a hyphen followed by six characters, which looks like an ARN suffix.',
    ClientRequestToken: `${VERSION_TOKEN} It becomes the VersionId of the first version.`,
    Description: 'A description of the secret.',
    KmsKeyId: KMS_KEY,
    SecretBinary:
      'The first value, as binary data. With the default --cli-binary-format base64 the argument is base64 text; ' +
      "fileb://PATH sends a file's bytes. Give either this or --secret-string, not both.",
    SecretString: 'The first value, as text; file://PATH reads it from a UTF-8 file. Give either this or --secret-binary, not both.',
    Tags: 'Tags to attach to the secret, each a key (1 to 128 characters) and a value (0 to 256).',
    AddReplicaRegions: 'Regions to replicate the secret to. Accepted for compatibility; the local store keeps a single Region and ignores it.',
    ForceOverwriteReplicaSecret: 'Whether replication may overwrite a secret of the same name elsewhere. Accepted and ignored by the local store.',
    Type: 'The partner that holds an external secret. Accepted and ignored by the local store.',
  },
  GetSecretValue: {
    SecretId: SECRET_ID,
    VersionId: 'The version to read, by its VersionId.',
    VersionStage: 'The version to read, by a staging label it carries, such as AWSPREVIOUS. The default is AWSCURRENT.',
  },
  PutSecretValue: {
    SecretId: SECRET_ID,
    ClientRequestToken: VERSION_TOKEN,
    SecretBinary:
      'The new value, as binary data: base64 text by default, or fileb://PATH for raw bytes. Give either this or --secret-string.',
    SecretString: 'The new value, as text; file://PATH reads it from a UTF-8 file. Give either this or --secret-binary.',
    VersionStages:
      'The labels to attach to the new version (1 to 20). Each is moved from the version that has it. ' +
      'Without this option the new version becomes AWSCURRENT.',
    RotationToken: 'The token a rotation function passes along. Accepted for compatibility; the local store does not rotate secrets.',
  },
  DescribeSecret: {
    SecretId: SECRET_ID,
  },
  ListSecrets: {
    IncludePlannedDeletion: 'Also list secrets that are scheduled for deletion.',
    MaxResults: MAX_RESULTS,
    NextToken: NEXT_TOKEN,
    Filters:
      'Only list secrets that match every filter. A filter has a Key (name, description, tag-key, tag-value, ' +
      'primary-region, owning-service or all) and up to ten Values; a value prefixed with ! excludes instead. ' +
      'Names match by prefix and case-sensitively, descriptions by prefix and case-insensitively.',
    SortOrder: 'The direction of the sort: asc (the default) or desc.',
    SortBy: 'What to sort by: created-date (the default), last-accessed-date, last-changed-date or name.',
  },
  ListSecretVersionIds: {
    SecretId: SECRET_ID_LIST,
    MaxResults: MAX_RESULTS,
    NextToken: NEXT_TOKEN,
    IncludeDeprecated: 'Also list versions that carry no staging label.',
  },
  UpdateSecretVersionStage: {
    SecretId: SECRET_ID,
    VersionStage: 'The staging label to attach, move or remove, such as AWSCURRENT or a label of your own.',
    RemoveFromVersionId: 'The version that has the label now. Required when the label is attached to a version already.',
    MoveToVersionId: 'The version to attach the label to. Without it, the label is only removed.',
  },
  DeleteSecret: {
    SecretId: SECRET_ID,
    RecoveryWindowInDays: 'How many days (7 to 30, default 30) the secret stays recoverable. Not with --force-delete-without-recovery.',
    ForceDeleteWithoutRecovery:
      'Delete the secret immediately, with no way back. Deleting a secret that does not exist this way succeeds.',
  },
  RestoreSecret: {
    SecretId: SECRET_ID,
  },
  TagResource: {
    SecretId: SECRET_ID,
    Tags: 'The tags to add, each a key (1 to 128 characters) and a value (0 to 256). An existing key gets the new value.',
  },
  UntagResource: {
    SecretId: SECRET_ID,
    TagKeys: 'The keys of the tags to remove.',
  },
  CreateKey: {
    Description: 'A description of the key.',
    Tags: 'Tags to attach to the key, each a TagKey and a TagValue.',
    Alias: 'An alias for the new key, such as alias/ci. Aliases under alias/aws/ are reserved.',
  },
  ListKeys: {
    Limit: 'How many keys one page holds at most (1 to 1000).',
    Marker: 'The NextMarker of the previous page, to continue a listing where it stopped.',
  },
  DisableKey: {
    KeyId: 'The key to disable: key id, key ARN, alias/NAME or alias ARN.',
  },
  EnableKey: {
    KeyId: 'The key to enable: key id, key ARN, alias/NAME or alias ARN.',
  },
};

/** The fields of an UpdateSecret response, for the OUTPUT section of the man page. */
export const UPDATE_SECRET_OUTPUT_DOCS: Readonly<Record<string, string>> = {
  ARN: 'The full ARN of the secret, including its six-character suffix.',
  Name: 'The name of the secret.',
  VersionId: 'The identifier of the version this call created. Present only when a new value was given.',
};
