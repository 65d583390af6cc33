// `// survey-disable-next-line SVY4001, SVY4002 -- reason` silences those codes on
// the next line. Config severities apply here too, after every rule has run.
import { createDiagnostic, getDiagnosticDef } from './diagnostics/registry.ts';
import type { Diagnostic } from './diagnostics/types.ts';
import type { ResolvedConfig } from './config.ts';
import type { SourceFile } from './program.ts';

const DIRECTIVE = /^\/\/\s*survey-disable-next-line\b(.*)$/;

interface Suppression {
  line: number;
  codes: Set<string>;
}

export function applySuppressions(diagnostics: Diagnostic[], files: Map<string, SourceFile>, config: ResolvedConfig): Diagnostic[] {
  const byFile = new Map<string, Suppression[]>();
  const extra: Diagnostic[] = [];
  for (const file of files.values()) {
    const list: Suppression[] = [];
    for (const c of file.parse.comments) {
      if (c.kind !== 'line') continue;
      const m = DIRECTIVE.exec(c.text);
      if (!m) continue;
      const [codesPart, reason] = splitReason(m[1]);
      const codes = codesPart.split(/[\s,]+/).filter(Boolean);
      for (const code of codes) {
        if (!getDiagnosticDef(code))
          extra.push(createDiagnostic({ code: 'SVY1005', messageId: 'default', file: file.path, range: c.range, args: { code } }));
      }
      if (!reason)
        extra.push(createDiagnostic({ code: 'SVY1004', file: file.path, range: c.range, args: { codes: codes.join(', ') || 'CODE' } }));
      const line = file.parse.lineMap.position(c.range.start).line + 1;
      list.push({ line, codes: new Set(codes.map((code) => getDiagnosticDef(code)?.code ?? code)) });
    }
    if (list.length) byFile.set(file.path, list);
  }
  const out: Diagnostic[] = [];
  for (const d of [...diagnostics, ...extra]) {
    const override = config.severities.get(d.code);
    if (override === 'off') continue;
    const sup = byFile.get(d.file);
    const file = files.get(d.file);
    if (sup && file) {
      const line = file.parse.lineMap.position(d.range.start).line;
      if (sup.some((s) => s.line === line && s.codes.has(d.code))) continue;
    }
    out.push(override ? { ...d, severity: override } : d);
  }
  return out.sort(compareDiagnostics);
}

function splitReason(rest: string): [string, string] {
  const i = rest.indexOf('--');
  if (i < 0) return [rest.trim(), ''];
  return [rest.slice(0, i).trim(), rest.slice(i + 2).trim()];
}

/** Stable order: file, then position, then code. */
export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  if (a.range.start !== b.range.start) return a.range.start - b.range.start;
  if (a.range.end !== b.range.end) return a.range.end - b.range.end;
  return a.code < b.code ? -1 : a.code > b.code ? 1 : 0;
}
