/**
 * Python's `shlex.split(text)` (POSIX mode): whitespace separates words;
 * single quotes keep everything; double quotes keep everything but let a
 * backslash escape `"` and `\`; outside quotes a backslash escapes any
 * character; quoted parts join the text around them into one word.
 * botocore splits `[profile x]` headers with it, aws-cli the pager command.
 */
export class ShlexError extends Error {}

export function shlexSplit(text: string): string[] {
  const words: string[] = [];
  let word = '';
  let inWord = false;
  const chars = [...text];
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i]!;
    if (ch === "'") {
      const end = chars.indexOf("'", i + 1);
      if (end < 0) throw new ShlexError('No closing quotation');
      word += chars.slice(i + 1, end).join('');
      inWord = true;
      i = end;
    } else if (ch === '"') {
      inWord = true;
      for (i++; ; i++) {
        if (i >= chars.length) throw new ShlexError('No closing quotation');
        const c = chars[i]!;
        if (c === '"') break;
        if (c === '\\' && (chars[i + 1] === '"' || chars[i + 1] === '\\')) word += chars[++i];
        else word += c;
      }
    } else if (ch === '\\') {
      if (i + 1 >= chars.length) throw new ShlexError('No escaped character');
      word += chars[++i];
      inWord = true;
    } else if (/[ \t\r\n]/.test(ch)) {
      if (inWord) words.push(word);
      word = '';
      inWord = false;
    } else {
      word += ch;
      inWord = true;
    }
  }
  if (inWord) words.push(word);
  return words;
}
