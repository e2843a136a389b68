/**
 * libyaml's emitter state machine for one implicit document in block style,
 * written as a recursion over nodes (emitter.c: emit_block_sequence_item,
 * emit_block_mapping_key/value, emit_node, emit_scalar). Empty collections
 * come out in flow style (`[]`, `{}`), a sequence under a key is not indented
 * (`key:\n- item`), and a key longer than 128 bytes or spanning lines is
 * written in the explicit `? key` / `: value` form.
 */
import type { MappingNode, ScalarNode, SequenceNode, YamlNode } from './yaml-nodes.js';
import { assignAnchors } from './yaml-nodes.js';
import type { ScalarAnalysis } from './yaml-scalar.js';
import { analyzeScalar, selectStyle, writeScalar } from './yaml-scalar.js';
import { YamlWriter } from './yaml-writer.js';

const MAX_SIMPLE_KEY_LENGTH = 128;

export function emitDocument(root: YamlNode): string {
  return new Emitter(root).run();
}

class Emitter {
  private readonly w = new YamlWriter();
  private readonly anchors: Map<YamlNode, string>;
  private readonly emitted = new Set<YamlNode>();

  constructor(private readonly root: YamlNode) {
    this.anchors = assignAnchors(root);
  }

  run(): string {
    this.node(this.root, false);
    // DOCUMENT-END, implicit: just finish the line.
    this.w.writeIndent();
    return this.w.out;
  }

  /** emit_node; `mappingContext` is true for a mapping's keys and values. */
  private node(node: YamlNode, mappingContext: boolean): void {
    const anchor = this.anchors.get(node);
    if (anchor !== undefined && this.emitted.has(node)) {
      this.w.writeIndicator('*', true, false, false);
      this.w.writeWord(anchor, false);
      return;
    }
    this.emitted.add(node);
    if (node.kind === 'scalar') {
      this.scalar(node, analyzeScalar(node.value), false);
      return;
    }
    if (anchor !== undefined) {
      this.w.writeIndicator('&', true, false, false);
      this.w.writeWord(anchor, false);
    }
    if (node.kind === 'sequence') {
      if (node.items.length === 0) this.emptyFlow('[', ']');
      else this.blockSequence(node, mappingContext);
    } else if (node.pairs.length === 0) {
      this.emptyFlow('{', '}');
    } else {
      this.blockMapping(node);
    }
  }

  private emptyFlow(open: string, close: string): void {
    this.w.writeIndicator(open, true, true, false);
    this.w.increaseIndent(true, false);
    this.w.popIndent();
    this.w.writeIndicator(close, false, false, false);
  }

  private blockSequence(node: SequenceNode, mappingContext: boolean): void {
    // Under a key (nothing but the key on the line), items line up with the key.
    this.w.increaseIndent(false, mappingContext && !this.w.indention);
    for (const item of node.items) {
      this.w.writeIndent();
      this.w.writeIndicator('-', true, false, true);
      this.node(item, false);
    }
    this.w.popIndent();
  }

  private blockMapping(node: MappingNode): void {
    this.w.increaseIndent(false, false);
    for (const [key, value] of node.pairs) {
      this.w.writeIndent();
      const analysis = analyzeScalar(key.value);
      if (!analysis.multiline && analysis.byteLength <= MAX_SIMPLE_KEY_LENGTH) {
        this.scalar(key, analysis, true);
        this.w.writeIndicator(':', false, false, false);
      } else {
        this.w.writeIndicator('?', true, false, true);
        this.scalar(key, analysis, false);
        this.w.writeIndent();
        this.w.writeIndicator(':', true, false, true);
      }
      this.node(value, true);
    }
    this.w.popIndent();
  }

  private scalar(node: ScalarNode, analysis: ScalarAnalysis, simpleKey: boolean): void {
    const style = selectStyle(node, analysis, simpleKey);
    // A quoted scalar that would not read back as a string needs the
    // non-specific tag; only !!binary ever carries a real one.
    const tag = node.tag ?? (!node.quotedImplicit && style !== 'plain' ? '!' : null);
    if (tag !== null) this.w.writeWord(tag, true);
    this.w.increaseIndent(true, false);
    writeScalar(this.w, style, analysis.codePoints, !simpleKey);
    this.w.popIndent();
  }
}
