/**
 * libyaml's scalar handling (emitter.c: analyze_scalar, select_scalar_style
 * and the plain, single-quoted, double-quoted and literal writers). This is
 * what decides `yes` stays plain while `'123'` is quoted and `"\U0001F511"`
 * escaped, and where long lines fold. Ported over code points; libyaml walks
 * UTF-8 but every test it makes is about whole characters.
 */
import type { ScalarNode } from './yaml-nodes.js';
import type { YamlWriter } from './yaml-writer.js';

const SPACE = 0x20;

/** IS_PRINTABLE (for UTF-8 input): what may appear unescaped. NEL, DEL, C1
 *  controls, BOM, U+FFFE/F and everything outside the BMP may not. */
function isPrintable(c: number): boolean {
  return (
    c === 0x0a ||
    (c >= 0x20 && c <= 0x7e) ||
    (c >= 0xa0 && c <= 0xd7ff) ||
    (c >= 0xe000 && c <= 0xfffd && c !== 0xfeff)
  );
}

function isBreak(c: number): boolean {
  return c === 0x0d || c === 0x0a || c === 0x85 || c === 0x2028 || c === 0x2029;
}

/** IS_BLANKZ; past the end is the NUL terminator, which counts. */
function isBlankZ(c: number | undefined): boolean {
  return c === undefined || c === 0 || c === SPACE || c === 0x09 || isBreak(c);
}

export interface ScalarAnalysis {
  codePoints: number[];
  /** In UTF-8 bytes: a key longer than 128 is written as `? key`. */
  byteLength: number;
  multiline: boolean;
  blockPlainAllowed: boolean;
  singleQuotedAllowed: boolean;
  blockAllowed: boolean;
}

const FIRST_INDICATORS = new Set([...'#,[]{}&*!|>\'"%@`'].map((c) => c.codePointAt(0)!));
const [HASH, COLON, QUESTION, DASH, QUOTE, DQUOTE, BACKSLASH] = [...'#:?-\'"\\'].map((c) => c.codePointAt(0)!);

export function analyzeScalar(value: string): ScalarAnalysis {
  const cps = Array.from(value, (ch) => ch.codePointAt(0)!);
  const byteLength = Buffer.byteLength(value, 'utf8');
  if (cps.length === 0) {
    return { codePoints: cps, byteLength, multiline: false, blockPlainAllowed: true, singleQuotedAllowed: true, blockAllowed: false };
  }
  let blockIndicators = value.startsWith('---') || value.startsWith('...');
  let lineBreaks = false;
  let special = false;
  let [leadingSpace, leadingBreak, trailingSpace, trailingBreak, breakSpace, spaceBreak] = [false, false, false, false, false, false];
  let precededByWhitespace = true;
  let followedByWhitespace = isBlankZ(cps[1]);
  let previousSpace = false;
  let previousBreak = false;
  const last = cps.length - 1;

  cps.forEach((c, i) => {
    // Only the block-context verdict matters here: scalars never sit inside
    // flow collections, as only empty ones are written in flow style.
    if (i === 0) {
      if (FIRST_INDICATORS.has(c)) blockIndicators = true;
      if ((c === QUESTION || c === COLON) && followedByWhitespace) blockIndicators = true;
      if (c === DASH && followedByWhitespace) blockIndicators = true;
    } else {
      if (c === COLON && followedByWhitespace) blockIndicators = true;
      if (c === HASH && precededByWhitespace) blockIndicators = true;
    }
    if (!isPrintable(c)) special = true;
    if (isBreak(c)) lineBreaks = true;
    if (c === SPACE) {
      if (i === 0) leadingSpace = true;
      if (i === last) trailingSpace = true;
      if (previousBreak) breakSpace = true;
      previousSpace = true;
      previousBreak = false;
    } else if (isBreak(c)) {
      if (i === 0) leadingBreak = true;
      if (i === last) trailingBreak = true;
      if (previousSpace) spaceBreak = true;
      previousSpace = false;
      previousBreak = true;
    } else {
      previousSpace = false;
      previousBreak = false;
    }
    precededByWhitespace = isBlankZ(c);
    followedByWhitespace = isBlankZ(cps[i + 2]);
  });

  let blockPlainAllowed = !(leadingSpace || leadingBreak || trailingSpace || trailingBreak);
  let singleQuotedAllowed = true;
  let blockAllowed = !trailingSpace;
  if (breakSpace) blockPlainAllowed = singleQuotedAllowed = false;
  if (spaceBreak || special) blockPlainAllowed = singleQuotedAllowed = blockAllowed = false;
  if (lineBreaks || blockIndicators) blockPlainAllowed = false;
  return { codePoints: cps, byteLength, multiline: lineBreaks, blockPlainAllowed, singleQuotedAllowed, blockAllowed };
}

export type ScalarStyle = 'plain' | 'single' | 'double' | 'literal';

/** select_scalar_style in block context. */
export function selectStyle(node: ScalarNode, analysis: ScalarAnalysis, simpleKey: boolean): ScalarStyle {
  let style: ScalarStyle = node.style === '|' ? 'literal' : 'plain';
  if (simpleKey && analysis.multiline) style = 'double';
  if (style === 'plain') {
    if (!analysis.blockPlainAllowed) style = 'single';
    if (analysis.codePoints.length === 0 && simpleKey) style = 'single';
    if (node.tag === null && !node.plainImplicit) style = 'single';
  }
  if (style === 'single' && !analysis.singleQuotedAllowed) style = 'double';
  if (style === 'literal' && (!analysis.blockAllowed || simpleKey)) style = 'double';
  return style;
}

export function writeScalar(w: YamlWriter, style: ScalarStyle, cps: number[], allowBreaks: boolean): void {
  if (style === 'plain') writePlain(w, cps, allowBreaks);
  else if (style === 'single') writeSingleQuoted(w, cps, allowBreaks);
  else if (style === 'double') writeDoubleQuoted(w, cps, allowBreaks);
  else writeLiteral(w, cps);
}

/** A long line folds at a single space once the column is past 80, so a
 *  folded line can run well past 80 before the next space comes. */
function writePlain(w: YamlWriter, cps: number[], allowBreaks: boolean): void {
  if (!w.whitespace && cps.length > 0) w.put(' ');
  let spaces = false;
  let breaks = false;
  cps.forEach((c, i) => {
    if (c === SPACE) {
      if (allowBreaks && !spaces && w.column > w.bestWidth && cps[i + 1] !== SPACE) w.writeIndent();
      else w.put(' ');
      spaces = true;
    } else if (isBreak(c)) {
      if (!breaks && c === 0x0a) w.putBreak();
      w.writeBreak(String.fromCodePoint(c));
      w.indention = true;
      breaks = true;
    } else {
      if (breaks) w.writeIndent();
      w.put(String.fromCodePoint(c));
      w.indention = false;
      spaces = false;
      breaks = false;
    }
  });
  w.whitespace = false;
  w.indention = false;
}

function writeSingleQuoted(w: YamlWriter, cps: number[], allowBreaks: boolean): void {
  w.writeIndicator("'", true, false, false);
  let spaces = false;
  let breaks = false;
  cps.forEach((c, i) => {
    if (c === SPACE) {
      if (allowBreaks && !spaces && w.column > w.bestWidth && i !== 0 && i !== cps.length - 1 && cps[i + 1] !== SPACE) {
        w.writeIndent();
      } else {
        w.put(' ');
      }
      spaces = true;
    } else if (isBreak(c)) {
      // A lone '\n' inside single quotes would fold to a space; write it twice.
      if (!breaks && c === 0x0a) w.putBreak();
      w.writeBreak(String.fromCodePoint(c));
      w.indention = true;
      breaks = true;
    } else {
      if (breaks) w.writeIndent();
      if (c === QUOTE) w.put("'");
      w.put(String.fromCodePoint(c));
      w.indention = false;
      spaces = false;
      breaks = false;
    }
  });
  if (breaks) w.writeIndent();
  w.writeIndicator("'", false, false, false);
  w.whitespace = false;
  w.indention = false;
}

const SHORT_ESCAPES = new Map<number, string>([
  [0x00, '0'], [0x07, 'a'], [0x08, 'b'], [0x09, 't'], [0x0a, 'n'], [0x0b, 'v'], [0x0c, 'f'],
  [0x0d, 'r'], [0x1b, 'e'], [0x22, '"'], [0x5c, '\\'], [0x85, 'N'], [0xa0, '_'],
  [0x2028, 'L'], [0x2029, 'P'],
]);

function escape(c: number): string {
  const short = SHORT_ESCAPES.get(c);
  if (short !== undefined) return short;
  const [letter, digits] = c <= 0xff ? ['x', 2] : c <= 0xffff ? ['u', 4] : ['U', 8];
  return letter + c.toString(16).toUpperCase().padStart(digits, '0');
}

function writeDoubleQuoted(w: YamlWriter, cps: number[], allowBreaks: boolean): void {
  w.writeIndicator('"', true, false, false);
  let spaces = false;
  cps.forEach((c, i) => {
    if (!isPrintable(c) || c === 0xfeff || isBreak(c) || c === DQUOTE || c === BACKSLASH) {
      for (const ch of '\\' + escape(c)) w.put(ch);
      spaces = false;
    } else if (c === SPACE) {
      if (allowBreaks && !spaces && w.column > w.bestWidth && i !== 0 && i !== cps.length - 1) {
        w.writeIndent();
        // A space starting the continuation line would be eaten by folding.
        if (cps[i + 1] === SPACE) w.put('\\');
      } else {
        w.put(' ');
      }
      spaces = true;
    } else {
      w.put(String.fromCodePoint(c));
      spaces = false;
    }
  });
  w.writeIndicator('"', false, false, false);
  w.whitespace = false;
  w.indention = false;
}

/** Only `!!binary` values (base64 lines) are written as literal blocks. */
function writeLiteral(w: YamlWriter, cps: number[]): void {
  w.writeIndicator('|', true, false, false);
  writeBlockScalarHints(w, cps);
  w.putBreak();
  w.indention = true;
  w.whitespace = true;
  let breaks = true;
  for (const c of cps) {
    if (isBreak(c)) {
      w.writeBreak(String.fromCodePoint(c));
      w.indention = true;
      breaks = true;
    } else {
      if (breaks) w.writeIndent();
      w.put(String.fromCodePoint(c));
      w.indention = false;
      breaks = false;
    }
  }
}

function writeBlockScalarHints(w: YamlWriter, cps: number[]): void {
  const first = cps[0];
  if (first !== undefined && (first === SPACE || isBreak(first))) w.writeIndicator(String(w.bestIndent), false, false, false);
  const last = cps[cps.length - 1];
  let chomp: string | null = null;
  if (last === undefined || !isBreak(last)) chomp = '-';
  else if (cps.length === 1 || isBreak(cps[cps.length - 2]!)) chomp = '+';
  if (chomp !== null) w.writeIndicator(chomp, false, false, false);
}
