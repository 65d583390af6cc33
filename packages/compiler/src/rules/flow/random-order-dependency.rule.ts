// SVY2146: a condition, pipe or default that reads a question whose place is random
// relative to it: another question on the same page of a `randomize`d section, or a
// question in another section of the same `shuffle` group. Shown first, it would read an
// answer not given yet.
import { defineRule } from '../rule.ts';
import { walkExpr } from '../../expr-walk.ts';
import { isRow, type Question } from '../../model.ts';
import { pageStarts } from '../../flow-model.ts';
import type * as A from '@survey/syntax';

export default defineRule({
  name: 'random-order-dependency',
  diagnostics: [
    {
      code: 'SVY2146',
      name: 'random-order-dependency',
      severity: 'error',
      message:
        "'{id}' reads '{name}', but {why}: '{name}' may be shown after it. Move one of them out of the random order, or anchor both with `fixed`.",
      docs: {
        summary:
          'A question whose condition, piped text or default reads another question of the same page of a randomised section, or of another section of the same `shuffle` group.',
        rationale:
          'In random order the question read may come later, so the condition would see it unanswered for some respondents and not others.',
        bad: 'section a "服务" en: "Service" randomize {\n  rating q1 "总体满意度" en: "Overall" on sat5\n  text why "原因" en: "Why?" when q1 <= 2\n}',
        good: 'section a "服务" en: "Service" randomize {\n  rating q1 "总体满意度" en: "Overall" on sat5 fixed\n  text why "原因" en: "Why?" when q1 <= 2 fixed\n}',
      },
    },
  ],
  check(ctx) {
    const s = ctx.survey;
    if (!s) return;
    const fixed = new Set(s.flow.randomSections.flatMap((r) => r.fixed));
    const randomSections = new Set(s.flow.randomSections.map((r) => r.section));
    const groupOf = new Map<string, string>();
    for (const g of s.flow.groups) for (const sec of g.sections) if (!g.fixed.includes(sec)) groupOf.set(sec, g.id);
    const pageOf = (q: Question) => {
      const starts = pageStarts(s.flow, q.section.id, q.section.questions.length);
      const i = q.section.questions.indexOf(q);
      return starts.filter((st) => st <= i).length;
    };
    const reads = (q: Question): string[] => {
      const names: string[] = [...q.pipes];
      const exprs: Array<A.Expr | undefined> = [q.when, q.default, q.section.when];
      for (const e of exprs) walkExpr(e, (n) => void (n.kind === 'NameRef' && names.push(n.name)));
      return names;
    };
    for (const q of s.questions) {
      for (const name of new Set(reads(q))) {
        const v = s.variables.get(name);
        const other = v ? (isRow(v) ? v.matrix : v) : undefined;
        if (!other || other === q) continue;
        let why: string | undefined;
        if (
          other.section === q.section &&
          randomSections.has(q.section.id) &&
          pageOf(other) === pageOf(q) &&
          !(fixed.has(q.id) && fixed.has(other.id))
        )
          why = `both are on one page of the randomised section '${q.section.id}'`;
        else if (other.section !== q.section && groupOf.has(q.section.id) && groupOf.get(q.section.id) === groupOf.get(other.section.id))
          why = `their sections are shuffled in group '${groupOf.get(q.section.id)}'`;
        if (why && q.node.id) ctx.report({ code: 'SVY2146', file: q.file, range: q.node.id.range, args: { id: q.id, name, why } });
      }
    }
  },
});
