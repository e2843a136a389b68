/** `--output table`: awscli/formatter.py TableFormatter. */
import type { Formatter } from './formatter.js';
import { buildTable } from './table-build.js';
import { MultiTable } from './table-layout.js';
import { COLOR_STYLER, PLAIN_STYLER } from './table-style.js';

export const format: Formatter = (title, value, options) => {
  const table = new MultiTable(options.terminalWidth, options.color ? COLOR_STYLER : PLAIN_STYLER);
  // A falsy result (None, '', 0, [], {}) prints nothing at all, not even a frame.
  if (!buildTable(table, title, value)) return [];
  return table.render();
};
