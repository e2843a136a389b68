/**
 * Port of jmespath/parser.py, a Pratt (top-down operator precedence) parser.
 * Method names mirror the Python ones (nud = token at the start of an
 * expression, led = token after a left-hand side) so the two can be read
 * side by side; error paths are kept exactly, since which error Python
 * raises, at which token, is part of the observable behaviour.
 */
import * as ast from './ast.js';
import type { Comparator, KeyValPair, Node } from './ast.js';
import { ParseFailureSignal } from './errors.js';
import type { Token, TokenType } from './lexer.js';
import { tokenize } from './lexer.js';
import { jRepr, jStr } from './values.js';

const BINDING_POWER: Record<TokenType, number> = {
  eof: 0,
  unquoted_identifier: 0,
  quoted_identifier: 0,
  literal: 0,
  rbracket: 0,
  rparen: 0,
  comma: 0,
  rbrace: 0,
  number: 0,
  current: 0,
  expref: 0,
  colon: 0,
  pipe: 1,
  or: 2,
  and: 3,
  eq: 5,
  gt: 5,
  lt: 5,
  gte: 5,
  lte: 5,
  ne: 5,
  flatten: 9,
  // Everything above stops a projection.
  star: 20,
  filter: 21,
  dot: 40,
  not: 45,
  lbrace: 50,
  lbracket: 55,
  lparen: 60,
};

/** Tokens binding less than this end the right-hand side of a projection. */
const PROJECTION_STOP = 10;

const COMPARATORS: Partial<Record<TokenType, Comparator>> = {
  eq: 'eq',
  ne: 'ne',
  gt: 'gt',
  gte: 'gte',
  lt: 'lt',
  lte: 'lte',
};

export function parse(expression: string): Node {
  return new Parser(tokenize(expression)).parseAll();
}

class Parser {
  private index = 0;

  constructor(private readonly tokens: Token[]) {}

  parseAll(): Node {
    const parsed = this.expression(0);
    if (this.currentToken() !== 'eof') {
      const t = this.lookaheadToken(0);
      throw this.parseError(t, `Unexpected token: ${stringValue(t)}`);
    }
    return parsed;
  }

  private expression(bindingPower = 0): Node {
    const leftToken = this.lookaheadToken(0);
    this.advance();
    let left = this.nud(leftToken);
    let current = this.currentToken();
    while (bindingPower < BINDING_POWER[current]) {
      this.advance();
      left = this.led(current, left);
      current = this.currentToken();
    }
    return left;
  }

  private nud(token: Token): Node {
    switch (token.type) {
      case 'literal':
        return ast.literal(token.value);
      case 'unquoted_identifier':
        return ast.field(token.value as string);
      case 'quoted_identifier': {
        // A quoted identifier cannot name a function.
        if (this.currentToken() === 'lparen') {
          const t = this.lookaheadToken(0);
          throw this.parseError({ ...t, start: 0 }, 'Quoted identifier not allowed for function names.');
        }
        return ast.field(token.value as string);
      }
      case 'star': {
        const left = ast.identity();
        const right =
          this.currentToken() === 'rbracket' ? ast.identity() : this.parseProjectionRhs(BINDING_POWER.star);
        return ast.valueProjection(left, right);
      }
      case 'filter':
        return this.ledFilter(ast.identity());
      case 'lbrace':
        return this.parseMultiSelectHash();
      case 'lparen': {
        const expression = this.expression();
        this.match('rparen');
        return expression;
      }
      case 'flatten': {
        const left = ast.flatten(ast.identity());
        return ast.projection(left, this.parseProjectionRhs(BINDING_POWER.flatten));
      }
      case 'not':
        return ast.notExpression(this.expression(BINDING_POWER.not));
      case 'lbracket':
        return this.nudLbracket();
      case 'current':
        return ast.currentNode();
      case 'expref':
        return ast.expref(this.expression(BINDING_POWER.expref));
      default:
        if (token.type === 'eof') throw new ParseFailureSignal({ kind: 'incomplete' });
        throw this.parseError(token, 'invalid token');
    }
  }

  /**
   * The led for `current`, whose token has already been consumed. Python
   * looks the method up before advancing and reports a token without one
   * (star, not, lbrace) at its own position, i.e. one back from here.
   */
  private led(current: TokenType, left: Node): Node {
    const comparator = COMPARATORS[current];
    if (comparator !== undefined) return this.parseComparator(left, comparator);
    switch (current) {
      case 'dot':
        return this.ledDot(left);
      case 'pipe':
        return ast.pipe(left, this.expression(BINDING_POWER.pipe));
      case 'or':
        return ast.orExpression(left, this.expression(BINDING_POWER.or));
      case 'and':
        return ast.andExpression(left, this.expression(BINDING_POWER.and));
      case 'lparen':
        return this.ledLparen(left);
      case 'filter':
        return this.ledFilter(left);
      case 'flatten':
        return ast.projection(ast.flatten(left), this.parseProjectionRhs(BINDING_POWER.flatten));
      case 'lbracket':
        return this.ledLbracket(left);
      default:
        throw this.parseError(this.lookaheadToken(-1), 'invalid token');
    }
  }

  private nudLbracket(): Node {
    const current = this.currentToken();
    if (current === 'number' || current === 'colon') {
      const right = this.parseIndexExpression();
      // Python keeps the identity() node here even for a plain index.
      return this.projectIfSlice(ast.identity(), right);
    }
    if (current === 'star' && this.lookahead(1) === 'rbracket') {
      this.advance();
      this.advance();
      return ast.projection(ast.identity(), this.parseProjectionRhs(BINDING_POWER.star));
    }
    return this.parseMultiSelectList();
  }

  private parseIndexExpression(): Node {
    // We are at the token after '['.
    if (this.lookahead(0) === 'colon' || this.lookahead(1) === 'colon') return this.parseSliceExpression();
    const node = ast.index(this.lookaheadToken(0).value as bigint);
    this.advance();
    this.match('rbracket');
    return node;
  }

  private parseSliceExpression(): Node {
    // [start:end:step], each part optional, the last colon too.
    const parts: [bigint | null, bigint | null, bigint | null] = [null, null, null];
    let index = 0;
    let current = this.currentToken();
    while (current !== 'rbracket' && index < 3) {
      if (current === 'colon') {
        index++;
        if (index === 3) throw this.parseError(this.lookaheadToken(0), 'syntax error');
        this.advance();
      } else if (current === 'number') {
        parts[index] = this.lookaheadToken(0).value as bigint;
        this.advance();
      } else {
        throw this.parseError(this.lookaheadToken(0), 'syntax error');
      }
      current = this.currentToken();
    }
    this.match('rbracket');
    return ast.slice(...parts);
  }

  private ledDot(left: Node): Node {
    if (this.currentToken() !== 'star') {
      const right = this.parseDotRhs(BINDING_POWER.dot);
      if (left.type === 'subexpression') {
        left.children.push(right);
        return left;
      }
      return ast.subexpression([left, right]);
    }
    // `.*` makes a projection over the object's values.
    this.advance();
    return ast.valueProjection(left, this.parseProjectionRhs(BINDING_POWER.dot));
  }

  private ledLparen(left: Node): Node {
    if (left.type !== 'field') {
      // Two back from the first argument: the would-be function name.
      const prev = this.lookaheadToken(-2);
      throw this.parseError(prev, `Invalid function name '${stringValue(prev)}'`);
    }
    const args: Node[] = [];
    while (this.currentToken() !== 'rparen') {
      const expression = this.expression();
      if (this.currentToken() === 'comma') this.match('comma');
      args.push(expression);
    }
    this.match('rparen');
    return ast.functionExpression(left.value, args);
  }

  private ledFilter(left: Node): Node {
    // Filters are projections.
    const condition = this.expression(0);
    this.match('rbracket');
    const right = this.currentToken() === 'flatten' ? ast.identity() : this.parseProjectionRhs(BINDING_POWER.filter);
    return ast.filterProjection(left, right, condition);
  }

  private ledLbracket(left: Node): Node {
    const token = this.lookaheadToken(0);
    if (token.type === 'number' || token.type === 'colon') {
      const right = this.parseIndexExpression();
      if (left.type === 'index_expression') {
        // Python appends to the existing node instead of nesting, so a
        // slice after an index is not projected.
        left.children.push(right);
        return left;
      }
      return this.projectIfSlice(left, right);
    }
    this.match('star');
    this.match('rbracket');
    return ast.projection(left, this.parseProjectionRhs(BINDING_POWER.star));
  }

  private projectIfSlice(left: Node, right: Node): Node {
    const indexExpr = ast.indexExpression([left, right]);
    if (right.type === 'slice') return ast.projection(indexExpr, this.parseProjectionRhs(BINDING_POWER.star));
    return indexExpr;
  }

  private parseComparator(left: Node, comparator: Comparator): Node {
    return ast.comparator(comparator, left, this.expression(BINDING_POWER[comparator]));
  }

  private parseMultiSelectList(): Node {
    const expressions: Node[] = [];
    for (;;) {
      expressions.push(this.expression());
      if (this.currentToken() === 'rbracket') break;
      this.match('comma');
    }
    this.match('rbracket');
    return ast.multiSelectList(expressions);
  }

  private parseMultiSelectHash(): Node {
    const pairs: KeyValPair[] = [];
    for (;;) {
      const keyToken = this.lookaheadToken(0);
      this.matchMultipleTokens(['quoted_identifier', 'unquoted_identifier']);
      this.match('colon');
      const value = this.expression(0);
      pairs.push(ast.keyValPair(keyToken.value as string, value));
      if (this.currentToken() === 'comma') {
        this.match('comma');
      } else if (this.currentToken() === 'rbrace') {
        this.match('rbrace');
        break;
      }
      // Anything else loops back and fails on the key check.
    }
    return ast.multiSelectDict(pairs);
  }

  private parseProjectionRhs(bindingPower: number): Node {
    const current = this.currentToken();
    if (BINDING_POWER[current] < PROJECTION_STOP) return ast.identity();
    if (current === 'lbracket' || current === 'filter') return this.expression(bindingPower);
    if (current === 'dot') {
      this.match('dot');
      return this.parseDotRhs(bindingPower);
    }
    throw this.parseError(this.lookaheadToken(0), 'syntax error');
  }

  private parseDotRhs(bindingPower: number): Node {
    // After a '.': an identifier, '*', a multi-select list or hash, or a
    // function call (an identifier followed by '(').
    const lookahead = this.currentToken();
    if (lookahead === 'quoted_identifier' || lookahead === 'unquoted_identifier' || lookahead === 'star') {
      return this.expression(bindingPower);
    }
    if (lookahead === 'lbracket') {
      this.match('lbracket');
      return this.parseMultiSelectList();
    }
    if (lookahead === 'lbrace') {
      this.match('lbrace');
      return this.parseMultiSelectHash();
    }
    const t = this.lookaheadToken(0);
    const allowed = ['quoted_identifier', 'unquoted_identifier', 'lbracket', 'lbrace'];
    // Not the "maybe EOF" variant: `a.` is a ParseError, not incomplete.
    throw this.parseError(t, `Expecting: ${jRepr(allowed)}, got: ${t.type}`);
  }

  private match(tokenType: TokenType): void {
    if (this.currentToken() === tokenType) this.advance();
    else throw this.parseErrorMaybeEof(tokenType, this.lookaheadToken(0));
  }

  private matchMultipleTokens(tokenTypes: TokenType[]): void {
    if (!tokenTypes.includes(this.currentToken())) {
      throw this.parseErrorMaybeEof(jRepr(tokenTypes), this.lookaheadToken(0));
    }
    this.advance();
  }

  private advance(): void {
    this.index++;
  }

  private currentToken(): TokenType {
    return this.lookaheadToken(0).type;
  }

  private lookahead(n: number): TokenType {
    return this.lookaheadToken(n).type;
  }

  /** Python list indexing: a negative index counts from the end. */
  private lookaheadToken(n: number): Token {
    const i = this.index + n;
    const token = this.tokens[i < 0 ? i + this.tokens.length : i];
    if (token === undefined) throw new RangeError('list index out of range');
    return token;
  }

  private parseError(token: Token, message: string): ParseFailureSignal {
    return new ParseFailureSignal({
      kind: 'parse',
      position: token.start,
      value: token.value,
      type: token.type,
      message,
    });
  }

  private parseErrorMaybeEof(expected: string, token: Token): ParseFailureSignal {
    if (token.type === 'eof') return new ParseFailureSignal({ kind: 'incomplete' });
    return this.parseError(token, `Expecting: ${expected}, got: ${token.type}`);
  }
}

/** `'%s' % token['value']` */
function stringValue(token: Token): string {
  return jStr(token.value);
}
