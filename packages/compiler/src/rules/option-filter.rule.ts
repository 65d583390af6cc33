// SVY2070: a choice filter (`a "…" when x == 1`) in a shared `choices` list, where no
// question's answers are in scope. SVY2071: a choice filter that is not a condition.
import { defineRule } from './rule.ts';
import { typeOf } from '../expr-types.ts';
import { ownOptions } from '../model.ts';

export default defineRule({
  name: 'option-filter',
  diagnostics: [
    {
      code: 'SVY2070',
      name: 'option-filter-in-shared-list',
      severity: 'error',
      message:
        'Option \'{code}\' of the shared list \'{list}\' has a `when`: a condition on answers belongs to one question. Write the options inside the question (`single q "…" { {code} "…" when … }`).',
      docs: {
        summary: 'A choice filter (`when` on an option) in a named `choices` list.',
        rationale:
          'A shared list is used by several questions at different places in the survey; which answers its condition may read depends on the question, so the filter is written on the question’s own options.',
        bad: 'choices cities { bj "北京" en: "Beijing" when region == north  sh "上海" en: "Shanghai" }',
        good: 'single city "城市" en: "City" { bj "北京" en: "Beijing" when region == north  sh "上海" en: "Shanghai" }',
      },
    },
    {
      code: 'SVY2071',
      name: 'option-filter-condition',
      severity: 'error',
      message: "The `when` of option '{code}' must be a condition; this expression is {type}. Write one such as `region == north`.",
      docs: {
        summary: 'A choice filter whose expression is not a condition (a number, a text, an answer on its own).',
        rationale: 'The form offers the option while the condition holds; a value that is not true or false has no such meaning.',
        bad: 'single region "地区" en: "Region" { north "北方" en: "North"  south "南方" en: "South" }\nsingle city "城市" en: "City" { bj "北京" en: "Beijing" when region  sh "上海" en: "Shanghai" }',
        good: 'single region "地区" en: "Region" { north "北方" en: "North"  south "南方" en: "South" }\nsingle city "城市" en: "City" { bj "北京" en: "Beijing" when region == north  sh "上海" en: "Shanghai" }',
      },
    },
  ],
  check(ctx) {
    const s = ctx.survey;
    if (!s) return;
    for (const list of s.choiceLists.values()) {
      if (list.inline) continue;
      for (const o of list.options) {
        if (o.when && o.node.whenRange)
          ctx.report({ code: 'SVY2070', file: list.file, range: o.node.whenRange, args: { code: String(o.code), list: list.id } });
      }
    }
    for (const q of s.questions) {
      for (const o of ownOptions(q)) {
        if (!o.when) continue;
        const t = typeOf(o.when, ctx.binding);
        if (t !== 'bool' && t !== 'unknown')
          ctx.report({ code: 'SVY2071', file: q.file, range: o.when.range, args: { code: String(o.code), type: `a ${t}` } });
      }
    }
  },
});
