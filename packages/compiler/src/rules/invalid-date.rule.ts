// SVY2055: a date that does not exist (2025-02-30, 2024-13-01) as a date question's
// bound or compared with a date answer or hidden date: the form would refuse every
// answer against it or compare with a day nobody can pick.
import type * as A from '@survey/syntax';
import { defineRule, type RuleContext } from './rule.ts';
import { typeOf } from '../expr-types.ts';
import { surveyExpressions, walkExpr } from '../expr-walk.ts';

const iso = /^(\d{4})-(\d{2})-(\d{2})$/;
const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Why an ISO-shaped string is not a calendar date, or undefined when it is one (or not ISO-shaped at all). */
export function impossibleDate(value: string): string | undefined {
  const m = iso.exec(value);
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12) return `there is no month ${m[2]}`;
  const days = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  if (d < 1 || d > days) return `${months[mo - 1]} ${y} has ${days} days`;
  return undefined;
}

export default defineRule({
  name: 'invalid-date',
  diagnostics: [
    {
      code: 'SVY2055',
      name: 'invalid-date',
      severity: 'error',
      message: '"{value}" is not a date: {why}. Use a day that exists, such as "{suggestion}".',
      docs: {
        summary: 'A date bound or a date in a condition that does not exist on the calendar (2025-02-30, 2024-13-01).',
        rationale:
          'A bound that is not a date makes the form refuse or accept answers unpredictably; a condition with one compares with a day nobody can pick.',
        bad: 'date delivered "交付日期" en: "Delivery date" min "2025-02-30"',
        good: 'date delivered "交付日期" en: "Delivery date" min "2025-02-28"',
      },
    },
  ],
  check(ctx) {
    const s = ctx.survey;
    if (!s) return;
    for (const q of s.questions) {
      if (q.kind !== 'date') continue;
      for (const node of [q.node.min, q.node.max]) {
        if (node?.value?.kind === 'String') report(ctx, node.value, q.file);
      }
    }
    for (const { expr, file } of surveyExpressions(s)) {
      walkExpr(expr, (e) => {
        if (e.kind !== 'Binary' || !e.right || !['==', '!=', '<', '<=', '>', '>='].includes(e.op)) return;
        for (const [lit, other] of [
          [e.right, e.left],
          [e.left, e.right],
        ] as const) {
          if (lit.kind === 'String' && typeOf(other, ctx.binding) === 'date') report(ctx, lit, file);
        }
      });
    }
  },
});

function report(ctx: RuleContext, lit: A.StringLit, file: string): void {
  const why = impossibleDate(lit.value);
  if (!why) return;
  const [y, mo] = lit.value.split('-').map(Number);
  const month = Math.min(Math.max(mo, 1), 12);
  const last = new Date(Date.UTC(y, month, 0)).getUTCDate();
  const suggestion = `${String(y).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(last).padStart(2, '0')}`;
  ctx.report({ code: 'SVY2055', file, range: lit.range, args: { value: lit.value, why, suggestion } });
}
