/**
 * MaxResults/NextToken paging over a list computed per call. The token is an
 * opaque position; one that this store did not issue is rejected.
 */
import { serviceErrors } from './errors.js';

export function paginate<T>(
  items: T[],
  maxResults: unknown,
  nextToken: unknown,
  invalid: () => Error = serviceErrors.invalidNextToken,
): { page: T[]; nextToken?: string } {
  const size = typeof maxResults === 'number' ? maxResults : 100;
  let start = 0;
  if (nextToken !== undefined) {
    const decoded = /^o(\d+)$/.exec(Buffer.from(String(nextToken), 'base64url').toString('utf8'));
    if (!decoded) throw invalid();
    start = Number(decoded[1]);
  }
  const end = start + size;
  return {
    page: items.slice(start, end),
    nextToken: end < items.length ? Buffer.from(`o${end}`, 'utf8').toString('base64url') : undefined,
  };
}
