/**
 * AST nodes, one per constructor in jmespath/ast.py. The shapes follow the
 * Python dicts closely because the parser relies on their quirks: it appends
 * to the `children` of an existing subexpression or index_expression instead
 * of nesting, which changes what `a[0][1:2].b` means.
 */
import type { JValue } from './values.js';

export type Comparator = 'eq' | 'ne' | 'lt' | 'gt' | 'lte' | 'gte';

export type Node =
  | { type: 'comparator'; value: Comparator; children: [Node, Node] }
  | { type: 'current' }
  | { type: 'expref'; children: [Node] }
  | { type: 'function_expression'; value: string; children: Node[] }
  | { type: 'field'; value: string }
  | { type: 'filter_projection'; children: [Node, Node, Node] }
  | { type: 'flatten'; children: [Node] }
  | { type: 'identity' }
  | { type: 'index'; value: bigint }
  | { type: 'index_expression'; children: Node[] }
  | { type: 'key_val_pair'; value: string; children: [Node] }
  | { type: 'literal'; value: JValue }
  | { type: 'multi_select_dict'; children: KeyValPair[] }
  | { type: 'multi_select_list'; children: Node[] }
  | { type: 'or_expression'; children: [Node, Node] }
  | { type: 'and_expression'; children: [Node, Node] }
  | { type: 'not_expression'; children: [Node] }
  | { type: 'pipe'; children: [Node, Node] }
  | { type: 'projection'; children: [Node, Node] }
  | { type: 'subexpression'; children: Node[] }
  | { type: 'slice'; children: [bigint | null, bigint | null, bigint | null] }
  | { type: 'value_projection'; children: [Node, Node] };

export type KeyValPair = Extract<Node, { type: 'key_val_pair' }>;

export const comparator = (name: Comparator, first: Node, second: Node): Node => ({
  type: 'comparator',
  value: name,
  children: [first, second],
});
export const currentNode = (): Node => ({ type: 'current' });
export const expref = (expression: Node): Node => ({ type: 'expref', children: [expression] });
export const functionExpression = (name: string, args: Node[]): Node => ({
  type: 'function_expression',
  value: name,
  children: args,
});
export const field = (name: string): Node => ({ type: 'field', value: name });
export const filterProjection = (left: Node, right: Node, condition: Node): Node => ({
  type: 'filter_projection',
  children: [left, right, condition],
});
export const flatten = (node: Node): Node => ({ type: 'flatten', children: [node] });
export const identity = (): Node => ({ type: 'identity' });
export const index = (value: bigint): Node => ({ type: 'index', value });
export const indexExpression = (children: Node[]): Node => ({ type: 'index_expression', children });
export const keyValPair = (keyName: string, node: Node): KeyValPair => ({
  type: 'key_val_pair',
  value: keyName,
  children: [node],
});
export const literal = (value: JValue): Node => ({ type: 'literal', value });
export const multiSelectDict = (nodes: KeyValPair[]): Node => ({ type: 'multi_select_dict', children: nodes });
export const multiSelectList = (nodes: Node[]): Node => ({ type: 'multi_select_list', children: nodes });
export const orExpression = (left: Node, right: Node): Node => ({ type: 'or_expression', children: [left, right] });
export const andExpression = (left: Node, right: Node): Node => ({ type: 'and_expression', children: [left, right] });
export const notExpression = (expr: Node): Node => ({ type: 'not_expression', children: [expr] });
export const pipe = (left: Node, right: Node): Node => ({ type: 'pipe', children: [left, right] });
export const projection = (left: Node, right: Node): Node => ({ type: 'projection', children: [left, right] });
export const subexpression = (children: Node[]): Node => ({ type: 'subexpression', children });
export const slice = (start: bigint | null, end: bigint | null, step: bigint | null): Node => ({
  type: 'slice',
  children: [start, end, step],
});
export const valueProjection = (left: Node, right: Node): Node => ({
  type: 'value_projection',
  children: [left, right],
});
