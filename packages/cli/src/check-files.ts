// Compiles every file with one Program (shared parse cache) and collects the
// diagnostics once each, even when a shared file is imported by several surveys.
import {
  Program,
  compareDiagnostics,
  createDiagnostic,
  loadConfig,
  type CompileResult,
  type Diagnostic,
  type ResolvedConfig,
  type SourceFile,
} from '@survey/compiler';
import { basename, dirname } from 'node:path';

export interface CheckRun {
  results: Array<{ path: string; result: CompileResult }>;
  diagnostics: Diagnostic[];
  /** Every file read, for code frames and line numbers. */
  files: Map<string, SourceFile>;
}

export function checkFiles(paths: string[], configOverride?: ResolvedConfig): CheckRun {
  const program = new Program();
  const results: CheckRun['results'] = [];
  const files = new Map<string, SourceFile>();
  const seen = new Set<string>();
  const diagnostics: Diagnostic[] = [];
  for (const path of paths) {
    // oneShot: the CLI compiles each file once, so nothing is kept for a later compile.
    const result = program.compile(path, { config: configOverride ?? loadConfig(dirname(path)), oneShot: true });
    results.push({ path, result });
    for (const [p, f] of result.files) files.set(p, f);
    for (const d of result.diagnostics) {
      const key = `${d.file}\u0000${d.range.start}\u0000${d.range.end}\u0000${d.code}\u0000${d.message}`;
      if (seen.has(key)) continue;
      seen.add(key);
      diagnostics.push(d);
    }
  }
  diagnostics.push(...duplicateSurveyIds(results));
  diagnostics.sort(compareDiagnostics);
  return { results, diagnostics, files };
}

/** Surveys of one run whose outputs would share a file name (ids compared without case). */
function duplicateSurveyIds(results: CheckRun['results']): Diagnostic[] {
  const first = new Map<string, { id: string; file: string; range: { start: number; end: number } }>();
  const out: Diagnostic[] = [];
  for (const { result } of results) {
    const s = result.survey;
    if (!s) continue;
    const key = s.id.toLowerCase();
    const prev = first.get(key);
    const range = s.node.id?.range ?? s.node.range;
    if (!prev) {
      first.set(key, { id: s.id, file: s.file, range });
      continue;
    }
    const d = createDiagnostic({
      code: 'SVY2024',
      file: s.file,
      range,
      args: { id: s.id, other: `'${prev.id}' in ${basename(prev.file)}` },
    });
    out.push({ ...d, related: [{ file: prev.file, range: prev.range, message: `'${prev.id}' is declared here` }] });
  }
  return out;
}
