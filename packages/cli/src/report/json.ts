// `--format json`: a stable array for other tools.
import { relative } from 'node:path';
import { categoryOf, type Diagnostic, type SourceFile } from '@survey/compiler';
import { spanOf } from './location.ts';

export function formatJson(diagnostics: Diagnostic[], files: Map<string, SourceFile>, cwd: string): string {
  const out = diagnostics.map((d) => {
    const span = spanOf(d, files);
    return {
      file: relative(cwd, d.file) || d.file,
      range: {
        start: { line: span.startLine, column: span.startColumn, offset: d.range.start },
        end: { line: span.endLine, column: span.endColumn, offset: d.range.end },
      },
      severity: d.severity,
      code: d.code,
      category: categoryOf(d.code)?.id,
      message: d.message,
      ...(d.fixes?.length
        ? {
            fixes: d.fixes.map((f) => ({
              title: f.title,
              edits: f.edits.map((e) => ({ file: relative(cwd, e.file) || e.file, range: e.range, newText: e.newText })),
            })),
          }
        : {}),
    };
  });
  return JSON.stringify(out, null, 2);
}
