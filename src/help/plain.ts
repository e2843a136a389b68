/**
 * Renders our generated man pages as plain text, for machines with neither
 * man(1) nor mandoc(1). It knows only the man(7) subset the generator
 * writes (src/help/man/roff.ts) and lays it out the way man does: headings
 * at the margin, text indented 7, tagged entries 7 more, filled to 78
 * columns.
 */
import { fill } from './fill.js';

const WIDTH = 78;
const MARGIN = 7;
const NBSP = '\u00a0';

const SPECIAL: Record<string, string> = { ti: '~', ha: '^', aq: "'", ga: '`', bu: 'o', em: '--', en: '-' };

/** The text of one roff line: font changes dropped, escapes resolved. */
function unescape(line: string): string {
  return line.replace(/\\(f[BIRP]|\(..|[-e&%\s])/g, (_, esc: string) => {
    if (esc.startsWith('f') || esc === '&' || esc === '%') return '';
    if (esc === '-') return '-';
    if (esc === 'e') return '\\';
    if (esc.startsWith('(')) return SPECIAL[esc.slice(1)] ?? '?';
    return NBSP;
  });
}

/** Macro arguments, with roff's double quotes. */
function macroArgs(rest: string): string[] {
  const args: string[] = [];
  const re = /"((?:[^"]|"")*)"|(\S+)/g;
  for (let m = re.exec(rest); m; m = re.exec(rest)) args.push(m[1] !== undefined ? m[1].replace(/""/g, '"') : m[2]!);
  return args;
}

class Layout {
  private readonly out: string[] = [];
  private words: string[] = [];
  /** Indent of the running text, and of its first line when a tag or bullet hangs in front. */
  private indent = MARGIN;
  private first: string | undefined;
  private base = MARGIN;
  private readonly stack: number[] = [];
  private noFill = false;
  private tagNext = false;
  /** A synopsis block: the command, then words wrapped under it. */
  private synopsis: string | undefined;
  private footer = '';

  /** Index of the last heading: the first paragraph after it needs no blank line. */
  private heading = -1;

  blank(): void {
    this.flush();
    const last = this.out.length - 1;
    if (last >= 0 && last !== this.heading && this.out[last] !== '') this.out.push('');
  }

  flush(): void {
    if (this.words.length === 0) {
      if (this.first !== undefined) this.out.push(this.first.trimEnd());
      this.first = undefined;
      return;
    }
    const lead = this.synopsis !== undefined ? ' '.repeat(MARGIN) : this.first ?? ' '.repeat(this.indent);
    const hang = this.synopsis !== undefined ? MARGIN + this.synopsis.length + 1 : this.indent;
    for (const line of fill(this.words, lead, hang, WIDTH)) this.out.push(line.replaceAll(NBSP, ' '));
    this.words = [];
    this.first = undefined;
  }

  text(line: string): void {
    const plain = unescape(line);
    if (this.noFill) {
      this.out.push(`${' '.repeat(this.indent)}${plain}`.trimEnd());
    } else if (this.tagNext) {
      this.tagNext = false;
      const tag = `${' '.repeat(this.base)}${plain}`;
      if (tag.length < this.base + MARGIN - 1) this.first = tag.padEnd(this.base + MARGIN);
      else {
        this.indent = this.base;
        this.words.push(...plain.split(/ +/).filter(Boolean));
        this.flush();
      }
      this.indent = this.base + MARGIN;
    } else {
      this.words.push(...plain.split(/ +/).filter(Boolean));
    }
  }

  macro(name: string, args: string[]): void {
    switch (name) {
      case 'TH': {
        const [page, footer] = titleLines(args.map(unescape));
        this.out.push(page, '');
        this.footer = footer;
        break;
      }
      case 'SH':
      case 'SS':
        this.blank();
        this.synopsis = undefined;
        this.base = this.indent = MARGIN;
        this.out.push(`${name === 'SS' ? '   ' : ''}${args.map(unescape).join(' ')}`);
        this.heading = this.out.length - 1;
        break;
      case 'PP':
      case 'P':
      case 'LP':
        this.blank();
        this.indent = this.base;
        break;
      case 'TP':
        this.blank();
        this.tagNext = true;
        break;
      case 'IP':
        this.blank();
        if (args[0] !== undefined) {
          const width = Number(args[1] ?? MARGIN);
          this.indent = this.base + width;
          this.first = `${' '.repeat(this.base)}${unescape(args[0])}`.padEnd(this.indent);
        }
        break;
      case 'RS':
        this.flush();
        this.stack.push(this.base);
        this.base = this.indent + Number(args[0] ?? MARGIN);
        this.indent = this.base;
        break;
      case 'RE':
        this.flush();
        this.base = this.stack.pop() ?? MARGIN;
        this.indent = this.base;
        break;
      case 'EX':
      case 'nf':
        this.flush();
        this.noFill = true;
        break;
      case 'EE':
      case 'fi':
        this.noFill = false;
        break;
      case 'SY':
        this.blank();
        this.synopsis = unescape(args.join(' '));
        this.words.push(this.synopsis);
        break;
      case 'YS':
        this.flush();
        this.synopsis = undefined;
        break;
      case 'B':
      case 'I':
        this.text(args.join(' '));
        break;
      case 'br':
        this.flush();
        break;
      default:
        break; // .nh, .nr and comments change nothing in plain text
    }
  }

  result(): string {
    this.blank();
    this.out.push(this.footer);
    return `${this.out.join('\n')}\n`;
  }
}

/** Three parts spread over the width: left, centred, right. */
function spread(left: string, centre: string, right: string): string {
  const start = Math.max(left.length + 1, Math.floor((WIDTH - centre.length) / 2));
  const head = `${left.padEnd(start)}${centre}`;
  return `${head}${' '.repeat(Math.max(1, WIDTH - head.length - right.length))}${right}`;
}

/** The header and footer lines of `.TH title section date source manual`. */
function titleLines([name = '', section = '', date = '', source = '', manual = '']: string[]): [string, string] {
  const title = `${name}(${section})`;
  return [spread(title, manual, title), spread(source, date, title)];
}

export function roffToText(source: string): string {
  const layout = new Layout();
  for (const line of source.split('\n')) {
    if (line.startsWith('.\\"')) continue;
    const m = /^[.'](\S+)\s*(.*)$/.exec(line);
    if (m) layout.macro(m[1]!, macroArgs(m[2]!));
    else if (line !== '') layout.text(line);
  }
  return layout.result();
}
