/**
 * The SDK's credential providers, bundled apart from the client
 * (dist/sdk-credentials.cjs): the environment's keys, the usual case, need
 * none of them, nor the HTTP, HTTPS and file modules they load.
 */
export { fromIni } from '@aws-sdk/credential-provider-ini';
export { fromTokenFile } from '@aws-sdk/credential-provider-web-identity';
export { fromHttp } from '@aws-sdk/credential-provider-http';
export { fromInstanceMetadata } from '@smithy/credential-provider-imds';
