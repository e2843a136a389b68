/**
 * Everything used from the AWS SDK, in one module. The build bundles it on
 * its own (dist/sdk.cjs), so invocations that do not call AWS never load
 * or even parse the SDK.
 */
export { SecretsManagerClient, UpdateSecretCommand } from '@aws-sdk/client-secrets-manager';
export { NoAuthSigner } from '@smithy/core';
export { fromIni } from '@aws-sdk/credential-provider-ini';
export { fromTokenFile } from '@aws-sdk/credential-provider-web-identity';
export { fromHttp } from '@aws-sdk/credential-provider-http';
export { fromInstanceMetadata } from '@smithy/credential-provider-imds';
