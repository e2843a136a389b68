/** `--output json`: awscli/formatter.py JSONFormatter. */
import { dumpJson } from '../value/json.js';
import { isDict, type PyValue } from '../value/model.js';
import type { Formatter } from './formatter.js';
import { PythonError } from './python.js';

/** Stands in for bytes so the text Python wrote before failing can be cut out;
 *  a reversed surrogate pair cannot occur in text that reached us as UTF-8. */
const BYTES_MARK = '\udfff\ud800bytes';

export const format: Formatter = (_title, value) => {
  // An operation with no output is `{}`; other falsy values do print.
  if (isDict(value) && value.size === 0) return [];
  let sawBytes = false;
  const fallback = (): PyValue => {
    sawBytes = true;
    return BYTES_MARK;
  };
  const text = dumpJson(value, { indent: 4, ensureAscii: false, fallback });
  if (sawBytes) {
    // aws-cli's json_encoder hands bytes back unchanged, which json reports as
    // a cycle; json.dump has streamed everything before that value by then.
    const error = new PythonError('ValueError', 'Circular reference detected');
    error.written = [text.slice(0, text.indexOf(`"${BYTES_MARK}"`))];
    throw error;
  }
  return [text, '\n'];
};
