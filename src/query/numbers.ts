/**
 * Python number semantics the JMESPath functions need beyond parsing text:
 * int-to-float conversion with its OverflowError, `sum()` as CPython 3.11
 * computes it, and `math.ceil/floor`.
 */
import { QueryRuntimeError } from './errors.js';

/** `float(i)`: correctly rounded, OverflowError past the double range. */
export function intToFloat(value: bigint): number {
  const f = Number(value);
  if (!Number.isFinite(f)) throw new QueryRuntimeError('int too large to convert to float', 'OverflowError');
  return f;
}

/**
 * `sum(items)` as CPython 3.11 does it: exact integer arithmetic until the
 * first float, which converts the running total; from then on plain double
 * additions, ints converted one by one. (3.12 switched to compensated
 * summation; 3.11 has none.)
 */
export function pySum(items: readonly (bigint | number)[]): bigint | number {
  let total: bigint | number = 0n;
  for (const item of items) {
    if (typeof total === 'bigint' && typeof item === 'bigint') total += item;
    else {
      const a: number = typeof total === 'bigint' ? intToFloat(total) : total;
      const b: number = typeof item === 'bigint' ? intToFloat(item) : item;
      total = a + b;
    }
  }
  return total;
}

/** `math.ceil(x)` / `math.floor(x)`: an int for a float, unchanged for an int. */
export function pyRound(value: bigint | number, direction: 'ceil' | 'floor'): bigint {
  if (typeof value === 'bigint') return value;
  if (Number.isNaN(value)) throw new QueryRuntimeError('cannot convert float NaN to integer', 'ValueError');
  if (!Number.isFinite(value)) throw new QueryRuntimeError('cannot convert float infinity to integer', 'OverflowError');
  return BigInt(direction === 'ceil' ? Math.ceil(value) : Math.floor(value));
}
