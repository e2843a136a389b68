/**
 * aws-cli v2's "standard" retry mode: which failures are retried, and the
 * exponential backoff between attempts. The same request (same body, same
 * ClientRequestToken) is re-sent and re-signed on every attempt.
 */
import { ServiceError } from '../../errors.js';
import { TransportError } from './transport.js';

const TRANSIENT_CODES = new Set(['RequestTimeout', 'RequestTimeoutException', 'PriorRequestNotComplete']);
const TRANSIENT_STATUS = new Set([500, 502, 503, 504]);
const THROTTLING_CODES = new Set([
  'Throttling',
  'ThrottlingException',
  'ThrottledException',
  'RequestThrottledException',
  'TooManyRequestsException',
  'ProvisionedThroughputExceededException',
  'TransactionInProgressException',
  'RequestLimitExceeded',
  'BandwidthLimitExceeded',
  'LimitExceededException',
  'RequestThrottled',
  'SlowDown',
  'PriorRequestNotComplete',
  'EC2ThrottledException',
]);

export function isRetryable(error: unknown): boolean {
  if (error instanceof TransportError) return true;
  if (error instanceof ServiceError) {
    return TRANSIENT_STATUS.has(error.httpStatus) || TRANSIENT_CODES.has(error.code) || THROTTLING_CODES.has(error.code);
  }
  return false;
}

/** Seconds to wait before attempt `attempt + 1`: random × 2^(attempt−1), at most 20. */
export function backoffSeconds(attempt: number, random: () => number = Math.random): number {
  return Math.min(random() * 2 ** (attempt - 1), 20);
}
