/**
 * `--output text`: a port of awscli/text.py. Scalars go out with Python's
 * str(), raw (tabs and newlines unescaped), keys sorted by code point, and
 * nested values on lines of their own headed by the upper-cased key.
 */
import type { PyDict, PyValue } from '../value/model.js';
import { isDict } from '../value/model.js';
import { pyStr } from '../value/repr.js';
import type { Formatter } from './formatter.js';
import { pyUpper } from './upper-case.js';
import { isScalar, noAttribute, PythonError, sortedKeys } from './python.js';

export const format: Formatter = (_title, value) => {
  const out: string[] = [];
  try {
    formatText(value, out, null, null);
  } catch (error) {
    // text.py writes as it walks; what went out before the failure stays out.
    if (error instanceof PythonError) error.written = out;
    throw error;
  }
  return out;
};

function formatText(item: PyValue, out: string[], identifier: string | null, scalarKeys: string[] | null): void {
  if (isDict(item)) formatDict(scalarKeys, item, identifier, out);
  else if (Array.isArray(item)) formatList(item, identifier, out);
  else out.push(pyStr(item), '\n');
}

function formatList(items: PyValue[], identifier: string | null, out: string[]): void {
  if (items.length === 0) return;
  if (items.some(isDict)) {
    const allKeys = allScalarKeys(items);
    for (const element of items) formatText(element, out, identifier, allKeys);
  } else if (items.some(Array.isArray)) {
    const scalars = items.filter(isScalar);
    if (scalars.length > 0) formatScalarList(scalars, identifier, out);
    for (const nonScalar of items.filter((item) => !isScalar(item))) formatText(nonScalar, out, identifier, null);
  } else {
    formatScalarList(items, identifier, out);
  }
}

function formatScalarList(elements: PyValue[], identifier: string | null, out: string[]): void {
  if (identifier !== null) {
    for (const item of elements) out.push(`${pyUpper(identifier)}\t${pyStr(item)}\n`);
  } else {
    out.push(elements.map(pyStr).join('\t'), '\n');
  }
}

function formatDict(scalarKeys: string[] | null, item: PyDict, identifier: string | null, out: string[]): void {
  const [scalars, nonScalars] = partitionDict(item, scalarKeys);
  if (scalars.length > 0) {
    if (identifier !== null) scalars.unshift(pyUpper(identifier));
    out.push(scalars.join('\t'), '\n');
  }
  for (const [newIdentifier, nonScalar] of nonScalars) formatText(nonScalar, out, newIdentifier, null);
}

/** The sorted union of keys holding a scalar in any element; every element
 *  must be a dict (Python calls `.items()` on each). */
function allScalarKeys(listOfDicts: PyValue[]): string[] {
  const seen = new Set<string>();
  for (const item of listOfDicts) {
    if (!isDict(item)) throw noAttribute(item, 'items');
    for (const [key, value] of item) if (isScalar(value)) seen.add(key);
  }
  return sortedKeys(seen);
}

function partitionDict(item: PyDict, scalarKeys: string[] | null): [string[], [string, PyValue][]] {
  const scalars: string[] = [];
  const nonScalars: [string, PyValue][] = [];
  if (scalarKeys === null) {
    for (const key of sortedKeys(item.keys())) {
      const value = item.get(key)!;
      if (isScalar(value)) scalars.push(pyStr(value));
      else nonScalars.push([key, value]);
    }
  } else {
    // Columns shared by the whole list: a missing key is '', and a key that is
    // a scalar elsewhere prints here even when its value is a list.
    for (const key of scalarKeys) scalars.push(item.has(key) ? pyStr(item.get(key)!) : '');
    const remaining = sortedKeys([...item.keys()].filter((key) => !scalarKeys.includes(key)));
    for (const key of remaining) nonScalars.push([key, item.get(key)!]);
  }
  return [scalars, nonScalars];
}
