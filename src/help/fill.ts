/**
 * Greedy filling, as man(1) fills a paragraph: words go on a line while
 * they fit in `width` columns. The first line starts with `lead`, the
 * others with `hang` spaces. A word too long for a line overflows it
 * rather than being broken.
 */
export function fill(words: readonly string[], lead: string, hang: number, width: number): string[] {
  const lines: string[] = [];
  let line = lead;
  let fresh = true;
  for (const word of words) {
    if (!fresh && line.length + 1 + word.length > width) {
      lines.push(line);
      line = ' '.repeat(hang);
      fresh = true;
    }
    line += fresh ? word : ` ${word}`;
    fresh = false;
  }
  lines.push(line);
  return lines;
}
