// Selection ranges (expand selection): from the word under the cursor out through
// every syntax node that holds it (an argument, the call, the formula, the
// question, the section, the survey) to the whole file. Read from the tree of the
// current compile; ranges that are not strictly larger are skipped.
import type { Position, SelectionRange } from 'vscode-languageserver';
import { walk, type TextRange } from '@survey/syntax';
import { contains, toOffset, toRange } from './convert.ts';
import type { Workspace } from './workspace.ts';

export function selectionRanges(ws: Workspace, path: string, positions: Position[]): SelectionRange[] {
  const file = ws.result(path).files.get(path);
  if (!file) return [];
  const { ast, lineMap } = file.parse;
  return positions.map((p) => {
    const offset = toOffset(lineMap, p);
    const chain: TextRange[] = [{ start: 0, end: file.text.length }];
    walk(ast, (n) => {
      if (!contains(n.range, offset)) return false;
      const outer = chain[chain.length - 1];
      const inside = outer.start <= n.range.start && n.range.end <= outer.end;
      if (inside && (n.range.start !== outer.start || n.range.end !== outer.end)) chain.push(n.range);
    });
    let range: SelectionRange | undefined;
    for (const r of chain) range = { range: toRange(lineMap, r), parent: range };
    return range!;
  });
}
