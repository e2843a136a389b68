/**
 * A small roff (man(7) macros) writer. Prose is written with two inline
 * marks, `` `literal` `` (bold, copied verbatim: option names, commands,
 * paths) and `{placeholder}` (italic); everything else is escaped so that
 * it prints as typed, in ASCII as well as UTF-8 renderings (a plain `-`
 * would become a hyphen that cannot be pasted into a shell).
 */

export type Roff = string[];

/** Escapes text for a roff text line; `literal` also keeps quotes and backquotes ASCII. */
export function escape(text: string, literal = false): string {
  let out = '';
  for (const ch of text) {
    switch (ch) {
      case '\\':
        out += '\\e';
        break;
      case '-':
        out += '\\-';
        break;
      case '~':
        out += '\\(ti';
        break;
      case '^':
        out += '\\(ha';
        break;
      case "'":
        out += literal ? '\\(aq' : "'";
        break;
      case '`':
        out += '\\(ga';
        break;
      default:
        out += ch;
    }
  }
  return out;
}

export const bold = (text: string): string => `\\fB${escape(text, true)}\\fR`;
export const italic = (text: string): string => `\\fI${escape(text, true)}\\fR`;

const PLACEHOLDER = /\{([A-Za-z][\w .-]*)\}/g;

/** A literal, with `{placeholder}`s inside it in italics: `file://{DIR}`. */
function literal(text: string): string {
  return bold(text).replace(PLACEHOLDER, (_, name: string) => `\\fI${name}\\fB`);
}

/** Prose with `` `literal` `` and `{placeholder}` marks, as one roff text line. */
export function inline(text: string): string {
  let out = '';
  const re = /`([^`]+)`|\{([A-Za-z][\w .-]*)\}/g;
  let last = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out += escape(text.slice(last, m.index));
    out += m[1] !== undefined ? literal(m[1]) : italic(m[2]!);
    last = re.lastIndex;
  }
  return textLine(out + escape(text.slice(last)));
}

/** A text line must not start with a control character. */
function textLine(line: string): string {
  return /^[.']/.test(line) ? `\\&${line}` : line;
}

function quoted(arg: string): string {
  return /[\s"]/.test(arg) ? `"${arg.replace(/"/g, '""')}"` : arg;
}

/**
 * The title line, then no hyphenation: option names and paths must stay
 * whole. `.nh` alone is undone by groff's .YS and .EE, which restore the
 * mode kept in the HY register.
 */
export const th = (title: string, section: string, date: string, source: string, manual: string): Roff => [
  `.TH ${[title, section, date, source, manual].map(quoted).join(' ')}`,
  '.nh',
  '.nr HY 0',
];

export const sh = (name: string): Roff => [`.SH ${quoted(name)}`];
export const ss = (name: string): Roff => [`.SS ${quoted(escape(name, true))}`];

/** Paragraphs of prose. */
export const para = (...texts: string[]): Roff => texts.flatMap((t) => ['.PP', inline(t)]);

/**
 * A tagged entry: `tag` is a ready roff text line; `body` entries are
 * prose paragraphs or ready-made blocks (arrays of roff lines).
 */
export function tagged(tag: string, ...body: (string | Roff)[]): Roff {
  const out: Roff = ['.TP', textLine(tag)];
  body.forEach((item, i) => {
    if (i > 0 && typeof item === 'string') out.push('.IP');
    if (typeof item === 'string') out.push(inline(item));
    else out.push(...item);
  });
  return out;
}

/** A bulleted list; `indented` nests it inside the current tagged entry. */
export function bullets(items: readonly string[], indented = false): Roff {
  const list = items.flatMap((item) => ['.IP \\(bu 2', inline(item)]);
  return indented ? ['.RS', ...list, '.RE'] : [...list, '.PP'];
}

/** Lines shown verbatim, indented. */
export function example(lines: readonly string[]): Roff {
  return ['.RS 4', '.EX', ...lines.map((l) => textLine(escape(l, true))), '.EE', '.RE'];
}

/** A list of `[term, description]` pairs: terms literal, descriptions prose. */
export const definitions = (items: readonly (readonly [string, string])[]): Roff =>
  items.flatMap(([term, text]) => tagged(bold(term), text));

/** The page text: drops the paragraph breaks man(7) forbids (right after a heading, or before one). */
export function page(roff: Roff): string {
  const heading = (line: string | undefined) => line === undefined || /^\.(SH|SS|PP)\b/.test(line);
  const kept: Roff = [];
  roff.forEach((line, i) => {
    if (line !== '.PP' || !(heading(kept.at(-1)) || heading(roff[i + 1]))) kept.push(line);
  });
  return `${kept.join('\n')}\n`;
}
