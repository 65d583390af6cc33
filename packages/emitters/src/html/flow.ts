// The form's flow data: screen-outs attached to the page that holds the question before
// them (or the first page), end screens and random order, with their texts registered
// in the page's text table (escaped, switched with the language like every text).
import { recordsFlow, type Binding, type Survey } from '@survey/compiler';
import { exprToJson } from '../common/expr.ts';
import type { TextTable } from './texts.ts';
import type { FormPage } from './pages.ts';
import { flowTextKey, type RuntimeFlow } from './runtime/flow-data.ts';

export function runtimeFlow(survey: Survey, binding: Binding, pages: FormPage[], t: TextTable): RuntimeFlow | undefined {
  const f = survey.flow;
  if (!recordsFlow(f)) return undefined;
  const out: RuntimeFlow = { record: true };
  const pageOfQuestion = new Map<string, string>();
  for (const p of pages) for (const q of p.questions) pageOfQuestion.set(q, p.id);
  const screenOuts = f.screenOuts.filter((x) => x.when && x.id);
  if (screenOuts.length)
    out.screenOuts = screenOuts.map((x) => {
      const before = survey.questions[x.after - 1];
      const page = (before && pageOfQuestion.get(before.id)) ?? pages[0]?.id ?? '';
      t.html(flowTextKey.screenOut(x.id), x.message);
      return { id: x.id, page, when: exprToJson(x.when, binding), message: flowTextKey.screenOut(x.id) };
    });
  if (f.ends.length)
    out.ends = f.ends.map((x) => {
      t.html(flowTextKey.end(x.id), x.text);
      return x.when
        ? { id: x.id, when: exprToJson(x.when, binding), text: flowTextKey.end(x.id) }
        : { id: x.id, text: flowTextKey.end(x.id) };
    });
  if (f.randomSections.length) out.randomSections = f.randomSections;
  if (f.groups.length) out.groups = f.groups.map((g) => ({ id: g.id, sections: g.sections, fixed: g.fixed }));
  return out;
}
