// 1-based line/column of a diagnostic, as editors and CI annotations count them.
import type { Diagnostic, SourceFile } from '@survey/compiler';

export interface Span {
  startLine: number;
  startColumn: number;
  endLine: number;
  endColumn: number;
}

export function spanOf(d: Diagnostic, files: Map<string, SourceFile>): Span {
  const f = files.get(d.file);
  if (!f) return { startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 };
  const s = f.parse.lineMap.position(d.range.start);
  const e = f.parse.lineMap.position(d.range.end);
  return { startLine: s.line + 1, startColumn: s.character + 1, endLine: e.line + 1, endColumn: e.character + 1 };
}
