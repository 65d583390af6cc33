// The one place compiler diagnostics become LSP diagnostics: code, doc link,
// severity, range and related locations. The server adds no checks of its own.
import { DiagnosticSeverity, type Diagnostic as LspDiagnostic } from 'vscode-languageserver';
import { docUrl, type CompileResult, type Diagnostic } from '@survey/compiler';
import { rangeIn } from './convert.ts';
import type { Workspace } from './workspace.ts';
import { isUnplaced } from './uri.ts';

/** Import errors, and the unknown names an unresolved import may well declare. */
const importErrors = new Set(['SVY2003', 'SVY2002']);

const severities = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
} as const;

export function toLspDiagnostic(d: Diagnostic, result: CompileResult, ws: Pick<Workspace, 'uriOf'>): LspDiagnostic {
  return {
    range: rangeIn(result, d.file, d.range),
    severity: severities[d.severity],
    code: d.code,
    codeDescription: { href: docUrl(d.code) },
    source: 'survey',
    message: d.message,
    relatedInformation: d.related?.map((r) => ({
      location: { uri: ws.uriOf(r.file), range: rangeIn(result, r.file, r.range) },
      message: r.message,
    })),
  };
}

/**
 * Compiler diagnostics located in an open file: those of its own compile plus those
 * found in it when an open survey that imports it was compiled (a shared scale may
 * only be wrong in the context of its importer), without duplicates.
 */
export function compilerDiagnosticsIn(ws: Workspace, path: string): Array<{ diagnostic: Diagnostic; result: CompileResult }> {
  for (const open of ws.openPaths()) ws.result(open); // so `readers` sees every open importer
  const out: Array<{ diagnostic: Diagnostic; result: CompileResult }> = [];
  const seen = new Set<string>();
  for (const entry of [path, ...ws.readers(path)]) {
    const result = ws.result(entry);
    for (const d of result.diagnostics) {
      const key = `${d.code}:${d.range.start}:${d.range.end}:${d.message}`;
      if (d.file !== path || seen.has(key)) continue;
      seen.add(key);
      out.push({ diagnostic: d, result });
    }
  }
  return out;
}

export function diagnosticsFor(ws: Workspace, path: string): LspDiagnostic[] {
  let found = compilerDiagnosticsIn(ws, path);
  // An untitled document outside any workspace folder has no folder to import from:
  // it is checked without import errors rather than with false ones.
  if (isUnplaced(path) && found.some(({ diagnostic: d }) => d.code === 'SVY2003'))
    found = found.filter(({ diagnostic: d }) => !importErrors.has(d.code));
  return found.map(({ diagnostic, result }) => toLspDiagnostic(diagnostic, result, ws));
}

/**
 * Diagnostics in files that are not survey sources of any open compile: a broken
 * survey.config.json. Published on that file so the problem is visible in the
 * editor's problem list even though the file is not open.
 */
export function configDiagnostics(ws: Workspace): Map<string, LspDiagnostic[]> {
  const out = new Map<string, LspDiagnostic[]>();
  const seen = new Set<string>();
  for (const open of ws.openPaths()) {
    const result = ws.result(open);
    for (const d of result.diagnostics) {
      const key = `${d.file}:${d.code}:${d.message}`;
      if (result.files.has(d.file) || seen.has(key)) continue;
      seen.add(key);
      const uri = ws.uriOf(d.file);
      out.set(uri, [...(out.get(uri) ?? []), toLspDiagnostic(d, result, ws)]);
    }
  }
  return out;
}
