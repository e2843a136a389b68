/**
 * awscli/formatter.py TableFormatter._build_table: the walk from a response
 * to table sections. A dict becomes a header row and a value row (or one
 * key/value row), a list of dicts a header row and a row per element, and
 * nested values sections of their own, one indent level deeper.
 *
 * The walk assumes shapes that service responses have; `--query` results
 * may not, and then Python either does something odd (a dict among scalars
 * prints its keys) or raises. Both are reproduced through ./python.ts.
 */
import type { PyDict, PyValue } from '../value/model.js';
import { isDict, isTruthy } from '../value/model.js';
import {
  isScalar,
  noAttribute,
  pyContains,
  pyIterate,
  pySet,
  pySorted,
  pySubscript,
  sortedKeys,
} from './python.js';
import type { MultiTable } from './table-layout.js';

/** Adds `current` to `table`; false when it is falsy and nothing was added. */
export function buildTable(table: MultiTable, title: string | null, current: PyValue, indentLevel = 0): boolean {
  if (!isTruthy(current)) return false;
  if (title !== null) table.newSection(title, indentLevel);
  if (Array.isArray(current)) {
    if (isDict(current[0])) {
      buildSubTableFromList(table, current, indentLevel, title);
    } else {
      for (const item of current) {
        // A scalar is a row of one; a list of scalars (or a dict's keys) a row of them.
        const row = isScalar(item) ? [item] : pyIterate(item);
        if (row.every(isScalar)) table.addRow(row);
        // A title-less recursion lands in the current section, at indent 0.
        else buildTable(table, null, item);
      }
    }
  }
  if (isDict(current)) buildSubTableFromDict(table, current, indentLevel);
  return true;
}

function buildSubTableFromDict(table: MultiTable, current: PyDict, indentLevel: number): void {
  const [headers, more] = groupScalarKeys(current) as [string[], string[]];
  if (headers.length === 1) {
    table.addRow([headers[0]!, current.get(headers[0]!)!]);
  } else if (headers.length > 0) {
    table.addRowHeader(headers);
    table.addRow(headers.map((k) => current.get(k)!));
  }
  for (const remaining of more) buildTable(table, remaining, current.get(remaining)!, indentLevel + 1);
}

function buildSubTableFromList(table: MultiTable, current: PyValue[], indentLevel: number, title: string | null): void {
  const [headers, more] = groupScalarKeysFromList(current);
  table.addRowHeader(headers);
  current.forEach((element, i) => {
    // Each element with nested values gets its own section, headers repeated.
    if (i > 0 && more.length > 0) {
      table.newSection(title, indentLevel);
      table.addRowHeader(headers);
    }
    // `element.get(header, '')` per header: no headers, no call, no error.
    table.addRow(headers.map((header) => dictGet(element, header)));
    for (const remaining of more) {
      if (pyContains(element, remaining)) {
        // Only dict keys get this far: a list element yielding a non-scalar
        // index has already failed, as indexing a list with a list does.
        buildTable(table, remaining as string, getItem(element, remaining), indentLevel + 1);
      }
    }
  });
}

function dictGet(element: PyValue, key: PyValue): PyValue {
  if (!isDict(element)) throw noAttribute(element, 'get');
  return typeof key === 'string' && element.has(key) ? element.get(key)! : '';
}

function getItem(container: PyValue, key: PyValue): PyValue {
  return isDict(container) ? container.get(key as string)! : pySubscript(container as PyValue[] | string | Uint8Array, key);
}

/** The union over all elements, each sorted as Python sorts a set. */
function groupScalarKeysFromList(listOfDicts: PyValue[]): [PyValue[], PyValue[]] {
  const headers: PyValue[] = [];
  const more: PyValue[] = [];
  for (const item of listOfDicts) {
    const [h, m] = groupScalarKeys(item);
    headers.push(...h);
    more.push(...m);
  }
  return [pySorted(pySet(headers)), pySorted(pySet(more))];
}

/**
 * Keys whose values are scalars, and the others, each sorted. Python writes
 * `for element in current: current[element]`, which for a list (reachable
 * through a query) uses the items as indices into the list itself.
 */
function groupScalarKeys(current: PyValue): [PyValue[], PyValue[]] {
  if (isDict(current)) {
    const headers: string[] = [];
    const more: string[] = [];
    for (const [key, value] of current) (isScalar(value) ? headers : more).push(key);
    return [sortedKeys(headers), sortedKeys(more)];
  }
  const headers: PyValue[] = [];
  const more: PyValue[] = [];
  for (const element of pyIterate(current)) {
    const value = pySubscript(current as PyValue[] | string | Uint8Array, element);
    (isScalar(value) ? headers : more).push(element);
  }
  return [pySorted(headers), pySorted(more)];
}
