// SVY2100: `repeat … for q` where q is not a number question (the number of instances).
// SVY2101: `repeat … for each q` where q is not a multi question (one instance per option chosen).
// That the source comes before the roster is the order rule's (SVY2005); that it is not inside
// a roster it does not belong to is SVY2102's.
import { defineRule } from '../rule.ts';
import { isRow, type Survey } from '../../model.ts';

function describe(s: Survey, name: string): string | undefined {
  const v = s.variables.get(name);
  if (v) return isRow(v) ? 'a matrix row' : `a ${v.kind} question`;
  if (s.hidden.has(name)) return 'a hidden variable';
  if (s.calculations.has(name)) return 'a calculated value';
  if (s.rosters.some((r) => r.id === name)) return 'a repeat group';
  return undefined; // unknown: SVY2002
}

export default defineRule({
  name: 'roster-source',
  diagnostics: [
    {
      code: 'SVY2100',
      name: 'roster-count-source',
      severity: 'error',
      message:
        "'{name}' is {what}: `repeat … for {name}` takes its number of instances from an earlier number question. Use `for each {name}` to loop over the options chosen in a multi question.",
      docs: {
        summary: 'A repeat group counted `for q` where q is not a number question.',
        rationale:
          'The number of instances is the answer to an earlier question such as "How many people live in your household?": only a number answer says how many.',
        bad: 'single size "家庭规模" en: "Household size" { small "1–2 人" en: "1–2 people"  big "3 人以上" en: "3 or more" }\nrepeat members "家庭成员" en: "Household member" for size max 10 {\n  text name "姓名" en: "Name"\n}',
        good: 'number size "您家有几口人?" en: "How many people live in your household?" min 1 max 10 integer\nrepeat members "家庭成员" en: "Household member" for size {\n  text name "姓名" en: "Name"\n}',
      },
    },
    {
      code: 'SVY2101',
      name: 'roster-loop-source',
      severity: 'error',
      message:
        "'{name}' is {what}: `repeat … for each {name}` loops over the options chosen in an earlier multi question. Use `for {name}` to repeat as many times as a number answer says.",
      docs: {
        summary: 'A loop over answers (`for each q`) whose q is not a multi question.',
        rationale:
          'One instance per option chosen needs a question where several options can be chosen; a single answer or a number has no options to loop over.',
        bad: 'number cars "您家有几辆车?" en: "How many cars do you have?" min 0 max 5 integer\nrepeat car_loop "车辆" en: "Car" for each cars {\n  text model "车型" en: "Model"\n}',
        good: 'multi brands "您用过哪些品牌?" en: "Which brands have you used?" { a "品牌 A" en: "Brand A"  b "品牌 B" en: "Brand B" }\nrepeat brand_loop "品牌" en: "Brand" for each brands {\n  rating liking "您对{brand_loop}的喜爱程度" en: "How much do you like {brand_loop}?" on sat5\n}',
      },
    },
  ],
  check(ctx) {
    const s = ctx.survey;
    if (!s) return;
    for (const r of s.rosters) {
      const src = r.node.source;
      if (r.count.kind === 'fixed' || !src) continue;
      const what = describe(s, r.count.source);
      if (!what) continue;
      const v = s.variables.get(r.count.source);
      const hiddenNumber = s.hidden.get(r.count.source)?.type === 'number';
      if (r.count.kind === 'answer' && !(v && !isRow(v) && v.kind === 'number') && !hiddenNumber)
        ctx.report({ code: 'SVY2100', file: r.file, range: src.range, args: { name: r.count.source, what } });
      if (r.count.kind === 'each' && !(v && !isRow(v) && v.kind === 'multi'))
        ctx.report({ code: 'SVY2101', file: r.file, range: src.range, args: { name: r.count.source, what } });
    }
  },
});
