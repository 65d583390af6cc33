// SVY2103: a roster counted by an answer with no upper bound (neither `max` on the repeat
// nor on its number question): the response schema, the form and the analysis need one.
// SVY2104: a fixed count or a `max` that is not a whole number from 1 to the instance limit.
// SVY2105: rosters nested deeper than the limit.
import { defineRule } from '../rule.ts';
import { isRow } from '../../model.ts';
import { ROSTER_LIMITS } from '../../roster.ts';

export default defineRule({
  name: 'roster-size',
  diagnostics: [
    {
      code: 'SVY2103',
      name: 'roster-unbounded',
      severity: 'error',
      message:
        "Repeat group '{id}' has no upper bound: '{source}' has no `max`. Add `max N` to the repeat group or to '{source}' (at most {limit}).",
      docs: {
        summary: 'A repeat group counted by a number answer that has no maximum.',
        rationale:
          'A roster without a bound lets a typing slip (1000 instead of 10) create a thousand instances; the response schema states the bound as maxItems and the analysis sizes its long table by it.',
        bad: 'number size "您家有几口人?" en: "How many people live in your household?" min 1 integer\nrepeat members "家庭成员" en: "Household member" for size {\n  text name "姓名" en: "Name"\n}',
        good: 'number size "您家有几口人?" en: "How many people live in your household?" min 1 integer\nrepeat members "家庭成员" en: "Household member" for size max 12 {\n  text name "姓名" en: "Name"\n}',
      },
    },
    {
      code: 'SVY2104',
      name: 'roster-count',
      severity: 'error',
      message: {
        count: "Repeat group '{id}' is asked {count} times: a fixed count is a whole number from 1 to {limit}.",
        max: "The `max` of repeat group '{id}' is {max}: it is a whole number from 1 to {limit}.",
      },
      docs: {
        summary: 'A fixed number of instances or a `max` that is not a whole number from 1 to 100.',
        bad: 'repeat visits "就诊" en: "Visit" 0 {\n  date visited "就诊日期" en: "Date of the visit"\n}',
        good: 'repeat visits "最近三次就诊" en: "Your last three visits" 3 {\n  date visited "就诊日期" en: "Date of the visit"\n}',
      },
    },
    {
      code: 'SVY2105',
      name: 'roster-nesting',
      severity: 'error',
      message:
        "Repeat group '{id}' is nested {depth} deep; at most {limit} repeat groups can be inside one another. Move its questions up a level.",
      docs: {
        summary: 'Repeat groups nested more than three deep.',
        rationale:
          'Household > person > job is three levels; a fourth is rarely what is meant and makes the form and the long tables hard to follow.',
        bad: 'repeat a "A" 2 {\n  repeat b "B" 2 {\n    repeat c "C" 2 {\n      repeat d "D" 2 {\n        text x "X" en: "X"\n      }\n    }\n  }\n}',
        good: 'repeat a "A" 2 {\n  repeat b "B" 2 {\n    text x "X" en: "X"\n  }\n}',
      },
    },
  ],
  check(ctx) {
    const s = ctx.survey;
    if (!s) return;
    const limit = ROSTER_LIMITS.instances;
    const whole = (n: number) => Number.isInteger(n) && n >= 1 && n <= limit;
    for (const r of s.rosters) {
      const id = r.id;
      if (r.node.count && !whole(r.node.count.value))
        ctx.report({
          code: 'SVY2104',
          file: r.file,
          range: r.node.count.range,
          messageId: 'count',
          args: { id, count: r.node.count.raw, limit },
        });
      if (r.node.max && !whole(r.node.max.value))
        ctx.report({
          code: 'SVY2104',
          file: r.file,
          range: r.node.max.range,
          messageId: 'max',
          args: { id, max: r.node.max.raw, limit },
        });
      if (r.count.kind === 'answer' && r.max === undefined && r.node.source) {
        const src = s.variables.get(r.count.source);
        const hidden = s.hidden.get(r.count.source);
        const bounded = src && !isRow(src) ? typeof src.max === 'number' : false;
        if ((src && !isRow(src) && src.kind === 'number' && !bounded) || hidden?.type === 'number')
          ctx.report({ code: 'SVY2103', file: r.file, range: r.node.source.range, args: { id, source: r.count.source, limit } });
      }
      if (r.depth === ROSTER_LIMITS.depth + 1 && r.node.id)
        ctx.report({ code: 'SVY2105', file: r.file, range: r.node.id.range, args: { id, depth: r.depth, limit: ROSTER_LIMITS.depth } });
    }
  },
});
