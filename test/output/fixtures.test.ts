/**
 * Every value in fixtures.json, through every formatter, against the bytes
 * aws-cli 2.9.19 printed for it (see scripts/gen-output-fixtures.py).
 */
import { describe, expect, it } from 'vitest';
import type { Formatter } from '../../src/output/formatter.js';
import { PythonError } from '../../src/output/python.js';
import { loadFormatter, type OutputFormat } from '../../src/output/registry.js';
import { withAutoreset } from '../../src/output/table-style.js';
import { decode, describeValue, fixtures, type Outcome } from './fixtures.js';

const cases = fixtures.map((fixture, i) => ({ name: `#${i} ${describeValue(fixture.value)}`, fixture }));

/** What the formatter printed, or the exception and what it printed before. */
function run(formatter: Formatter, fixture: (typeof cases)[number]['fixture'], color: boolean, terminalWidth: number) {
  try {
    return { chunks: formatter(fixture.title, decode(fixture.value), { color, terminalWidth }) };
  } catch (error) {
    if (!(error instanceof PythonError)) throw error;
    return { chunks: error.written, error: error.message, type: error.pyType };
  }
}

function expectOutcome(actual: ReturnType<typeof run>, expected: Partial<Outcome>): void {
  expect(actual.error).toBe(expected.error);
  expect(actual.type).toBe(expected.type);
  expect(actual.chunks.join('')).toBe(expected.out);
}

describe.each(['json', 'text', 'yaml', 'yaml-stream'] as const)('%s output matches aws-cli', (name: OutputFormat) => {
  it.each(cases)('$name', async ({ fixture }) => {
    const formatter = await loadFormatter(name);
    expectOutcome(run(formatter, fixture, false, 80), fixture[name as 'json']);
  });
});

const tableCases = cases.filter(({ fixture }) => fixture.table);

describe('table output matches aws-cli', () => {
  it.each(tableCases)('$name', async ({ fixture }) => {
    const formatter = await loadFormatter('table');
    for (const expected of fixture.table!) {
      for (const width of expected.widths) expectOutcome(run(formatter, fixture, false, width), expected);
    }
  });
});

describe('coloured table output matches aws-cli, write for write', () => {
  it.each(tableCases)('$name', async ({ fixture }) => {
    const formatter = await loadFormatter('table');
    for (const expected of fixture['table-color']!) {
      for (const width of expected.widths) {
        const actual = run(formatter, fixture, true, width);
        expect(actual.error).toBe(expected.error);
        expect(actual.type).toBe(expected.type);
        expect(actual.chunks).toEqual(expected.chunks);
        if (expected.bytes !== undefined) expect(withAutoreset(actual.chunks)).toBe(expected.bytes);
      }
    }
  });
});
