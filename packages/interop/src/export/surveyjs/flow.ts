// The flow in SurveyJS: a section split by `page` becomes several pages; a randomised
// section's pages get `questionsOrder: "random"`; a screen-out is a `complete` trigger
// with its message first in `completedHtmlOnCondition`; conditional end screens follow
// it there and the default one is `completedHtml`. SurveyJS renders those as HTML, so
// the texts are escaped. What SurveyJS cannot say is noted (survey-flow.ts).
import type { QuestionDoc, SectionDoc, SurveyIndex, Text } from '../../model.ts';
import type { Notes } from '../notes.ts';
import { condition, type SjContext } from './questions.ts';
import { localized } from './texts.ts';

type Json = Record<string, unknown>;

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const html = (t: Text): Text => Object.fromEntries(Object.entries(t).map(([k, v]) => [k, `<p>${escapeHtml(v)}</p>`]));

/** One section's pages: one, or one per `page` break, with random question order where declared. */
export function sectionPages(
  s: SectionDoc,
  ix: SurveyIndex,
  notes: Notes,
  ctx: SjContext,
  elements: (qs: QuestionDoc[]) => Json[],
): Json[] {
  const flow = ix.doc.flow;
  const starts = flow?.pages?.find((p) => p.section === s.id)?.starts ?? [0];
  const random = flow?.randomSections?.some((r) => r.section === s.id);
  return starts.map((start, k) => ({
    name: k === 0 ? s.id : `${s.id}_${k + 1}`,
    ...(s.title ? { title: localized(s.title, ix) } : {}),
    ...(s.when ? { visibleIf: condition(s.when, s.id, ix, notes, ctx) } : {}),
    ...(random ? { questionsOrder: 'random' } : {}),
    elements: elements(s.questions.slice(start, starts[k + 1] ?? s.questions.length)),
  }));
}

/** Triggers and completion texts for screen-outs and end screens (nothing when the survey has none). */
export function completion(ix: SurveyIndex, notes: Notes, ctx: SjContext): Json {
  const f = ix.doc.flow;
  const out: Json = {};
  const triggers: Json[] = [];
  const onCondition: Json[] = [];
  for (const s of f?.screenOuts ?? []) {
    const expression = condition(s.expr, s.id, ix, notes, ctx);
    if (!expression) continue;
    triggers.push({ type: 'complete', expression });
    onCondition.push({ expression, html: localized(html(s.message), ix) });
  }
  for (const e of f?.ends ?? []) {
    if (!e.expr) {
      out.completedHtml ??= localized(html(e.text), ix);
      continue;
    }
    const expression = condition(e.expr, e.id, ix, notes, ctx);
    if (expression) onCondition.push({ expression, html: localized(html(e.text), ix) });
  }
  if (triggers.length) out.triggers = triggers;
  if (onCondition.length) out.completedHtmlOnCondition = onCondition;
  return out;
}
