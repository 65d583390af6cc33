// Inlay hints where they save counting: the number a respondent sees before each
// question, a score's range after its name, and each stratum's planned n_h.
import { InlayHintKind, type InlayHint, type Range } from 'vscode-languageserver';
import { toOffset } from './convert.ts';
import { modelOf } from './model-of.ts';
import { scoreRange } from './score-range.ts';
import { stratumFigures } from './sample-plan.ts';
import type { Workspace } from './workspace.ts';

const fmt = (n: number) => String(Math.round(n * 100) / 100);

export function inlayHints(ws: Workspace, path: string, range: Range): InlayHint[] {
  const file = ws.result(path).files.get(path);
  const model = modelOf(ws, path);
  const survey = model?.survey;
  if (!file || !model || !survey) return [];
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
    const r = scoreRange(model, s.id);
    if (r) out.push({ position: map.position(id.range.end), label: `: ${fmt(r[0])}–${fmt(r[1])}`, kind: InlayHintKind.Type });
  }
  for (const st of survey.sample?.stratifications ?? []) {
    if (survey.file !== path) break;
    for (const h of st.strata) {
      const fig = stratumFigures(survey, st.id, h.id);
      const at = h.node.size?.range.end;
      if (!fig || at === undefined || !inside(at)) continue;
      out.push({
        position: map.position(at),
        label: fig.expectedOnly ? `≈ n ${fmt(fig.completes)}` : `→ n_h ${fig.completes}`,
        kind: InlayHintKind.Parameter,
        paddingLeft: true,
      });
    }
  }
  return out;
}
