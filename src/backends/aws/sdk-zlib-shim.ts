/**
 * Stands in for node:zlib in the SDK's CRC32 checksum (build time only, see
 * scripts/build.mjs). That module loads zlib at start-up only to pick zlib's
 * crc32 over its own JavaScript one; Secrets Manager asks for no checksums,
 * so the JavaScript one, with the same results, is all it ever needs.
 */
export const crc32 = undefined;
