/**
 * `--query` support: a port of Python jmespath 1.0.1, which aws-cli uses
 * (`jmespath.compile(expr).search(response)`), down to its error texts.
 *
 * Module map: lexer.ts (tokens) -> parser.ts (AST, ast.ts) ->
 * interpreter.ts (evaluation) -> functions.ts (argument checks) ->
 * builtins.ts (the functions). values.ts and numbers.ts hold the Python
 * semantics they share, over ../value/ (compare.ts, pytext.ts); errors.ts
 * the exception texts.
 */
import type { PyValue } from '../value/model.js';
import type { Node } from './ast.js';
import { emptyExpressionError, ParseFailureSignal, QueryRuntimeError, renderParseFailure } from './errors.js';
import { evaluate } from './interpreter.js';
import { parse } from './parser.js';
import { isPyValue } from './values.js';

export { QueryRuntimeError, QuerySyntaxError } from './errors.js';

export interface Query {
  readonly expression: string;
  search(value: PyValue): PyValue;
}

/** `jmespath.compile(expression)`; throws QuerySyntaxError. */
export function compileQuery(expression: string): Query {
  if (expression === '') throw emptyExpressionError();
  let ast: Node;
  try {
    ast = parse(expression);
  } catch (e) {
    if (e instanceof ParseFailureSignal) throw renderParseFailure(e.failure, expression);
    throw e;
  }
  return {
    expression,
    search(value: PyValue): PyValue {
      const result = evaluate(ast, value);
      if (!isPyValue(result)) {
        // Python returns the `_Expression` object itself, whose str() holds a
        // memory address; the value model has no place for it.
        throw new QueryRuntimeError('Object of type _Expression is not JSON serializable', 'ExpressionResult');
      }
      return result;
    },
  };
}
