/**
 * The shared config and credentials files as botocore reads them: Python's
 * `configparser.RawConfigParser` in strict mode (duplicate sections or
 * keys, lines outside a section and lines without `=`/`:` are errors; keys
 * are lower-cased; indented lines continue the previous value; `#` and `;`
 * start whole-line comments only), then one level of nesting for values
 * that start on the next line (`s3 =\n  max_concurrent_requests = 10`).
 */

import { PY_SPACE_CLASS, pyRstrip, pyStrip } from '../value/pytext.js';

export type IniValue = string | Record<string, string>;
export type IniFile = Map<string, Map<string, IniValue>>;

export class IniParseError extends Error {}

// configparser's patterns use Python's `\s`; JS's differs (U+FEFF, \x1c-\x1f, NEL).
const WS = PY_SPACE_CLASS;
// Python's `.` stops only at \n, so U+2028 and friends stay inside values.
const SECTION = /^\[([^\n]+)\]/;
const OPTION = new RegExp(`^([^\\n]*?)${WS}*[=:]${WS}*([^\\n]*)$`);
const LEADING = new RegExp(`^${WS}*`);

export function parseIni(text: string): IniFile {
  const sections = new Map<string, Map<string, string[]>>();
  let defaults: Map<string, string[]> | undefined;
  let current: Map<string, string[]> | undefined;
  let currentName = '';
  let option: string | undefined;
  let indentLevel = 0;
  let failed = false;
  const added = new Set<string>();

  for (const line of text.split(/\r\n|\r|\n/)) {
    const stripped = pyStrip(line);
    if (stripped.startsWith('#') || stripped.startsWith(';')) {
      continue;
    }
    if (stripped === '') {
      if (current && option !== undefined) current.get(option)!.push('');
      continue;
    }
    const indent = LEADING.exec(line)![0].length;
    if (current && option !== undefined && indent > indentLevel) {
      current.get(option)!.push(stripped);
      continue;
    }
    indentLevel = indent;
    const header = SECTION.exec(stripped);
    if (header) {
      const name = header[1]!;
      if (name !== 'DEFAULT' && added.has(name)) throw new IniParseError(`duplicate section ${name}`);
      if (name === 'DEFAULT') {
        defaults ??= new Map();
        current = defaults;
      } else {
        current = sections.get(name) ?? new Map();
        sections.set(name, current);
      }
      added.add(name);
      currentName = name;
      option = undefined;
      continue;
    }
    if (!current) throw new IniParseError('file contains no section headers');
    const match = OPTION.exec(stripped);
    if (!match || match[1] === '') {
      failed = true; // configparser reports bad lines after reading the whole file
      option = undefined;
      continue;
    }
    const key = pyStrip(match[1]!).toLowerCase();
    const addedKey = `${currentName}\u0000${key}`;
    if (added.has(addedKey)) throw new IniParseError(`duplicate option ${key}`);
    added.add(addedKey);
    option = key;
    current.set(key, [pyStrip(match[2]!)]);
  }
  if (failed) throw new IniParseError('source contains parsing errors');

  const result: IniFile = new Map();
  for (const [name, values] of sections) {
    const section = new Map<string, IniValue>();
    // configparser lists a section's own keys first, then the [DEFAULT] ones.
    const merged = new Map([...values, ...[...(defaults ?? [])].filter(([k]) => !values.has(k))]);
    for (const [key, lines] of merged) {
      const value = pyRstrip(lines.join('\n'));
      section.set(key, value.startsWith('\n') ? parseNested(value) : value);
    }
    result.set(name, section);
  }
  return result;
}

function parseNested(value: string): Record<string, string> {
  const nested: Record<string, string> = {};
  for (const raw of value.split('\n')) {
    const line = pyStrip(raw);
    if (!line) continue;
    const eq = line.indexOf('=');
    if (eq < 0) throw new IniParseError(`bad nested value: ${line}`);
    nested[pyStrip(line.slice(0, eq))] = pyStrip(line.slice(eq + 1));
  }
  return nested;
}
