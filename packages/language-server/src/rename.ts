// Rename ids, scales, choice lists, codes, sections, scores and strata across files.
// The new name must be a plain identifier, not a keyword, and not a name already
// declared where the renamed one lives (it would be SVY2001 or a repeated code);
// each refusal is a ResponseError whose message the editor shows. prepareRename
// also says why a name cannot be renamed (built in, undeclared, the survey's id).
import { ResponseError, ErrorCodes, type Position, type Range, type TextEdit, type WorkspaceEdit } from 'vscode-languageserver';
import { keywords } from '@survey/syntax';
import { functions, type CompileResult, type Declaration } from '@survey/compiler';
import { rangeIn, toOffset, toRange } from './convert.ts';
import { calleeAt, occurrences, sameDeclIn, symbolAt } from './locate.ts';
import type { Workspace } from './workspace.ts';

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

const refuse = (message: string) => new ResponseError(ErrorCodes.InvalidRequest, message);

function target(ws: Workspace, path: string, position: Position) {
  const result = ws.result(path);
  const file = result.files.get(path);
  if (!file) return undefined;
  const offset = toOffset(file.parse.lineMap, position);
  const call = calleeAt(file.parse.ast, offset);
  if (call && Object.hasOwn(functions, call.callee.name))
    throw refuse(`'${call.callee.name}' is a built-in function of the survey language and cannot be renamed.`);
  const hit = symbolAt(result, path, offset);
  if (!hit) return undefined;
  if (!hit.decl) {
    const builtinScale = hit.ref?.expected.includes('scale') && result.survey?.scales.get(hit.name)?.builtin;
    if (builtinScale || (hit.ref?.context === 'code' && (hit.name === 'yes' || hit.name === 'no')))
      throw refuse(`'${hit.name}' is built into the survey language and cannot be renamed.`);
    throw refuse(`'${hit.name}' is not declared anywhere, so there is nothing to rename. Declare it or correct the name first.`);
  }
  if (hit.decl.kind === 'survey')
    throw refuse(`The survey's id '${hit.name}' names its data and output files; change it by hand if you mean to.`);
  return { result, hit, decl: hit.decl, map: file.parse.lineMap };
}

export function prepareRename(ws: Workspace, path: string, position: Position): { range: Range; placeholder: string } | null {
  const t = target(ws, path, position);
  return t ? { range: toRange(t.map, t.hit.range), placeholder: t.hit.name } : null;
}

/**
 * The names that may not be declared twice together: answers, hidden variables and
 * calculated values share one (as SVY2001 in duplicate-id.rule.ts has it), strata
 * and codes are per list, every other kind has its own.
 */
function namespace(d: Declaration): string {
  if (d.kind === 'question' || d.kind === 'row' || d.kind === 'hidden' || d.kind === 'calc') return 'variable';
  if (d.kind === 'stratum' || d.kind === 'code') return `${d.kind}:${d.container ?? ''}`;
  return d.kind;
}

/** A declaration that already uses `name` in every compile that sees `decl`. */
function clash(results: CompileResult[], decl: Declaration, name: string): Declaration | undefined {
  const ns = namespace(decl);
  for (const r of results) {
    if (!sameDeclIn(r, decl)) continue;
    const other = r.binding.declarations.find((d) => d.name === name && namespace(d) === ns);
    if (other) return other;
  }
  return undefined;
}

/** Throws a ResponseError the client shows when the name is not acceptable. */
export function rename(ws: Workspace, path: string, position: Position, newName: string): WorkspaceEdit | null {
  const t = target(ws, path, position);
  if (!t) return null;
  if (!IDENTIFIER.test(newName))
    throw new ResponseError(ErrorCodes.InvalidParams, `'${newName}' is not a valid name: use letters, digits and _ (not first).`);
  if (keywords.includes(newName)) throw new ResponseError(ErrorCodes.InvalidParams, `'${newName}' is a keyword of the survey language.`);
  if (newName === t.hit.name) return { changes: {} };
  const results = [t.result, ...ws.projectResults()];
  const taken = clash(results, t.decl, newName);
  if (taken) {
    const map = results.find((r) => r.files.has(taken.file))?.files.get(taken.file)?.parse.lineMap;
    const line = map ? ` (line ${map.position(taken.nameRange.start).line + 1} of ${taken.file.split(/[\\/]/).pop()})` : '';
    throw new ResponseError(
      ErrorCodes.InvalidParams,
      `'${newName}' is already the name of a ${taken.kind}${line}: two ${t.decl.kind === taken.kind ? taken.kind + 's' : 'names here'} cannot share it. Choose another name.`,
    );
  }
  const changes: Record<string, TextEdit[]> = {};
  for (const o of occurrences(results, t.decl)) {
    (changes[ws.uriOf(o.file)] ??= []).push({ range: rangeIn(o.result, o.file, o.range), newText: newName });
  }
  return { changes };
}
