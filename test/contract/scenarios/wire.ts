/**
 * The wire (service-semantics §9) where §10 says moto departs from it. The
 * bodies compare on both backends. The HTTP framing (rows 2–4, and the
 * non-JSON body of row 30) exists only on moto here: the store is called in
 * process and has no HTTP front end yet, so those rows pin what moto does
 * and say what AWS does instead.
 */
import { expect, it } from 'vitest';
import type { Moto } from '../../support/moto.js';
import { create, expectFor, tok, update, type Backend } from '../harness.js';

/** Seconds with at most a millisecond fraction: `x * 1000` is a whole number. */
const millisecondPrecise = (x: number) => Math.abs(Math.round(x * 1000) - x * 1000) < 1e-3;

export function wireBodies(b: Backend): void {
  it('sends timestamps as epoch seconds with a millisecond fraction (§9; §10 row 5)', async () => {
    await create(b, 'app/db');
    await update(b, 'app/db', 'v2', tok(2));
    const described = await b.call('DescribeSecret', { SecretId: 'app/db' });
    const got = await b.call('GetSecretValue', { SecretId: 'app/db' });
    const deletion = (await b.call('DeleteSecret', { SecretId: 'app/db' })).DeletionDate as number;
    const times = [described.CreatedDate, described.LastChangedDate, got.CreatedDate] as number[];
    for (const t of times) expect(Math.abs(t - Date.now() / 1000)).toBeLessThan(60);
    // §10 row 5: moto sends whole seconds, and DeletionDate with microseconds.
    expect(times.map(Number.isInteger)).toEqual(expectFor(b, { store: [false, false, false], moto: [true, true, true] }));
    expect(times.every(millisecondPrecise)).toBe(true);
    expect(millisecondPrecise(deletion)).toBe(expectFor(b, { store: true, moto: Number.isInteger(deletion * 1000) }));
  });

  it('answers a missing secret with HTTP 400, as every client error (§9; §10 row 1)', async () => {
    const err = await b.fail('DescribeSecret', { SecretId: 'ghost' });
    expect(err).toEqual({ code: 'ResourceNotFoundException', message: "Secrets Manager can't find the specified secret.", status: expectFor(b, { store: 400, moto: 404 }) });
  });
}

/** moto's HTTP framing, which the store has no HTTP front end to compare with (§9; §10 rows 2–4, 30). */
export function motoFraming(server: () => Promise<Moto>): void {
  it('sends errors with "message", where AWS writes "Message" (§9; §10 row 2)', async () => {
    const r = await (await server()).send('secretsmanager.DescribeSecret', { SecretId: 'ghost' });
    expect(Object.keys(JSON.parse(r.text) as object).sort()).toEqual(['__type', 'message']);
  });

  it('labels successes text/html, where AWS sends application/x-amz-json-1.1 (§9; §10 row 3)', async () => {
    const r = await (await server()).send('secretsmanager.ListSecrets', {});
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toBe('text/html; charset=utf-8');
  });

  it('sends a 52-character x-amzn-RequestId, where AWS sends a UUID (§9; §10 row 4)', async () => {
    const r = await (await server()).send('secretsmanager.ListSecrets', {});
    expect(r.headers.get('x-amzn-requestid')).toMatch(/^[A-Za-z0-9]{52}$/);
  });

  it('answers a body that is not JSON with an HTML 500 page, where AWS sends a 400 JSON error (§9; §10 row 30)', async () => {
    const r = await (await server()).send('secretsmanager.DescribeSecret', '{not json');
    expect(r.status).toBe(500);
    expect(r.text).toContain('<title>500 Internal Server Error</title>');
  });
}
