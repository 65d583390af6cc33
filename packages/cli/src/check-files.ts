// Compiles every file with one Program (shared parse cache) and collects the
// diagnostics once each, even when a shared file is imported by several surveys.
import {
  Program,
  compareDiagnostics,
  loadConfig,
  type CompileResult,
  type Diagnostic,
  type ResolvedConfig,
  type SourceFile,
} from '@survey/compiler';
import { dirname } from 'node:path';

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
    const result = program.compile(path, { config: configOverride ?? loadConfig(dirname(path)) });
    results.push({ path, result });
    for (const [p, f] of result.files) files.set(p, f);
    for (const d of result.diagnostics) {
      const key = `${d.file}\u0000${d.range.start}\u0000${d.range.end}\u0000${d.code}\u0000${d.message}`;
      if (seen.has(key)) continue;
      seen.add(key);
      diagnostics.push(d);
    }
  }
  diagnostics.sort(compareDiagnostics);
  return { results, diagnostics, files };
}
