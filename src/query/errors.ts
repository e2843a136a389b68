/**
 * The two error classes the query engine throws, plus the message builders
 * for Python jmespath's exception classes. aws-cli prints `str(exception)`,
 * so every message here is that text, byte for byte.
 */
import { codePoints } from '../value/pytext.js';
import type { JValue } from './values.js';
import { jStr } from './values.js';

/**
 * The expression could not be compiled: Python raised LexerError,
 * ParseError, IncompleteExpressionError or EmptyExpressionError (or, for a
 * number literal past Python's 4300-digit limit, a plain ValueError).
 */
export class QuerySyntaxError extends Error {
  override name = 'QuerySyntaxError';
  constructor(
    message: string,
    /** The Python exception class that carried this message. */
    readonly pythonClass: string,
  ) {
    super(message);
  }
}

/**
 * Evaluating a compiled expression failed. Usually a JMESPathError subclass
 * (JMESPathTypeError, ArityError, VariadictArityError, UnknownFunctionError),
 * but Python jmespath also lets plain TypeError/ValueError/OverflowError
 * escape (`'a' < `1``, `[::0]`, `ceil(`1e400`)`); those keep their class name.
 *
 * Two `pythonClass` values are the port's own, for results Python returns
 * but the value model cannot hold: "ExpressionResult" (the result contains
 * an `&expr` object) and "NotRepresentable" (merge() built a non-str key).
 */
export class QueryRuntimeError extends Error {
  override name = 'QueryRuntimeError';
  constructor(
    message: string,
    readonly pythonClass: string,
  ) {
    super(message);
  }
}

/**
 * A compile failure before the expression text is known to the formatter:
 * the parser raises these and `compileQuery` renders them, just as Python's
 * Parser._do_parse fills in `e.expression` before re-raising.
 */
export type ParseFailure =
  | { kind: 'lexer'; position: number; message: string }
  | { kind: 'parse'; position: number; value: JValue; type: string; message: string }
  | { kind: 'incomplete' };

export class ParseFailureSignal extends Error {
  constructor(readonly failure: ParseFailure) {
    super('parse failure');
  }
}

/** `str(e)` of the Python exception for a parse failure on `expression`. */
export function renderParseFailure(failure: ParseFailure, expression: string): QuerySyntaxError {
  switch (failure.kind) {
    case 'lexer': {
      // LexerError.__str__ has no +1: the expression is not quoted.
      const underline = ' '.repeat(failure.position) + '^';
      return new QuerySyntaxError(
        `Bad jmespath expression: ${failure.message}:\n${expression}\n${underline}`,
        'LexerError',
      );
    }
    case 'parse': {
      // +1 accounts for the opening double quote around the expression.
      const underline = ' '.repeat(failure.position + 1) + '^';
      return new QuerySyntaxError(
        `${failure.message}: Parse error at column ${failure.position}, ` +
          `token "${jStr(failure.value)}" (${failure.type.toUpperCase()}), for expression:\n"${expression}"\n${underline}`,
        'ParseError',
      );
    }
    case 'incomplete': {
      // set_expression() moves the caret to the end, counted in code points.
      const underline = ' '.repeat(codePoints(expression).length + 1) + '^';
      return new QuerySyntaxError(
        `Invalid jmespath expression: Incomplete expression:\n"${expression}"\n${underline}`,
        'IncompleteExpressionError',
      );
    }
  }
}

export function emptyExpressionError(): QuerySyntaxError {
  return new QuerySyntaxError('Invalid JMESPath expression: cannot be empty.', 'EmptyExpressionError');
}

/** JMESPathTypeError.__str__; `expected` is printed as a Python list. */
export function typeError(fn: string, value: JValue, actualType: string, expected: readonly string[]): QueryRuntimeError {
  return new QueryRuntimeError(
    `In function ${fn}(), invalid type for value: ${jStr(value)}, ` +
      `expected one of: ${pyListOfStr(expected)}, received: "${actualType}"`,
    'JMESPathTypeError',
  );
}

export function arityError(expected: number, actual: number, fn: string, variadic: boolean): QueryRuntimeError {
  const word = expected === 1 ? 'argument' : 'arguments';
  return variadic
    ? new QueryRuntimeError(
        `Expected at least ${expected} ${word} for function ${fn}(), received ${actual}`,
        'VariadictArityError',
      )
    : new QueryRuntimeError(`Expected ${expected} ${word} for function ${fn}(), received ${actual}`, 'ArityError');
}

/** Python's repr of a list of plain identifiers-like strings. */
function pyListOfStr(items: readonly string[]): string {
  return jStr([...items]);
}
