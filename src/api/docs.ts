/**
 * What each option of each operation does, in our own words, for --help
 * and the man pages. Types and limits come from the model; this adds the
 * meaning. Members not listed fall back to the model's one-line summary.
 */
export const MEMBER_DOCS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  UpdateSecret: {
    SecretId:
      'The secret to update: its name, its full ARN, or a partial ARN (the ARN without the six-character suffix). ' +
      'A name that itself ends in a hyphen and six letters or digits is only found by name or full ARN.',
    ClientRequestToken:
      'The identifier of the new version, used only when a new value is given. Sending the same token with the same value again ' +
      'changes nothing and returns the same VersionId; the same token with a different value is refused. ' +
      'When omitted, a random UUID is generated, and it is reused for every retry of this call.',
    Description: 'The new description of the secret. An empty string removes the description.',
    KmsKeyId:
      'The KMS key (key id, key ARN, alias/name or alias ARN) that encrypts the secret from now on. The versions labelled ' +
      'AWSCURRENT, AWSPENDING and AWSPREVIOUS are re-encrypted under it. An empty string selects the AWS managed key aws/secretsmanager.',
    SecretBinary:
      'A new binary value. With the default --cli-binary-format base64 the argument is base64 text; ' +
      'use fileb://PATH to send a file\'s bytes unchanged. Give either this or --secret-string, not both.',
    SecretString:
      'A new text value; file://PATH reads it from a UTF-8 file (the trailing newline is kept). ' +
      'It becomes a new version labelled AWSCURRENT; the previous current version becomes AWSPREVIOUS.',
    Type: 'The partner that holds an external secret. Ordinary secrets do not use it.',
  },
};
