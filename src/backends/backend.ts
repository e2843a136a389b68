/**
 * The one seam between the CLI and whatever answers its requests. Both
 * implementations (the AWS SDK and the local store) take the operation's
 * parameters as the CLI built them and return the response body exactly as
 * it came off the wire, parsed by Python's rules; the CLI shapes, queries
 * and formats it without knowing which backend answered.
 *
 * Failures from the service side are thrown as `ServiceError`.
 */
import type { PyDict, PyValue } from '../value/model.js';

export interface Backend {
  call(operation: string, params: PyDict): Promise<PyValue>;
}
