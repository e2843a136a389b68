/** The format registry: every --output value, each module loaded only when asked for. */
import { describe, expect, it, vi } from 'vitest';

const loaded = vi.hoisted(() => new Set<string>());
vi.mock('../../src/output/table-layout.js', async (original) => {
  loaded.add('table');
  return original();
});
vi.mock('../../src/output/yaml-emitter.js', async (original) => {
  loaded.add('yaml');
  return original();
});

const { loadFormatter, OUTPUT_FORMATS, isOutputFormat } = await import('../../src/output/registry.js');

describe('output format registry', () => {
  it('knows the formats aws-cli 2.36 accepts, off included', () => {
    expect(OUTPUT_FORMATS).toEqual(['json', 'text', 'table', 'yaml', 'yaml-stream', 'off']);
    expect(isOutputFormat('yaml-stream')).toBe(true);
    expect(isOutputFormat('TEXT')).toBe(false);
  });

  it('loads neither the table nor the YAML code to print JSON or text', async () => {
    await loadFormatter('json');
    await loadFormatter('text');
    expect([...loaded]).toEqual([]);
    await loadFormatter('table');
    expect([...loaded]).toEqual(['table']);
    await loadFormatter('yaml-stream');
    expect([...loaded]).toEqual(['table', 'yaml']);
  });

  it('prints nothing for --output off', async () => {
    const off = await loadFormatter('off');
    expect(off('UpdateSecret', new Map([['Name', 'n']]), { color: false, terminalWidth: 80 })).toEqual([]);
  });
});
