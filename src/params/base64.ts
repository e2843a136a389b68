/**
 * Python's lenient `base64.b64decode` (binascii's non-strict mode): bytes
 * outside the alphabet are skipped, decoding stops at the first pad that
 * completes a quad, and an unfinished quad is an error.
 */

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const TABLE = new Int8Array(256).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) TABLE[ALPHABET.charCodeAt(i)] = i;

export class Base64Error extends Error {}

/** Python's ValueError for text that is not ASCII: unlike binascii's errors, it carries no part of the value. */
export class NonAsciiError extends Base64Error {}

export function pyB64Decode(text: string): Uint8Array {
  // eslint-disable-next-line no-control-regex
  if (/[^\x00-\x7f]/.test(text)) throw new NonAsciiError('string argument should contain only ASCII characters');
  const out: number[] = [];
  let quadPos = 0;
  let left = 0;
  let pads = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x3d) {
      if (quadPos >= 2 && quadPos + ++pads >= 4) return Uint8Array.from(out);
      continue;
    }
    const value = TABLE[code]!;
    if (value < 0) continue;
    pads = 0;
    switch (quadPos) {
      case 0:
        left = value;
        quadPos = 1;
        break;
      case 1:
        out.push(((left << 2) | (value >> 4)) & 0xff);
        left = value & 0x0f;
        quadPos = 2;
        break;
      case 2:
        out.push(((left << 4) | (value >> 2)) & 0xff);
        left = value & 0x03;
        quadPos = 3;
        break;
      default:
        out.push(((left << 6) | value) & 0xff);
        quadPos = 0;
    }
  }
  if (quadPos === 1) {
    const count = Math.floor(out.length / 3) * 4 + 1;
    throw new Base64Error(
      `Invalid base64-encoded string: number of data characters (${count}) cannot be 1 more than a multiple of 4`,
    );
  }
  if (quadPos !== 0) throw new Base64Error('Incorrect padding');
  return Uint8Array.from(out);
}
