// SVY2074: a `default` that does not fit its question (a text for a number, a code not in
// the list, a point off the scale, a number outside min/max). SVY2075: a `default` on a
// matrix or ranking question, which take none.
import type * as A from '@survey/syntax';
import { defineRule, type RuleContext } from './rule.ts';
import { typeOf } from '../expr-types.ts';
import { numberOf } from '../expr-walk.ts';
import { codesOf, type Question } from '../model.ts';

export default defineRule({
  name: 'default-value',
  diagnostics: [
    {
      code: 'SVY2074',
      name: 'default-value-type',
      severity: 'error',
      message: "The default of '{id}' does not fit a {kind} question: {problem}.",
      docs: {
        summary: 'A `default` whose value or formula does not give an answer the question accepts.',
        rationale:
          'The form fills the default in as if the respondent had answered; a value the question would reject (a text in a number field, a code not offered, a number out of range) would be an invalid answer from the start.',
        bad: 'number people "同行人数" en: "People in your party" min 1 max 10 default 0',
        good: 'number people "同行人数" en: "People in your party" min 1 max 10 default 2',
      },
    },
    {
      code: 'SVY2075',
      name: 'default-not-supported',
      severity: 'error',
      message: 'A {kind} question takes no `default`: {why}. Remove it.',
      docs: {
        summary: 'A `default` on a matrix or ranking question.',
        rationale: 'A matrix has one answer per row and a ranking an order of all options; a single default value means neither.',
        bad: 'matrix svc "服务评价" en: "Service" on sat5 { row speed "速度" en: "Speed" } default 3',
        good: 'matrix svc "服务评价" en: "Service" on sat5 { row speed "速度" en: "Speed" }',
      },
    },
  ],
  check(ctx) {
    for (const q of ctx.survey?.questions ?? []) {
      const d = q.default;
      if (!d) continue;
      if (q.kind === 'matrix' || q.kind === 'ranking') {
        const why = q.kind === 'matrix' ? 'it has one answer per row' : 'a ranking orders all its options';
        ctx.report({ code: 'SVY2075', file: q.file, range: q.node.defaultRange ?? d.range, args: { kind: q.kind, why } });
        continue;
      }
      const problem = problemOf(ctx, q, d);
      if (problem) ctx.report({ code: 'SVY2074', file: q.file, range: d.range, args: { id: q.id, kind: q.kind, problem } });
    }
  },
});

function problemOf(ctx: RuleContext, q: Question, d: A.Expr): string | undefined {
  const t = typeOf(d, ctx.binding);
  const code = d.kind === 'NameRef' && ctx.binding.referenceAt.get(d)?.context === 'code' ? d.name : undefined;
  if (t === 'unknown' && code === undefined) return undefined;
  const an = (x: string) =>
    ({ number: 'a number', text: 'a text', date: 'a date', code: 'a choice code', set: 'a set of choices', bool: 'a condition' })[x] ??
    `a ${x}`;
  const n = numberOf(d);
  switch (q.kind) {
    case 'number':
    case 'rating':
    case 'nps': {
      if (t !== 'number') return `it is ${an(t)}, not a number`;
      if (n === undefined) return undefined;
      if (q.kind !== 'number') {
        const codes = codesOf(q) ?? [];
        return codes.includes(n) ? undefined : `${n} is not a point of its scale (${codes.join(', ')})`;
      }
      if (typeof q.min === 'number' && n < q.min) return `${n} is below its min ${q.min}`;
      if (typeof q.max === 'number' && n > q.max) return `${n} is above its max ${q.max}`;
      if (q.integer && !Number.isInteger(n)) return `${n} is not a whole number`;
      return undefined;
    }
    case 'text':
      return t === 'text' ? undefined : `it is ${an(t)}, not a text`;
    case 'date':
      if (d.kind === 'String') return /^\d{4}-\d{2}-\d{2}$/.test(d.value) ? undefined : `"${d.value}" is not a date written YYYY-MM-DD`;
      return t === 'date' ? undefined : `it is ${an(t)}, not a date`;
    case 'single':
    case 'yesno':
    case 'multi': {
      const codes = codesOf(q) ?? [];
      const literal = code ?? n;
      if (literal !== undefined) return codes.includes(literal) ? undefined : `'${literal}' is not one of its codes (${codes.join(', ')})`;
      if (t === 'code' || (q.kind === 'multi' && t === 'set')) return undefined;
      return `it is ${an(t)}, not one of its codes`;
    }
  }
  return undefined;
}
