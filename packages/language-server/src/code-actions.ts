// Code actions: the checks' own quick fixes, and a suppression comment for a
// diagnostic, with a reason placeholder to replace (a suppression without a reason
// would itself be reported, SVY1004). Syntax errors (SVY1xxx, SVY2091) are never suppressed.
import { CodeActionKind, type CodeAction, type Range, type TextEdit } from 'vscode-languageserver';
import { compilerDiagnosticsIn, toLspDiagnostic } from './diagnostics.ts';
import { rangeIn, toOffset } from './convert.ts';
import type { Workspace } from './workspace.ts';

/** What the suppression quick fix writes after `--`: the author replaces it with the real reason. */
const REASON_PLACEHOLDER = 'TODO: say why this is acceptable here';

export function codeActions(ws: Workspace, path: string, range: Range, only?: string[]): CodeAction[] {
  const own = ws.result(path).files.get(path);
  if (!own) return [];
  const map = own.parse.lineMap;
  const from = toOffset(map, range.start);
  const to = toOffset(map, range.end);
  const wants = (kind: string) => !only?.length || only.some((o) => kind === o || kind.startsWith(o + '.'));
  const out: CodeAction[] = [];
  for (const { diagnostic: d, result } of compilerDiagnosticsIn(ws, path)) {
    if (d.range.end < from || d.range.start > to) continue;
    const lsp = toLspDiagnostic(d, result, ws);
    if (wants(CodeActionKind.QuickFix)) {
      for (const fix of d.fixes ?? []) {
        if (fix.edits.some((e) => !ws.editable(e.file))) continue;
        const changes: Record<string, TextEdit[]> = {};
        for (const e of fix.edits) (changes[ws.uriOf(e.file)] ??= []).push({ range: rangeIn(result, e.file, e.range), newText: e.newText });
        out.push({
          title: fix.title,
          kind: CodeActionKind.QuickFix,
          diagnostics: [lsp],
          isPreferred: d.fixes!.length === 1,
          edit: { changes },
        });
      }
      if (!d.code.startsWith('SVY1') && d.code !== 'SVY2091' && ws.editable(path)) {
        const line = map.position(d.range.start).line;
        const indent = /^[ \t]*/.exec(own.text.slice(map.lineStarts[line]))![0];
        out.push({
          title: `Suppress ${d.code} on this line`,
          kind: CodeActionKind.QuickFix,
          diagnostics: [lsp],
          edit: {
            changes: {
              [ws.uriOf(path)]: [
                {
                  range: { start: { line, character: 0 }, end: { line, character: 0 } },
                  newText: `${indent}// survey-disable-next-line ${d.code} -- ${REASON_PLACEHOLDER}\n`,
                },
              ],
            },
          },
        });
      }
    }
  }
  return out;
}
