// Find references: every use of a declaration in every survey of the workspace
// (open documents and `.survey` files under the workspace folders).
import type { Location, Position } from 'vscode-languageserver';
import { rangeIn, toOffset } from './convert.ts';
import { occurrences, symbolAt } from './locate.ts';
import type { Workspace } from './workspace.ts';

export function references(ws: Workspace, path: string, position: Position, includeDeclaration: boolean): Location[] {
  const result = ws.result(path);
  const file = result.files.get(path);
  if (!file) return [];
  const decl = symbolAt(result, path, toOffset(file.parse.lineMap, position))?.decl;
  if (!decl) return [];
  return occurrences([result, ...ws.projectResults()], decl, includeDeclaration).map((o) => ({
    uri: ws.uriOf(o.file),
    range: rangeIn(o.result, o.file, o.range),
  }));
}
