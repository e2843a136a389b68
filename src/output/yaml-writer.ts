/**
 * The output side of libyaml's emitter (the C emitter ruamel.yaml uses):
 * the text written so far and the state its decisions read: the column,
 * whether the last thing written was whitespace or indentation, and the
 * indentation stack. Names follow emitter.c so the ports stay checkable.
 */

export class YamlWriter {
  out = '';
  /** Counted in code points, as libyaml counts characters. */
  column = 0;
  whitespace = true;
  indention = true;
  indent = -1;
  readonly bestIndent = 2;
  /** ruamel passes no width, so libyaml's default applies. */
  readonly bestWidth = 80;
  private indents: number[] = [];

  /** PUT / WRITE: one character on the current line. */
  put(ch: string): void {
    this.out += ch;
    this.column++;
  }

  /** PUT_BREAK. */
  putBreak(): void {
    this.out += '\n';
    this.column = 0;
  }

  /** WRITE_BREAK: a line break from the scalar itself; only '\n' is normalised. */
  writeBreak(ch: string): void {
    if (ch === '\n') {
      this.putBreak();
    } else {
      this.out += ch;
      this.column = 0;
    }
  }

  increaseIndent(flow: boolean, indentless: boolean): void {
    this.indents.push(this.indent);
    if (this.indent < 0) this.indent = flow ? this.bestIndent : 0;
    else if (!indentless) this.indent += this.bestIndent;
  }

  popIndent(): void {
    this.indent = this.indents.pop()!;
  }

  writeIndent(): void {
    const indent = Math.max(this.indent, 0);
    if (!this.indention || this.column > indent || (this.column === indent && !this.whitespace)) this.putBreak();
    while (this.column < indent) this.put(' ');
    this.whitespace = true;
    this.indention = true;
  }

  writeIndicator(indicator: string, needWhitespace: boolean, isWhitespace: boolean, isIndention: boolean): void {
    if (needWhitespace && !this.whitespace) this.put(' ');
    for (const ch of indicator) this.put(ch);
    this.whitespace = isWhitespace;
    this.indention = this.indention && isIndention;
  }

  /** Anchors, aliases and tag handles: plain text that ends any whitespace run. */
  writeWord(text: string, needWhitespace: boolean): void {
    if (needWhitespace && !this.whitespace) this.put(' ');
    for (const ch of text) this.put(ch);
    this.whitespace = false;
    this.indention = false;
  }
}
