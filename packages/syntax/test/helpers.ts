// Test helpers: strip ranges for structural comparison; line:col of diagnostics.
import { parse } from '../src/index.ts';

export function stripRanges(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(stripRanges);
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      if (k === 'range' || k.endsWith('Range') || k === 'flagRanges') continue;
      out[k] = stripRanges(v);
    }
    return out;
  }
  return value;
}

/** `line:col CODE` of each syntax diagnostic, 1-based. */
export function syntaxErrors(text: string): string[] {
  const r = parse(text);
  return r.diagnostics.map((d) => {
    const p = r.lineMap.position(d.range.start);
    return `${p.line + 1}:${p.character + 1} ${d.code}`;
  });
}
