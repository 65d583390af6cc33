// Rename ids, scales, choice lists, codes, sections, scores and strata across files.
// The new name must be a plain identifier and not a keyword, or the survey would
// no longer parse.
import { ResponseError, ErrorCodes, type Position, type Range, type TextEdit, type WorkspaceEdit } from 'vscode-languageserver';
import { keywords } from '@survey/syntax';
import { rangeIn, toOffset, toRange } from './convert.ts';
import { occurrences, symbolAt } from './locate.ts';
import type { Workspace } from './workspace.ts';

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

function target(ws: Workspace, path: string, position: Position) {
  const result = ws.result(path);
  const file = result.files.get(path);
  if (!file) return undefined;
  const hit = symbolAt(result, path, toOffset(file.parse.lineMap, position));
  if (!hit?.decl || hit.decl.kind === 'survey') return undefined;
  return { result, hit, decl: hit.decl, map: file.parse.lineMap };
}

export function prepareRename(ws: Workspace, path: string, position: Position): { range: Range; placeholder: string } | null {
  const t = target(ws, path, position);
  return t ? { range: toRange(t.map, t.hit.range), placeholder: t.hit.name } : null;
}

/** Throws a ResponseError the client shows when the name is not acceptable. */
export function rename(ws: Workspace, path: string, position: Position, newName: string): WorkspaceEdit | null {
  const t = target(ws, path, position);
  if (!t) return null;
  if (!IDENTIFIER.test(newName))
    throw new ResponseError(ErrorCodes.InvalidParams, `'${newName}' is not a valid name: use letters, digits and _ (not first).`);
  if (keywords.includes(newName)) throw new ResponseError(ErrorCodes.InvalidParams, `'${newName}' is a keyword of the survey language.`);
  const changes: Record<string, TextEdit[]> = {};
  for (const o of occurrences([t.result, ...ws.projectResults()], t.decl)) {
    (changes[ws.uriOf(o.file)] ??= []).push({ range: rangeIn(o.result, o.file, o.range), newText: newName });
  }
  return { changes };
}
