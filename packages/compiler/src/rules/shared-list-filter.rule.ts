// SVY2160: a choice filter in a shared `choices` list reads an answer that a question
// using the list cannot have yet (the question itself, or one asked after it, directly or
// through a calculated value). The filter is evaluated per using question, so the order
// is checked per using question: one diagnostic for each question and answer it cannot see.
import { defineRule } from './rule.ts';
import { walkExpr } from '../expr-walk.ts';
import { isRow, type Question, type Survey } from '../model.ts';

export default defineRule({
  name: 'shared-list-filter',
  diagnostics: [
    {
      code: 'SVY2160',
      name: 'shared-list-filter-order',
      severity: 'error',
      message:
        "'{question}' (question {number}) uses the list '{list}', whose option '{code}' is offered only when a condition on '{name}' holds, but {reason}. Ask '{question}' after it, or give '{question}' its own options.",
      docs: {
        summary: 'A question uses a shared choice list whose choice filter reads the question itself or a later answer.',
        rationale:
          'A shared list’s filter is evaluated for each question that uses it, with that question’s earlier answers; an answer given after the question cannot decide which options it offers.',
        bad: 'choices cities { bj "北京" en: "Beijing" when region == north  sh "上海" en: "Shanghai" }\nsingle city "城市" en: "City" from cities\nsingle region "地区" en: "Region" { north "北方" en: "North"  south "南方" en: "South" }',
        good: 'choices cities { bj "北京" en: "Beijing" when region == north  sh "上海" en: "Shanghai" }\nsingle region "地区" en: "Region" { north "北方" en: "North"  south "南方" en: "South" }\nsingle city "城市" en: "City" from cities',
      },
    },
  ],
  check(ctx) {
    const s = ctx.survey;
    if (!s) return;
    for (const q of s.questions) {
      const list = q.choices;
      if (!list || list.inline || q.carry || !q.node.from) continue;
      const seen = new Set<string>();
      for (const o of list.options) {
        walkExpr(o.when, (e) => {
          if (e.kind !== 'NameRef' || seen.has(e.name)) return;
          const reason = unseen(e.name, q, s, ctx.binding.referenceAt.get(e)?.target?.kind);
          if (!reason) return;
          seen.add(e.name);
          ctx.report({
            code: 'SVY2160',
            file: q.file,
            range: q.node.from!.range,
            args: { question: q.id, number: q.number, list: list.id, code: String(o.code), name: e.name, reason },
            related: o.when
              ? [{ file: list.file, range: o.when.range, message: `the filter of option '${o.code}' in '${list.id}'` }]
              : undefined,
          });
        });
      }
    }
  },
});

/** Why question `q` cannot see `name` (an answer, or a calculated value over answers), or undefined when it can. */
function unseen(name: string, q: Question, s: Survey, kind: string | undefined): string | undefined {
  const numberOf = (id: string) => {
    const v = s.variables.get(id);
    return v ? (isRow(v) ? v.matrix.number : v.number) : undefined;
  };
  if (kind === 'calc') {
    const late = s.calculations.get(name)?.items.find((id) => (numberOf(id) ?? 0) >= q.number);
    if (!late) return undefined;
    const n = numberOf(late)!;
    return n === q.number ? `'${name}' is computed from '${q.id}' itself` : `'${name}' is computed from '${late}', question ${n}`;
  }
  if (kind !== 'question' && kind !== 'row') return undefined;
  const n = numberOf(name);
  if (n === undefined || n < q.number) return undefined;
  return n === q.number ? `'${name}' is '${q.id}' itself` : `'${name}' is question ${n}`;
}
