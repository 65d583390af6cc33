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
      message: {
        afterCatchAll:
          "End screen '{id}' can never show: end screen '{first}' before it is shown to everyone who gets this far. Put this one first.",
        never: "End screen '{id}' can never show: no answer satisfies its condition. Change the condition or remove the end screen.",
      },
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
      const at = { code: 'SVY2142', file: e.file, range: e.node.id?.range ?? e.node.range } as const;
      if (catchAll) ctx.report({ ...at, messageId: 'afterCatchAll', args: { id: e.id, first: catchAll } });
      else if (e.when && fact === 'never') ctx.report({ ...at, messageId: 'never', args: { id: e.id } });
      if (!catchAll && (!e.when || fact === 'always')) catchAll = e.id;
    }
  },
});
