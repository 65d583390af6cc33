// Human output: `file:line:col severity CODE message`, then a code frame with the
// range underlined. Colours only when writing to a terminal.
import pc from 'picocolors';
import { relative } from 'node:path';
import type { Diagnostic, SourceFile } from '@survey/compiler';
import { spanOf } from './location.ts';

export interface TextOptions {
  color: boolean;
  cwd: string;
  frames: boolean;
}

export function formatText(diagnostics: Diagnostic[], files: Map<string, SourceFile>, opts: TextOptions): string {
  const c = pc.createColors(opts.color);
  const sev = (s: Diagnostic['severity']) => (s === 'error' ? c.red(s) : s === 'warning' ? c.yellow(s) : c.blue(s));
  const lines: string[] = [];
  for (const d of diagnostics) {
    const span = spanOf(d, files);
    const where = `${relative(opts.cwd, d.file) || d.file}:${span.startLine}:${span.startColumn}`;
    lines.push(`${c.bold(where)} ${sev(d.severity)} ${c.dim(d.code)} ${d.message}`);
    if (opts.frames) {
      const frame = codeFrame(files.get(d.file), d, span, c);
      if (frame) lines.push(frame, '');
    }
  }
  return lines.join('\n');
}

function codeFrame(
  file: SourceFile | undefined,
  d: Diagnostic,
  span: ReturnType<typeof spanOf>,
  c: ReturnType<typeof pc.createColors>,
): string | undefined {
  if (!file) return undefined;
  const map = file.parse.lineMap;
  const lineIdx = span.startLine - 1;
  const start = map.lineStarts[lineIdx];
  if (start === undefined) return undefined;
  const next = map.lineStarts[lineIdx + 1] ?? file.text.length;
  const text = file.text
    .slice(start, next)
    .replace(/\r?\n$|\r$/, '')
    .replace(/\t/g, ' ');
  const gutter = String(span.startLine);
  const col = span.startColumn - 1;
  const endCol = span.endLine === span.startLine ? span.endColumn - 1 : text.length;
  const width = (s: string) =>
    [...s].reduce(
      (w, ch) => w + (/[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1),
      0,
    );
  const pad = ' '.repeat(width(text.slice(0, col)));
  const marks = '^'.repeat(Math.max(1, width(text.slice(col, endCol))));
  return [
    `${c.dim(gutter + ' |')} ${text}`,
    `${' '.repeat(gutter.length)} ${c.dim('|')} ${pad}${d.severity === 'error' ? c.red(marks) : c.yellow(marks)}`,
  ].join('\n');
}

export function summary(diagnostics: Diagnostic[], fileCount: number, color: boolean): string {
  const c = pc.createColors(color);
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.filter((d) => d.severity === 'warning').length;
  const text = `${fileCount} file${fileCount === 1 ? '' : 's'} checked: ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}`;
  return errors ? c.red(text) : warnings ? c.yellow(text) : c.green(text);
}
