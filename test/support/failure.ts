/**
 * The error `run` throws, after checking it is a `type` (the test fails when
 * `run` throws something else, or nothing).
 */
import { expect } from 'vitest';

export function failure<T extends Error>(run: () => unknown, type: abstract new (...args: never[]) => T): T {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(type);
    return error as T;
  }
  throw new Error('did not fail');
}
