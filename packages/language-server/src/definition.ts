// Go to definition: a name to its declaration (in whichever file declares it), an
// import's path to the imported file.
import type { Location, Position } from 'vscode-languageserver';
import { rangeIn, contains, toOffset } from './convert.ts';
import { symbolAt } from './locate.ts';
import type { Workspace } from './workspace.ts';

export function definition(ws: Workspace, path: string, position: Position): Location[] {
  const result = ws.result(path);
  const file = result.files.get(path);
  if (!file) return [];
  const offset = toOffset(file.parse.lineMap, position);

  const imports = file.parse.ast.imports;
  const i = imports.findIndex((imp) => imp.path && contains(imp.path.range, offset));
  if (i >= 0) {
    const target = file.imports[imports.slice(0, i).filter((x) => x.path?.value).length];
    return target && result.files.has(target)
      ? [{ uri: ws.uriOf(target), range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } }]
      : [];
  }

  const decl = symbolAt(result, path, offset)?.decl;
  return decl ? [{ uri: ws.uriOf(decl.file), range: rangeIn(result, decl.file, decl.nameRange) }] : [];
}
