/**
 * Every case Python jmespath 1.0.1 evaluated in scripts/gen-query-fixtures.py
 * must come out identically here: the same value (ints and floats apart,
 * dict key order included) or the same error class and message.
 */
import { describe, expect, it } from 'vitest';
import { compileQuery, QueryRuntimeError, QuerySyntaxError } from '../../src/query/index.js';
import type { PyValue } from '../../src/value/model.js';
import { decode, loadFixtures, specialResult } from './fixtures.js';

const fixtures = loadFixtures();
const docs = new Map(Object.entries(fixtures.docs).map(([name, doc]) => [name, decode(doc)]));

type Outcome =
  | { result: PyValue }
  | { error: { phase: 'compile' | 'search'; class: string; message: string } };

function run(expression: string, doc: PyValue): Outcome {
  let query;
  try {
    query = compileQuery(expression);
  } catch (e) {
    if (!(e instanceof QuerySyntaxError)) throw e;
    return { error: { phase: 'compile', class: e.pythonClass, message: e.message } };
  }
  try {
    return { result: query.search(doc) };
  } catch (e) {
    if (!(e instanceof QueryRuntimeError)) throw e;
    return { error: { phase: 'search', class: e.pythonClass, message: e.message } };
  }
}

/** Object.is-based structural equality: tells 1n from 1, -0 from 0, NaN from NaN. */
function same(a: PyValue, b: PyValue): boolean {
  if (Object.is(a, b)) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => same(x, b[i]!));
  if (a instanceof Map && b instanceof Map) {
    const ea = [...a];
    const eb = [...b];
    return ea.length === eb.length && ea.every(([k, v], i) => k === eb[i]![0] && same(v, eb[i]![1]));
  }
  if (a instanceof Uint8Array && b instanceof Uint8Array) return Buffer.from(a).equals(Buffer.from(b));
  return false;
}

describe(`Python jmespath ${fixtures.jmespath} fixtures (Python ${fixtures.python})`, () => {
  it('has a large corpus', () => {
    expect(fixtures.cases.length).toBeGreaterThan(1000);
  });

  for (const [i, c] of fixtures.cases.entries()) {
    it(`#${i} ${JSON.stringify(c.expression).slice(0, 120)} on ${c.doc}`, () => {
      const outcome = run(c.expression, docs.get(c.doc)!);
      const special = specialResult(c.result);
      if (c.error) {
        expect(outcome).toEqual({ error: c.error });
      } else if (special === 'expref') {
        // Python returns its `_Expression` object; the port refuses to.
        expect(outcome).toMatchObject({ error: { phase: 'search', class: 'ExpressionResult' } });
      } else if (special === 'unrepresentable') {
        // merge() built a dict with a non-str key, which the model cannot hold.
        expect(outcome).toMatchObject({ error: { phase: 'search', class: 'NotRepresentable' } });
      } else {
        expect(outcome).toHaveProperty('result');
        const result = (outcome as { result: PyValue }).result;
        const expected = decode(c.result!);
        // toStrictEqual only to get a readable diff; `same` is the real check.
        if (!same(result, expected)) expect(result).toStrictEqual(expected);
      }
    });
  }
});
