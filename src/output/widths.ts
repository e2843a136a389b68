/**
 * Display width as aws-cli's table measures it (`awscli.table.get_text_length`):
 * a code point of East Asian Width W, F or A counts two columns, any other one.
 * Ambiguous (A) counting as wide is why `é` takes two columns while `Ü` takes one.
 */
import { CodePointRanges } from './code-point-ranges.js';
import { WIDE_RANGES } from './east-asian-width-data.js';

const WIDE = new CodePointRanges(WIDE_RANGES);

function isWide(codePoint: number): boolean {
  // Nothing below U+00A1 is wide; this keeps ASCII tables off the search.
  return codePoint >= 0xa1 && WIDE.has(codePoint);
}

/** Columns `text` takes, counting by code point as Python iterates a str. */
export function textWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += isWide(ch.codePointAt(0)!) ? 2 : 1;
  return width;
}
