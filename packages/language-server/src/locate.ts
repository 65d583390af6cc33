// What name sits under the cursor, read from the binder's tables (never by walking
// the tree again): a reference and the declaration it resolves to, or a declaration.
import type { CompileResult, Declaration, Reference } from '@survey/compiler';
import { walk, type Call, type Document, type TextRange } from '@survey/syntax';
import { contains } from './convert.ts';

export interface SymbolHit {
  name: string;
  /** Range of the name under the cursor. */
  range: TextRange;
  /** The declaration: the reference's target, or the declaration the cursor is on. */
  decl?: Declaration;
  ref?: Reference;
}

export function symbolAt(result: CompileResult, path: string, offset: number): SymbolHit | undefined {
  let best: SymbolHit | undefined;
  const consider = (hit: SymbolHit) => {
    if (!best || hit.range.end - hit.range.start < best.range.end - best.range.start) best = hit;
  };
  for (const ref of result.binding.references) {
    if (ref.file === path && contains(ref.range, offset)) consider({ name: ref.name, range: ref.range, decl: ref.target, ref });
  }
  if (best) return best;
  for (const d of result.binding.declarations) {
    if (d.file === path && contains(d.nameRange, offset)) consider({ name: d.name, range: d.nameRange, decl: d });
  }
  return best;
}

/** Identity of a declaration across compiles (each compile builds its own objects). */
export function declKey(d: Declaration): string {
  return `${d.kind}|${d.file}|${d.nameRange.start}`;
}

/** The same declaration as found in another compile, if it is part of it. */
export function sameDeclIn(result: CompileResult, d: Declaration): Declaration | undefined {
  const key = declKey(d);
  return result.binding.declarations.find((x) => declKey(x) === key);
}

/** Every place that names `decl` in the given compiles: its declaration and its references. */
export function occurrences(
  results: CompileResult[],
  decl: Declaration,
  includeDeclaration = true,
): Array<{ file: string; range: TextRange; result: CompileResult }> {
  const key = declKey(decl);
  const seen = new Set<string>();
  const out: Array<{ file: string; range: TextRange; result: CompileResult }> = [];
  const add = (file: string, range: TextRange, result: CompileResult) => {
    const k = `${file}:${range.start}:${range.end}`;
    if (seen.has(k)) return;
    seen.add(k);
    out.push({ file, range, result });
  };
  for (const result of results) {
    if (includeDeclaration) {
      const d = sameDeclIn(result, decl);
      if (d) add(d.file, d.nameRange, result);
    }
    for (const ref of result.binding.references) {
      if (ref.target && declKey(ref.target) === key) add(ref.file, ref.range, result);
    }
  }
  return out.sort((a, b) => (a.file === b.file ? a.range.start - b.range.start : a.file < b.file ? -1 : 1));
}

/** The function call whose name is under the cursor (function names are not symbols). */
export function calleeAt(ast: Document, offset: number): Call | undefined {
  let found: Call | undefined;
  walk(ast, (n) => {
    if (!contains(n.range, offset)) return false;
    if (n.kind === 'Call' && contains((n as Call).callee.range, offset)) found = n as Call;
  });
  return found;
}
