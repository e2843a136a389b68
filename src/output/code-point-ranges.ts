/**
 * Sets of code points generated from Python's unicodedata (scripts/gen-*.py),
 * stored as base-36 pairs (gap after the previous range, length minus one)
 * and searched as sorted bounds.
 */
export class CodePointRanges {
  private bounds: Uint32Array | undefined;

  constructor(private readonly encoded: string) {}

  has(codePoint: number): boolean {
    this.bounds ??= decode(this.encoded);
    const bounds = this.bounds;
    let lo = 0;
    let hi = bounds.length / 2 - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (codePoint < bounds[2 * mid]!) hi = mid - 1;
      else if (codePoint > bounds[2 * mid + 1]!) lo = mid + 1;
      else return true;
    }
    return false;
  }
}

/** Starts and ends, interleaved and ascending. */
function decode(encoded: string): Uint32Array {
  const numbers = encoded.split(' ').map((n) => parseInt(n, 36));
  const out = new Uint32Array(numbers.length);
  let previousEnd = -1;
  for (let i = 0; i < numbers.length; i += 2) {
    const start = previousEnd + 1 + numbers[i]!;
    previousEnd = start + numbers[i + 1]!;
    out[i] = start;
    out[i + 1] = previousEnd;
  }
  return out;
}
