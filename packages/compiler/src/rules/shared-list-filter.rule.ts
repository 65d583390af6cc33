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
      message: {
        itself:
          "'{question}' (question {number}) uses the list '{list}', whose option '{code}' is offered only when a condition on '{name}' holds, but '{name}' is '{question}' itself. Ask '{question}' after it, or give '{question}' its own options.",
        later:
          "'{question}' (question {number}) uses the list '{list}', whose option '{code}' is offered only when a condition on '{name}' holds, but '{name}' is question {at}. Ask '{question}' after it, or give '{question}' its own options.",
        calcItself:
          "'{question}' (question {number}) uses the list '{list}', whose option '{code}' is offered only when a condition on '{name}' holds, but '{name}' is computed from '{question}' itself. Ask '{question}' after it, or give '{question}' its own options.",
        calcLater:
          "'{question}' (question {number}) uses the list '{list}', whose option '{code}' is offered only when a condition on '{name}' holds, but '{name}' is computed from '{late}', question {at}. Ask '{question}' after it, or give '{question}' its own options.",
      },
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
          const why = unseen(e.name, q, s, ctx.binding.referenceAt.get(e)?.target?.kind);
          if (!why) return;
          seen.add(e.name);
          const base = { question: q.id, number: q.number, list: list.id, code: String(o.code), name: e.name };
          const place = {
            code: 'SVY2160',
            file: q.file,
            range: q.node.from!.range,
            related: o.when
              ? [{ file: list.file, range: o.when.range, message: `the filter of option '${o.code}' in '${list.id}'` }]
              : undefined,
          } as const;
          if (why.messageId === 'later') ctx.report({ ...place, messageId: 'later', args: { ...base, at: why.at } });
          else if (why.messageId === 'calcLater')
            ctx.report({ ...place, messageId: 'calcLater', args: { ...base, at: why.at, late: why.late } });
          else ctx.report({ ...place, messageId: why.messageId, args: base });
        });
      }
    }
  },
});

/** Why question `q` cannot see `name` (an answer, or a calculated value over answers), or undefined when it can. */
type Unseen =
  { messageId: 'itself' | 'calcItself' } | { messageId: 'later'; at: number } | { messageId: 'calcLater'; at: number; late: string };

function unseen(name: string, q: Question, s: Survey, kind: string | undefined): Unseen | undefined {
  const numberOf = (id: string) => {
    const v = s.variables.get(id);
    return v ? (isRow(v) ? v.matrix.number : v.number) : undefined;
  };
  if (kind === 'calc') {
    const late = s.calculations.get(name)?.items.find((id) => (numberOf(id) ?? 0) >= q.number);
    if (!late) return undefined;
    const n = numberOf(late)!;
    return n === q.number ? { messageId: 'calcItself' } : { messageId: 'calcLater', late, at: n };
  }
  if (kind !== 'question' && kind !== 'row') return undefined;
  const n = numberOf(name);
  if (n === undefined || n < q.number) return undefined;
  return n === q.number ? { messageId: 'itself' } : { messageId: 'later', at: n };
}
