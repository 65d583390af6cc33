// A generic walk over the tree: any property holding a node (an object with `kind`
// and `range`) or an array of nodes is a child. Keeps visitors short and safe on
// partially recovered nodes.
import type { TextRange } from './ast.ts';

export interface AnyNode {
  kind: string;
  range: TextRange;
}

function isNode(v: unknown): v is AnyNode {
  return typeof v === 'object' && v !== null && typeof (v as AnyNode).kind === 'string' && typeof (v as AnyNode).range === 'object';
}

export function childrenOf(node: AnyNode): AnyNode[] {
  const out: AnyNode[] = [];
  for (const key in node) {
    if (key === 'range') continue;
    const v = (node as unknown as Record<string, unknown>)[key];
    if (Array.isArray(v)) {
      for (const item of v) if (isNode(item)) out.push(item);
    } else if (isNode(v)) {
      out.push(v);
    }
  }
  return out;
}

/** Pre-order walk; return false from `visit` to skip a node's children. */
export function walk(node: AnyNode, visit: (n: AnyNode, parent: AnyNode | undefined) => boolean | void, parent?: AnyNode): void {
  if (visit(node, parent) === false) return;
  for (const child of childrenOf(node)) walk(child, visit, node);
}
