/**
 * Stands in for @smithy/node-http-handler in the Secrets Manager client's
 * runtime config (build time only, see scripts/build.mjs): our own
 * transport is always the request handler, so the SDK's default one, and
 * the http, https and http2 modules it loads, are never needed there.
 * Credential providers that call STS or SSO keep the real handler.
 */

export { streamCollector } from '@smithy/core/serde';

interface Handler {
  handle(...args: unknown[]): unknown;
}

export const NodeHttpHandler = {
  create(handler: unknown): Handler {
    if (typeof (handler as Handler | undefined)?.handle !== 'function') {
      throw new Error('update-secret: the Secrets Manager client needs its transport');
    }
    return handler as Handler;
  },
};
