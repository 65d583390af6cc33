// SVY2036: a `check` whose condition is not a condition (a number, a text) or reads no
// answer at all: it could never fail, or never be tested, in the form.
import { defineRule } from './rule.ts';
import { typeOf } from '../expr-types.ts';

export default defineRule({
  name: 'check',
  diagnostics: [
    {
      code: 'SVY2036',
      name: 'check-condition',
      severity: 'error',
      message: {
        notCondition: 'A check needs a condition on the answers; this expression is a {type}. Write one such as `ended >= started`.',
        noAnswer: 'A check needs a condition on the answers; this one reads no question. Write one such as `ended >= started`.',
      },
      docs: {
        summary: 'A cross-field `check` whose expression is not a condition, or reads no answer.',
        rationale: 'The form tests a check once every answer it reads is given; without a condition on answers it can never be tested.',
        bad: 'rating a "服务" on sat5\ncheck a + 1 "请检查" en: "Please check"',
        good: 'rating a "服务" on sat5\nrating b "价格" on sat5\ncheck a >= b "请检查" en: "Please check"',
      },
    },
  ],
  check(ctx) {
    for (const c of ctx.survey?.checks ?? []) {
      if (!c.expr) continue;
      const t = typeOf(c.expr, ctx.binding);
      const at = { code: 'SVY2036', file: c.file, range: c.expr.range } as const;
      if (t !== 'bool' && t !== 'unknown') ctx.report({ ...at, messageId: 'notCondition', args: { type: t } });
      else if (c.items.length === 0) ctx.report({ ...at, messageId: 'noAnswer' });
    }
  },
});
