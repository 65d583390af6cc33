// Document highlight: every place in this file that names the same declaration as
// the name under the cursor (the declaration written, the uses read), from the
// binder's tables of the current compile.
import { DocumentHighlightKind, type DocumentHighlight, type Position } from 'vscode-languageserver';
import { toOffset, toRange } from './convert.ts';
import { declKey, occurrences, symbolAt } from './locate.ts';
import type { Workspace } from './workspace.ts';

export function documentHighlights(ws: Workspace, path: string, position: Position): DocumentHighlight[] {
  const result = ws.result(path);
  const file = result.files.get(path);
  if (!file) return [];
  const decl = symbolAt(result, path, toOffset(file.parse.lineMap, position))?.decl;
  if (!decl) return [];
  const at = result.binding.declarations.find((d) => declKey(d) === declKey(decl));
  return occurrences([result], decl)
    .filter((o) => o.file === path)
    .map((o) => ({
      range: toRange(file.parse.lineMap, o.range),
      kind: at && at.file === path && at.nameRange.start === o.range.start ? DocumentHighlightKind.Write : DocumentHighlightKind.Read,
    }));
}
