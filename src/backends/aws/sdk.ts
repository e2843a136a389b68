/**
 * The AWS SDK's client, in one module. The build bundles it on its own
 * (dist/sdk.cjs), so invocations that do not call AWS never load or even
 * parse the SDK; the credential providers are apart (sdk-credentials.ts).
 */
export { SecretsManagerClient, UpdateSecretCommand } from '@aws-sdk/client-secrets-manager';
export { NoAuthSigner } from '@smithy/core';
