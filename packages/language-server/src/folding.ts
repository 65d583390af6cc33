// Folding: every block and every multi-line question, plus comment runs.
import { FoldingRangeKind, type FoldingRange } from 'vscode-languageserver';
import { walk } from '@survey/syntax';
import type { Workspace } from './workspace.ts';

const foldable = new Set([
  'Survey',
  'Section',
  'Scale',
  'Choices',
  'Question',
  'Glossary',
  'Sample',
  'Strata',
  'Quality',
  'Analysis',
  'Score',
]);

export function foldingRanges(ws: Workspace, path: string): FoldingRange[] {
  const file = ws.result(path).files.get(path);
  if (!file) return [];
  const { lineMap: map, ast, comments, text } = file.parse;
  const out: FoldingRange[] = [];
  walk(ast, (n) => {
    if (!foldable.has(n.kind)) return;
    const start = map.position(n.range.start).line;
    let end = map.position(n.range.end).line;
    // Keep a closing brace on its own line visible, as editors do for code.
    if (text[n.range.end - 1] === '}' && /^\s*$/.test(text.slice(map.lineStarts[end], n.range.end - 1))) end--;
    if (end > start) out.push({ startLine: start, endLine: end });
  });
  // Consecutive line comments fold together; a block comment folds alone.
  let run: { start: number; end: number } | undefined;
  const flush = () => {
    if (run && run.end > run.start) out.push({ startLine: run.start, endLine: run.end, kind: FoldingRangeKind.Comment });
    run = undefined;
  };
  for (const c of comments) {
    const start = map.position(c.range.start).line;
    const end = map.position(c.range.end).line;
    if (c.kind === 'block') {
      flush();
      if (end > start) out.push({ startLine: start, endLine: end, kind: FoldingRangeKind.Comment });
      continue;
    }
    if (run && start === run.end + 1) run.end = start;
    else {
      flush();
      run = { start, end: start };
    }
  }
  flush();
  return out;
}
