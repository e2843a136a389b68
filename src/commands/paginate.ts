/**
 * aws-cli's automatic pagination (botocore's PageIterator): every page is
 * fetched, `--page-size` sets the per-call limit, `--max-items` caps the
 * total and yields a resume token (base64 of a JSON object holding the
 * service's token and how far into its page to skip), which
 * `--starting-token` accepts back — as does a bare service token.
 */
import type { PaginatorConfig } from '../api/shapes.js';
import { GeneralError } from '../errors.js';
import { dumpJson, parseJson } from '../value/json.js';
import type { PyDict, PyValue } from '../value/model.js';

export interface PageOptions {
  startingToken?: string;
  pageSize?: bigint;
  maxItems?: bigint;
}

export interface Pages {
  pages: PyDict[];
  /** The first page's members the paginator lists as non_aggregate_keys. */
  nonAggregate: PyDict;
  resumeToken: string | undefined;
}

function parseStartingToken(token: string, config: PaginatorConfig): { next: PyValue; skip: number } {
  try {
    const decoded = parseJson(Buffer.from(token, 'base64').toString('utf8'));
    if (decoded instanceof Map) {
      const skip = decoded.get('boto_truncate_amount');
      return { next: decoded.get(config.input_token) ?? null, skip: skip === undefined ? 0 : Number(skip) };
    }
  } catch {
    // not one of ours: an opaque service token
  }
  return { next: token, skip: 0 };
}

function encodeToken(next: PyValue, skip: number | undefined): string {
  const token = new Map<string, PyValue>([['NextToken', next]]);
  if (skip !== undefined) token.set('boto_truncate_amount', BigInt(skip));
  return Buffer.from(dumpJson(token), 'utf8').toString('base64');
}

export async function paginate(
  call: (params: PyDict) => Promise<PyDict>,
  params: PyDict,
  config: PaginatorConfig,
  options: PageOptions,
): Promise<Pages> {
  const current = new Map(params);
  if (options.pageSize !== undefined && config.limit_key) current.set(config.limit_key, options.pageSize);
  let skip = 0;
  let next: PyValue = null;
  if (options.startingToken !== undefined) {
    ({ next, skip } = parseStartingToken(options.startingToken, config));
    if (next !== null) current.set(config.input_token, next);
  }
  const maxItems = options.maxItems === undefined ? undefined : Number(options.maxItems);
  const pages: PyDict[] = [];
  let nonAggregate: PyDict = new Map();
  let resumeToken: string | undefined;
  let total = 0;
  let previous: PyValue | undefined;
  for (;;) {
    const page = await call(new Map(current));
    const first = pages.length === 0;
    const results = page.get(config.result_key);
    let items = Array.isArray(results) ? results : [];
    if (first) {
      if (skip > 0 && Array.isArray(results)) {
        items = results.slice(skip);
        page.set(config.result_key, items);
      }
      nonAggregate = new Map((config.non_aggregate_keys ?? []).filter((k) => page.has(k)).map((k) => [k, page.get(k)!]));
    }
    const overflow = maxItems === undefined ? 0 : total + items.length - maxItems;
    if (overflow > 0) {
      const keep = items.length - overflow;
      page.set(config.result_key, items.slice(0, keep));
      resumeToken = encodeToken(next, keep + (first ? skip : 0));
      pages.push(page);
      break;
    }
    pages.push(page);
    total += items.length;
    const token = page.get(config.output_token) ?? null;
    if (token === null) break;
    if (maxItems !== undefined && total === maxItems) {
      resumeToken = encodeToken(token, undefined);
      break;
    }
    if (previous !== undefined && previous === token) {
      throw new GeneralError(`The same next token was received twice: {'${config.input_token}': '${String(token)}'}`);
    }
    current.set(config.input_token, token);
    previous = token;
    next = token;
  }
  return { pages, nonAggregate, resumeToken };
}

/** botocore's build_full_result: the results of every page, then the rest, then NextToken. */
export function fullResult(paged: Pages, config: PaginatorConfig): PyDict {
  const out: PyDict = new Map();
  for (const page of paged.pages) {
    const value = page.get(config.result_key);
    if (value === undefined || value === null) continue;
    const existing = out.get(config.result_key);
    if (Array.isArray(existing) && Array.isArray(value)) existing.push(...value);
    else if (existing === undefined) out.set(config.result_key, Array.isArray(value) ? [...value] : value);
  }
  for (const [k, v] of paged.nonAggregate) out.set(k, v);
  if (paged.resumeToken !== undefined) out.set('NextToken', paged.resumeToken);
  return out;
}
