/**
 * Python's str.upper() as of Unicode 14.0 (Python 3.11). JS's toUpperCase
 * gives the same result for every letter Python upper-cases, but Node's
 * newer ICU also capitalises letters that only gained capitals later, so
 * only code points Python changes are handed to it.
 */
import { CodePointRanges } from './code-point-ranges.js';
import { UPPER_RANGES } from './upper-case-data.js';

const CHANGES = new CodePointRanges(UPPER_RANGES);

export function pyUpper(text: string): string {
  // Plain ASCII, the usual key, needs no lookups.
  if (/^[\x00-\x7f]*$/.test(text)) return text.toUpperCase();
  let out = '';
  for (const ch of text) out += CHANGES.has(ch.codePointAt(0)!) ? ch.toUpperCase() : ch;
  return out;
}
