// SVY2071: a choice filter (`a "…" when x == 1`) that is not a condition, on a question's
// own options or in a shared `choices` list. (SVY2070, a filter in a shared list, is no
// longer reported: a shared list's filter is checked per question that uses it, SVY2160.)
import { defineRule } from './rule.ts';
import { typeOf } from '../expr-types.ts';
import { ownOptions, type Choice } from '../model.ts';

export default defineRule({
  name: 'option-filter',
  diagnostics: [
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
    const checkOptions = (options: Choice[], file: string) => {
      for (const o of options) {
        if (!o.when) continue;
        const t = typeOf(o.when, ctx.binding);
        if (t !== 'bool' && t !== 'unknown')
          ctx.report({ code: 'SVY2071', file, range: o.when.range, args: { code: String(o.code), type: `a ${t}` } });
      }
    };
    for (const list of s.choiceLists.values()) if (!list.inline) checkOptions(list.options, list.file);
    for (const q of s.questions) checkOptions(ownOptions(q), q.file);
  },
});
