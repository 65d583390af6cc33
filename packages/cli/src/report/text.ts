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
    const message = d.message.length > MESSAGE_MAX ? safeSlice(d.message, 0, MESSAGE_MAX) + '…' : d.message;
    lines.push(`${c.bold(where)} ${sev(d.severity)} ${c.dim(d.code)} ${message}`);
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
  let lineLen = next - start;
  while (lineLen > 0 && /[\r\n]/.test(file.text[start + lineLen - 1])) lineLen--;
  const gutter = String(span.startLine);
  const col = span.startColumn - 1;
  const lineEnd = span.endLine === span.startLine ? span.endColumn - 1 : next - start;
  // A window around the range, never the whole line: a 5 MB line prints ~200 characters.
  const from = Math.max(0, col - FRAME_BEFORE);
  const to = Math.min(lineLen, from + FRAME_MAX);
  const line = file.text.slice(start, start + to + 1);
  const clipped = safeSlice(line, from, to);
  const lead = from > 0 ? '…' : '';
  const tail = to < lineLen ? '…' : '';
  const text = lead + clipped.replace(/\t/g, ' ') + tail;
  const width = (s: string) =>
    [...s].reduce(
      (w, ch) => w + (/[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1),
      0,
    );
  const pad = ' '.repeat(width(lead + safeSlice(line, from, col).replace(/\t/g, ' ')));
  const marks = '^'.repeat(Math.max(1, width(safeSlice(line, col, Math.min(lineEnd, to)))));
  return [
    `${c.dim(gutter + ' |')} ${text}`,
    `${' '.repeat(gutter.length)} ${c.dim('|')} ${pad}${d.severity === 'error' ? c.red(marks) : c.yellow(marks)}`,
  ].join('\n');
}

const FRAME_MAX = 160;
const FRAME_BEFORE = 40;
const MESSAGE_MAX = 1000;

/** A slice that never splits a surrogate pair. */
function safeSlice(s: string, from: number, to: number): string {
  const a = from > 0 && /[\uDC00-\uDFFF]/.test(s[from] ?? '') ? from - 1 : from;
  const b = to < s.length && /[\uDC00-\uDFFF]/.test(s[to] ?? '') ? to + 1 : to;
  return s.slice(a, Math.max(a, b));
}

export function summary(diagnostics: Diagnostic[], fileCount: number, color: boolean): string {
  const c = pc.createColors(color);
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.filter((d) => d.severity === 'warning').length;
  const text = `${fileCount} file${fileCount === 1 ? '' : 's'} checked: ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}`;
  return errors ? c.red(text) : warnings ? c.yellow(text) : c.green(text);
}
