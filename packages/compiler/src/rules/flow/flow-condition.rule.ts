// SVY2141: a screen-out or end-screen condition that is not a condition (a number, a
// text), or a screen-out that would end the survey for every respondent: it reads no
// answer or hidden value, or holds for every answer (`age >= 0` on a required `min 0`).
import { defineRule } from '../rule.ts';
import { typeOf } from '../../expr-types.ts';
import { walkExpr } from '../../expr-walk.ts';
import { conditionFact } from './condition-facts.ts';

export default defineRule({
  name: 'flow-condition',
  diagnostics: [
    {
      code: 'SVY2141',
      name: 'flow-condition',
      severity: 'error',
      message: {
        notCondition: 'The condition of {what} is a {type}, not a condition. Compare it: `age < 18`, `customer == no`.',
        readsNothing: 'The condition of {what} reads no answer: it would end every response. Test an answer, such as `age < 18`.',
        always:
          'The condition of {what} holds for every respondent: every response would be screened out. Test a value some respondents give.',
      },
      docs: {
        summary:
          'A screen-out or end-screen condition that is not a condition, or a screen-out whose condition holds for every respondent (it reads no answer, or every answer satisfies it).',
        rationale: 'A screen-out that always holds ends every response before it is complete: the survey would collect no data.',
        bad: 'number age "您的年龄" en: "Your age" min 0 max 120\nscreenout minor "谢谢" en: "Thank you" when age >= 0',
        good: 'number age "您的年龄" en: "Your age" min 0 max 120\nscreenout minor "谢谢" en: "Thank you" when age < 18',
      },
    },
  ],
  check(ctx) {
    const s = ctx.survey;
    if (!s) return;
    const flow = [
      ...s.flow.screenOuts.map((x) => ({ x, what: `screen-out '${x.id}'` })),
      ...s.flow.ends.map((x) => ({ x, what: `end screen '${x.id}'` })),
    ];
    for (const { x, what } of flow) {
      if (!x.when) continue;
      const t = typeOf(x.when, ctx.binding);
      const at = { code: 'SVY2141', file: x.file, range: x.when.range } as const;
      if (t !== 'bool' && t !== 'unknown') ctx.report({ ...at, messageId: 'notCondition', args: { what, type: t } });
      else if (x.node.kind === 'ScreenOut') {
        let reads = x.items.length > 0;
        walkExpr(x.when, (n) => {
          if (n.kind === 'NameRef' && ctx.binding.referenceAt.get(n)?.target?.kind === 'hidden') reads = true;
        });
        if (!reads) ctx.report({ ...at, messageId: 'readsNothing', args: { what } });
        else if (conditionFact(x.when, ctx.binding) === 'always') ctx.report({ ...at, messageId: 'always', args: { what } });
      }
    }
  },
});
