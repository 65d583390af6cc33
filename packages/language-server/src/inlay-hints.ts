// Inlay hints where they save counting: the number a respondent sees before each
// question, and a score's range after its name.
import { InlayHintKind, type InlayHint, type Range } from 'vscode-languageserver';
import { toOffset } from './convert.ts';
import { modelOf } from './model-of.ts';
import { scoreRange } from './score-range.ts';
import type { Workspace } from './workspace.ts';

const fmt = (n: number) => String(Math.round(n * 100) / 100);

export function inlayHints(ws: Workspace, path: string, range: Range): InlayHint[] {
  const file = ws.result(path).files.get(path);
  const survey = modelOf(ws, path)?.survey;
  if (!file || !survey) return [];
  const map = file.parse.lineMap;
  const from = toOffset(map, range.start);
  const to = toOffset(map, range.end);
  const inside = (o: number) => o >= from && o <= to;
  const out: InlayHint[] = [];
  for (const q of survey.questions) {
    if (q.file !== path || !inside(q.node.range.start)) continue;
    out.push({ position: map.position(q.node.range.start), label: `Q${q.number}`, kind: InlayHintKind.Type, paddingRight: true });
  }
  for (const s of survey.scores) {
    const id = s.node.id;
    if (s.file !== path || !id || !inside(id.range.end)) continue;
    const r = scoreRange(survey, s.id);
    if (r) out.push({ position: map.position(id.range.end), label: `: ${fmt(r[0])}–${fmt(r[1])}`, kind: InlayHintKind.Type });
  }
  return out;
}
