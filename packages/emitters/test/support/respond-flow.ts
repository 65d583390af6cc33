// The answers a respondent following respond() gives in the form when the survey has
// screen-outs: the form tests them as the respondent leaves each page, so the answers
// stop at the page where one first holds, and the response says which one.
import { pageStarts, type Binding, type Survey } from '@survey/compiler';
import { exprToJson } from '../../src/common/expr.ts';
import { truth } from '../../src/html/runtime/evaluate.ts';
import { respond, type Answers, type Style } from './respond.ts';

export function respondAsForm(survey: Survey, binding: Binding, style: Style): { answers: Answers; screenout?: string } {
  const { answers } = respond(survey, binding, style);
  const outs = survey.flow.screenOuts;
  if (!outs.length) return { answers };
  const given: Answers = {};
  const env = { value: (n: string) => given[n], missing: () => [], hidden: () => undefined };
  for (const q of survey.questions) {
    for (const n of q.kind === 'matrix' ? q.rows.map((r) => r.id) : [q.id]) if (answers[n] !== undefined) given[n] = answers[n];
    for (const k of Object.keys(answers)) if (k.startsWith(`${q.id}.`)) given[k] = answers[k];
    const sec = q.section;
    const i = sec.questions.indexOf(q);
    const lastOnPage = i === sec.questions.length - 1 || pageStarts(survey.flow, sec.id, sec.questions.length).includes(i + 1);
    if (!lastOnPage) continue;
    const out = outs.find((o) => o.after <= q.number && o.when && truth(exprToJson(o.when, binding), env));
    if (out) return { answers: given, screenout: out.id };
  }
  return { answers };
}
