// SVY2072: `from q selected` where q is not a single or multiple choice question.
// SVY2073: `from q selected` where q is a single choice: it carries one option at most.
import { defineRule } from './rule.ts';
import { isRow } from '../model.ts';

export default defineRule({
  name: 'carry-forward',
  diagnostics: [
    {
      code: 'SVY2072',
      name: 'carry-forward-source',
      severity: 'error',
      message:
        "'{name}' is {what}: options can only be carried forward from a single or multi question. Use `from <choices>` or carry from a choice question.",
      docs: {
        summary: 'A carry-forward (`from q selected` / `not selected`) whose source is not a single or multi question.',
        rationale:
          'Carry-forward offers the options chosen (or not chosen) in an earlier choice question; a rating, text or matrix has no options to carry.',
        bad: 'rating overall "总体满意度" en: "Overall satisfaction" on sat5\nsingle best "最好的方面" en: "Best aspect" from overall selected',
        good: 'multi used "用过哪些功能?" en: "Which features did you use?" { crm "客户管理" en: "Customers"  report "报表" en: "Reports" }\nsingle best "最好用的功能" en: "Most useful feature" from used selected',
      },
    },
    {
      code: 'SVY2073',
      name: 'carry-forward-from-single',
      severity: 'warning',
      message:
        "'{name}' is a single choice question: `from {name} selected` offers its one chosen option only. Carry `not selected` options, or from a multi question.",
      docs: {
        summary:
          'Options carried forward as `selected` from a single choice question: the follow-up offers one option, which asks nothing.',
        rationale:
          'A follow-up with a single possible answer is a wasted question; `not selected` (the options the respondent did not choose) is usually what is meant.',
        bad: 'single vendor "供应商" en: "Vendor" { a "A" en: "A"  b "B" en: "B"  c "C" en: "C" }\nsingle again "再选" en: "Again" from vendor selected',
        good: 'single vendor "供应商" en: "Vendor" { a "A" en: "A"  b "B" en: "B"  c "C" en: "C" }\nmulti considered "还考虑过哪些?" en: "Which others did you consider?" from vendor not selected optional',
      },
    },
  ],
  check(ctx) {
    const s = ctx.survey;
    if (!s) return;
    for (const q of s.questions) {
      const from = q.node.from;
      if (!q.carry || !from) continue;
      const source = s.variables.get(q.carry.source);
      if (!source) {
        const other = s.hidden.has(q.carry.source)
          ? 'a hidden variable'
          : s.calculations.has(q.carry.source)
            ? 'a calculated value'
            : s.choiceLists.has(q.carry.source)
              ? 'a choice list (write `from ' + q.carry.source + '` without `selected`)'
              : undefined;
        if (other) ctx.report({ code: 'SVY2072', file: q.file, range: from.range, args: { name: q.carry.source, what: other } });
        continue; // an unknown name is SVY2002
      }
      if (isRow(source) || (source.kind !== 'single' && source.kind !== 'multi')) {
        const what = isRow(source) ? 'a matrix row' : `a ${source.kind} question`;
        ctx.report({ code: 'SVY2072', file: q.file, range: from.range, args: { name: q.carry.source, what } });
        continue;
      }
      if (source.kind === 'single' && q.carry.selected)
        ctx.report({ code: 'SVY2073', file: q.file, range: from.range, args: { name: q.carry.source } });
    }
  },
});
