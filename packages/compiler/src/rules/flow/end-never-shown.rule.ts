// SVY2142: an end screen that can never show. After submitting, the form shows the first
// end screen whose condition holds; one written after an end screen without `when` (or
// whose condition no answer satisfies) is never reached.
import { defineRule } from '../rule.ts';
import { conditionFact } from './condition-facts.ts';

export default defineRule({
  name: 'end-never-shown',
  diagnostics: [
    {
      code: 'SVY2142',
      name: 'end-never-shown',
      severity: 'warning',
      message: "End screen '{id}' can never show: {reason}.",
      docs: {
        summary: 'An end screen after one without a condition (the first that holds is shown), or whose condition no answer satisfies.',
        rationale: 'Respondents it was written for see another end screen instead; the text is dead.',
        bad: 'rating overall "总体满意度" en: "Overall" on sat5\nend thanks "谢谢!" en: "Thank you!"\nend happy "谢谢您的支持!" en: "Thank you for your support!" when overall >= 4',
        good: 'rating overall "总体满意度" en: "Overall" on sat5\nend happy "谢谢您的支持!" en: "Thank you for your support!" when overall >= 4\nend thanks "谢谢!" en: "Thank you!"',
      },
    },
  ],
  check(ctx) {
    const s = ctx.survey;
    if (!s) return;
    let catchAll: string | undefined;
    for (const e of s.flow.ends) {
      const fact = conditionFact(e.when, ctx.binding);
      const reason = catchAll
        ? `end screen '${catchAll}' before it is shown to everyone who gets this far; put this one first`
        : e.when && fact === 'never'
          ? 'no answer satisfies its condition'
          : undefined;
      if (reason) ctx.report({ code: 'SVY2142', file: e.file, range: e.node.id?.range ?? e.node.range, args: { id: e.id, reason } });
      if (!catchAll && (!e.when || fact === 'always')) catchAll = e.id;
    }
  },
});
