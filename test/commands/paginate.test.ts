import { describe, expect, it } from 'vitest';
import { fullResult, paginate } from '../../src/commands/paginate.js';
import type { PyDict, PyValue } from '../../src/value/model.js';

const CONFIG = { input_token: 'NextToken', output_token: 'NextToken', limit_key: 'MaxResults', result_key: 'SecretList' };
const ITEMS = ['a', 'b', 'c', 'd', 'e'];

/** A service with five items that pages by MaxResults (default 2) using the index as the token. */
function service(calls: PyDict[]) {
  return async (params: PyDict): Promise<PyDict> => {
    calls.push(params);
    const start = Number(params.get('NextToken') ?? '0');
    const size = Number(params.get('MaxResults') ?? 2n);
    const page: PyDict = new Map<string, PyValue>([['SecretList', ITEMS.slice(start, start + size)]]);
    if (start + size < ITEMS.length) page.set('NextToken', String(start + size));
    return page;
  };
}

const token = (value: unknown): string => Buffer.from(JSON.stringify(value).replace(/,/g, ', ').replace(/":/g, '": '), 'utf8').toString('base64');

describe('paginate', () => {
  it('fetches every page and merges the results', async () => {
    const calls: PyDict[] = [];
    const pages = await paginate(service(calls), new Map(), CONFIG, {});
    expect(calls).toHaveLength(3);
    expect(fullResult(pages, CONFIG)).toEqual(new Map([['SecretList', ITEMS]]));
  });

  it('sends --page-size as the limit of every call', async () => {
    const calls: PyDict[] = [];
    await paginate(service(calls), new Map(), CONFIG, { pageSize: 4n });
    expect(calls.map((c) => c.get('MaxResults'))).toEqual([4n, 4n]);
  });

  it('cuts inside a page with --max-items and records how far into it to resume', async () => {
    const pages = await paginate(service([]), new Map(), CONFIG, { maxItems: 3n });
    const result = fullResult(pages, CONFIG);
    expect(result.get('SecretList')).toEqual(['a', 'b', 'c']);
    expect(result.get('NextToken')).toBe(token({ NextToken: '2', boto_truncate_amount: 1 }));
  });

  it('resumes on a page boundary with the service token alone', async () => {
    const pages = await paginate(service([]), new Map(), CONFIG, { maxItems: 2n });
    expect(pages.resumeToken).toBe(token({ NextToken: '2' }));
  });

  it('continues from a resume token, skipping what was already printed', async () => {
    const pages = await paginate(service([]), new Map(), CONFIG, { startingToken: token({ NextToken: '2', boto_truncate_amount: 1 }) });
    expect(fullResult(pages, CONFIG).get('SecretList')).toEqual(['d', 'e']);
  });

  it('takes a bare service token as a starting token', async () => {
    const pages = await paginate(service([]), new Map(), CONFIG, { startingToken: '4' });
    expect(fullResult(pages, CONFIG).get('SecretList')).toEqual(['e']);
  });
});
