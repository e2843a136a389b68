/**
 * Readable checks of the Python jmespath behaviours the port has to keep.
 * The exhaustive comparison with Python is in query.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { compileQuery, QueryRuntimeError, QuerySyntaxError } from '../../src/query/index.js';
import { dict, fromPlain, type PyValue } from '../../src/value/model.js';

const search = (expression: string, value: PyValue = null): PyValue => compileQuery(expression).search(value);

function syntaxError(expression: string): QuerySyntaxError {
  try {
    compileQuery(expression);
  } catch (e) {
    if (e instanceof QuerySyntaxError) return e;
    throw e;
  }
  throw new Error(`${expression} compiled`);
}

function runtimeError(expression: string, value: PyValue = null): QueryRuntimeError {
  try {
    search(expression, value);
  } catch (e) {
    if (e instanceof QueryRuntimeError) return e;
    throw e;
  }
  throw new Error(`${expression} succeeded`);
}

describe('numbers', () => {
  it('keeps int and float apart in sum()', () => {
    expect(search('sum(`[1, 2]`)')).toBe(3n);
    expect(search('sum(`[1, 2.5]`)')).toBe(3.5);
    expect(search('sum(`[]`)')).toBe(0n);
  });
  it('adds floats one by one as CPython 3.11 does, without compensation', () => {
    expect(search('sum(`[0.1, 0.2, 0.3]`)')).toBe(0.6000000000000001);
  });
  it('always returns a float from avg()', () => {
    expect(search('avg(`[1, 2, 3]`)')).toBe(2);
    expect(typeof search('avg(`[1, 2, 3]`)')).toBe('number');
    expect(search('avg(`[]`)')).toBeNull();
  });
  it('returns ints from ceil() and floor(), like Python 3 math', () => {
    expect(search('ceil(`1.5`)')).toBe(2n);
    expect(search('floor(`-1.5`)')).toBe(-2n);
    expect(runtimeError('ceil(`NaN`)').message).toBe('cannot convert float NaN to integer');
  });
  it('reads literals and to_number() strings as int or float', () => {
    expect(search('`1`')).toBe(1n);
    expect(search('`1.0`')).toBe(1);
    expect(search("to_number('1')")).toBe(1n);
    expect(search("to_number('1.5')")).toBe(1.5);
    expect(search("to_number('1_000')")).toBe(1000n);
    expect(search("to_number('x')")).toBeNull();
  });
  it('calls ints and floats both "number"', () => {
    // A multi-select on null is null, so give it a document.
    expect(search('[type(`1`), type(`1.0`), type(`true`)]', dict({}))).toEqual(['number', 'number', 'boolean']);
  });
  it('returns the first of equal maxima, keeping its type', () => {
    expect(search('max(`[1, 1.0]`)')).toBe(1n);
    expect(search('max(`[1.0, 1]`)')).toBe(1);
  });
});

describe('truthiness and equality', () => {
  it('treats 0 as true in || and && but makes !0 false', () => {
    expect(search('`0` || `"x"`')).toBe(0n);
    expect(search('`"" ` || `"x"`')).toBe('x');
    expect(search('!`0`')).toBe(false);
    expect(search('!`[]`')).toBe(true);
  });
  it('never lets a top-level 0 or 1 equal a bool, though nested ones do', () => {
    expect(search('`1` == `true`')).toBe(false);
    expect(search('`1` == `1.0`')).toBe(true);
    expect(search('`[1]` == `[true]`')).toBe(true);
  });
  it('compares dicts regardless of key order', () => {
    expect(search('`{"a": 1, "b": 2}` == `{"b": 2, "a": 1.0}`')).toBe(true);
  });
  it('orders numbers and strings, and gives null for other types', () => {
    expect(search('`1` < `1.5`')).toBe(true);
    expect(search("'a' < 'b'")).toBe(true);
    expect(search('`true` < `false`')).toBeNull();
  });
  it("raises Python's TypeError when a number is ordered against a string", () => {
    const error = runtimeError("'a' < `1`");
    expect(error.pythonClass).toBe('TypeError');
    expect(error.message).toBe("'<' not supported between instances of 'str' and 'int'");
  });
});

describe('structure', () => {
  it('builds multi-select hashes in expression order', () => {
    const result = search('{z: a, a: b, m: c}', dict({ a: 1n, b: 2n, c: 3n })) as Map<string, PyValue>;
    expect([...result.keys()]).toEqual(['z', 'a', 'm']);
  });
  it('projects, filters, flattens and pipes', () => {
    const doc = fromPlain({ people: [{ name: 'a', age: 30 }, { name: 'b', age: 20 }, { name: 'c' }] });
    expect(search('people[?age > `25`].name', doc)).toEqual(['a']);
    expect(search('people[*].age', doc)).toEqual([30n, 20n]);
    expect(search('people[].name | [-1]', doc)).toEqual('c');
    expect(search('sort_by(people[?age], &age)[].name', doc)).toEqual(['b', 'a']);
  });
  it('slices with negative steps', () => {
    expect(search('[::-2]', fromPlain([0, 1, 2, 3, 4]))).toEqual([4n, 2n, 0n]);
  });
  it('does not project a slice that follows an index, as Python does', () => {
    const doc = fromPlain({ a: [[{ b: 1 }, { b: 2 }]] });
    expect(search('a[0][0:2].b', doc)).toBeNull();
    expect(search('a[0] | [0:2].b', doc)).toEqual([1n, 2n]);
  });
  it('reverses strings by code point', () => {
    expect(search("reverse('a😀b')")).toBe('b😀a');
    expect(search("length('😀')")).toBe(1n);
  });
  it('keeps backslashes in raw strings and reads bare literals as strings', () => {
    expect(search("'a\\\\b'")).toBe('a\\\\b');
    expect(search('`foo bar`')).toBe('foo bar');
  });
  it('writes to_string() like json.dumps with compact separators', () => {
    expect(search('to_string(`{"a": [1, 2.0, "é"]}`)')).toBe('{"a":[1,2.0,"\\u00e9"]}');
  });
  it('refuses to return an &expression, which no output format can print', () => {
    expect(runtimeError('&a').pythonClass).toBe('ExpressionResult');
  });
});

describe('error messages', () => {
  it('reports an incomplete expression with a caret at its end', () => {
    expect(syntaxError('Name[?').message).toBe('Invalid jmespath expression: Incomplete expression:\n"Name[?"\n       ^');
  });
  it('reports an invalid token', () => {
    expect(syntaxError('&&').message).toBe(
      'invalid token: Parse error at column 0, token "&&" (AND), for expression:\n"&&"\n ^',
    );
  });
  it('lists what may follow a dot', () => {
    expect(syntaxError('Name.').message).toBe(
      "Expecting: ['quoted_identifier', 'unquoted_identifier', 'lbracket', 'lbrace'], got: eof: " +
        'Parse error at column 5, token "" (EOF), for expression:\n"Name."\n      ^',
    );
  });
  it('rejects the empty expression', () => {
    const error = syntaxError('');
    expect(error.message).toBe('Invalid JMESPath expression: cannot be empty.');
    expect(error.pythonClass).toBe('EmptyExpressionError');
  });
  it('reports lexer errors without quoting the expression', () => {
    expect(syntaxError('a = b').message).toBe("Bad jmespath expression: Unknown token '=':\na = b\n  ^");
  });
  it('reports unknown functions and bad argument types at search time', () => {
    expect(runtimeError('foo()').message).toBe('Unknown function: foo()');
    expect(runtimeError('length(`1`)').message).toBe(
      'In function length(), invalid type for value: 1, expected one of: ' +
        `['string', 'array', 'object'], received: "number"`,
    );
    expect(runtimeError('sum(`["a"]`)').message).toBe(
      `In function sum(), invalid type for value: a, expected one of: ['array-number'], received: "str"`,
    );
    expect(runtimeError('length()').message).toBe('Expected 1 argument for function length(), received 0');
  });
});
