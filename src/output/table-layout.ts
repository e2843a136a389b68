/**
 * awscli/table.py: sections of rows, column widths scaled to the widest
 * section, and rendering. Ported line for line, including the arithmetic
 * that looks accidental (Python's round-half-even, negative space counts
 * that Python repeats as nothing), because the bytes depend on it.
 */
import type { PyValue } from '../value/model.js';
import { pyStr } from '../value/repr.js';
import { PythonError } from './python.js';
import type { Styler } from './table-style.js';
import { textWidth } from './widths.js';

const PADDING = 4;

export class Section {
  headers: string[] = [];
  rows: string[][] = [];
  private numCols: number | null = null;
  private maxWidths: number[] = [];

  constructor(
    /** null when a `--query` nests lists so that aws-cli starts a section with title None. */
    readonly title: string | null,
    readonly indentLevel: number,
  ) {}

  addHeader(headers: PyValue[]): void {
    const texts = headers.map(pyStr);
    this.updateMaxWidths(texts);
    this.numCols ??= texts.length;
    this.headers = texts;
  }

  addRow(row: PyValue[]): void {
    this.numCols ??= row.length;
    if (row.length !== this.numCols) {
      throw new PythonError('ValueError', `Row should have ${this.numCols} elements, instead it has ${row.length}`);
    }
    const texts = row.map(pyStr);
    this.rows.push(texts);
    this.updateMaxWidths(texts);
  }

  /** Python's `_update_max_widths`: headers are not checked against the
   *  column count, so a longer header row runs off the end of the list. */
  private updateMaxWidths(row: string[]): void {
    if (this.maxWidths.length === 0) {
      this.maxWidths = row.map(textWidth);
      return;
    }
    row.forEach((element, i) => {
      const width = textWidth(element);
      if (i >= this.maxWidths.length) throw new PythonError('IndexError', 'list index out of range');
      this.maxWidths[i] = Math.max(width, this.maxWidths[i]!);
    });
  }

  /** Widths of the columns (padding included) filling exactly `maxWidth`. */
  columnWidths(maxWidth: number): number[] {
    const unscaled = this.maxWidths.map((w) => w + PADDING);
    if (unscaled.length === 0) return unscaled;
    const scaleFactor = maxWidth / sum(unscaled);
    const scaled = unscaled.map((w) => pyRound(scaleFactor * w));
    let offBy = sum(scaled) - maxWidth;
    while (offBy !== 0) {
      // Too wide: shave from the first column on; too narrow: pad from the last.
      const order = scaled.map((_, i) => i);
      if (offBy < 0) order.reverse();
      for (const i of order) {
        if (offBy > 0) {
          scaled[i]!--;
          offBy--;
        } else {
          scaled[i]!++;
          offBy++;
        }
        if (offBy === 0) break;
      }
    }
    return scaled;
  }

  totalWidth(): number {
    const outer = 2 * this.indentLevel;
    const columns = sum(this.maxWidths.map((w) => w + PADDING)) + 2 + outer;
    // str(None) is 'None': a title-less nested section still claims 4 columns.
    return Math.max(textWidth(this.title ?? 'None') + 2 + outer, columns);
  }
}

export class MultiTable {
  private sections: Section[] = [];
  private current: Section | null = null;

  constructor(
    private readonly terminalWidth: number,
    private readonly styler: Styler,
  ) {}

  newSection(title: string | null, indentLevel = 0): void {
    this.current = new Section(title, indentLevel);
    this.sections.push(this.current);
  }

  addRowHeader(headers: PyValue[]): void {
    this.current!.addHeader(headers);
  }

  addRow(row: PyValue[]): void {
    this.current!.addRow(row);
  }

  /** The write() calls MultiTable.render makes. */
  render(): string[] {
    let maxWidth = this.maxWidth();
    if (maxWidth > this.terminalWidth) {
      this.convertToVertical();
      maxWidth = this.maxWidth();
    }
    const out = ['-'.repeat(maxWidth) + '\n'];
    for (const section of this.sections) this.renderSection(section, maxWidth, out);
    return out;
  }

  private maxWidth(): number {
    return Math.max(...this.sections.map((s) => s.totalWidth()));
  }

  /** Too wide for the terminal: every single-row section with headers becomes
   *  header/value rows. Tables are never wrapped or truncated otherwise. */
  private convertToVertical(): void {
    this.sections = this.sections.map((section) => {
      if (section.rows.length !== 1 || section.headers.length === 0) return section;
      const vertical = new Section(section.title, section.indentLevel);
      zip(section.headers, section.rows[0]!).forEach(([header, element]) => vertical.addRow([header, element]));
      return vertical;
    });
  }

  private renderSection(section: Section, maxWidth: number, out: string[]): void {
    // IndentedStream: each line is four writes, the bars around it included.
    const bars = this.styler.indentationChar('|').repeat(section.indentLevel);
    const write = (line: string): void => {
      out.push(bars, line, bars, '\n');
    };
    const width = maxWidth - 2 * section.indentLevel;
    if (section.title) {
      write(centerText(section.title, width, '|', '|', textWidth(section.title)));
      if (section.headers.length === 0 && section.rows.length === 0) write(`+${dashes(width - 2)}+`);
    }
    if (section.headers.length > 0) {
      const widths = section.columnWidths(width);
      const cells = zip(widths, section.headers).map(([w, header], i) =>
        centerText(header, w, i === 0 ? '|' : '', '|', textWidth(header)),
      );
      write(lineBreak(widths));
      write(cells.join(''));
    }
    if (section.rows.length > 0) {
      const widths = section.columnWidths(width);
      if (widths.length === 0) return;
      write(lineBreak(widths));
      for (const row of section.rows) {
        const cells = zip(widths, row).map(([w, element], i) =>
          alignLeft(this.styler.rowElement(element), w, i === 0 ? '|' : '', '|', textWidth(element)),
        );
        write(cells.join(''));
      }
      write(lineBreak(widths));
    }
  }
}

/** `+-----+------+` for columns of these widths. */
function lineBreak(widths: number[]): string {
  return widths.map((w, i) => (i === 0 ? `+${dashes(w - 2)}+` : `${dashes(w - 1)}+`)).join('');
}

function centerText(text: string, length: number, leftEdge: string, rightEdge: string, textLength: number): string {
  const charStart = Math.floor(length / 2) - Math.floor(textLength / 2) - 1;
  const lengthSoFar = textWidth(leftEdge) + charStart + textLength;
  const rightSpaces = length - textWidth(rightEdge) - lengthSoFar;
  return leftEdge + spaces(charStart) + text + spaces(rightSpaces) + rightEdge;
}

/** `text` may carry colour codes; `textLength` is the width without them. */
function alignLeft(text: string, length: number, leftEdge: string, rightEdge: string, textLength: number): string {
  const computed = textLength + 2 + textWidth(leftEdge) + textWidth(rightEdge);
  const padding = length - computed >= 0 ? 2 : 0;
  const lengthSoFar = leftEdge.length + padding + textLength;
  return leftEdge + spaces(padding) + text + spaces(length - lengthSoFar - rightEdge.length) + rightEdge;
}

/** Python's `' ' * n` is empty for negative n. */
function spaces(n: number): string {
  return ' '.repeat(Math.max(0, n));
}

function dashes(n: number): string {
  return '-'.repeat(Math.max(0, n));
}

function sum(values: number[]): number {
  return values.reduce((a, b) => a + b, 0);
}

/** Python's zip stops at the shorter list. */
function zip<A, B>(a: A[], b: B[]): [A, B][] {
  return a.slice(0, Math.min(a.length, b.length)).map((x, i) => [x, b[i]!]);
}

/** Python 3's round() on a float: C's round(), then halves to the even neighbour. */
export function pyRound(x: number): number {
  const rounded = roundHalfAway(x);
  return Math.abs(x - rounded) === 0.5 ? 2 * roundHalfAway(x / 2) : rounded;
}

function roundHalfAway(x: number): number {
  const truncated = Math.trunc(x);
  return Math.abs(x - truncated) >= 0.5 ? truncated + Math.sign(x) : truncated;
}
