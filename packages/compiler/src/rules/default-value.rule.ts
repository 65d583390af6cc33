// SVY2074: a `default` that does not fit its question (a text for a number, a code not in
// the list, a point off the scale, a number outside min/max). SVY2075: a `default` on a
// matrix or ranking question, which take none.
import type * as A from '@survey/syntax';
import { defineRule, type RuleContext, type VariantOf } from './rule.ts';
import type { DiagnosticDef } from '../diagnostics/types.ts';
import { typeOf } from '../expr-types.ts';
import { numberOf } from '../expr-walk.ts';
import { codesOf, type Question } from '../model.ts';

const diagnostics = [
  {
    code: 'SVY2074',
    name: 'default-value-type',
    severity: 'error',
    message: {
      wrongType: "The default of '{id}' does not fit a {kind} question: it is {type}, not {expected}. Change the default or remove it.",
      offScale:
        "The default of '{id}' does not fit a {kind} question: {value} is not a point of its scale ({codes}). Change the default or remove it.",
      belowMin: "The default of '{id}' does not fit a {kind} question: {value} is below its min {min}. Change the default or remove it.",
      aboveMax: "The default of '{id}' does not fit a {kind} question: {value} is above its max {max}. Change the default or remove it.",
      notWhole: "The default of '{id}' does not fit a {kind} question: {value} is not a whole number. Change the default or remove it.",
      notDate:
        'The default of \'{id}\' does not fit a {kind} question: "{value}" is not a date written YYYY-MM-DD. Change the default or remove it.',
      notACode:
        "The default of '{id}' does not fit a {kind} question: '{value}' is not one of its codes ({codes}). Change the default or remove it.",
    },
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
] as const satisfies readonly DiagnosticDef[];

type Ctx = RuleContext<(typeof diagnostics)[number]>;
type Problem = VariantOf<(typeof diagnostics)[0]>;

export default defineRule({
  name: 'default-value',
  diagnostics,
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
      if (problem) ctx.report({ code: 'SVY2074', file: q.file, range: d.range, ...problem });
    }
  },
});

function problemOf(ctx: Ctx, q: Question, d: A.Expr): Problem | undefined {
  const t = typeOf(d, ctx.binding);
  const code = d.kind === 'NameRef' && ctx.binding.referenceAt.get(d)?.context === 'code' ? d.name : undefined;
  if (t === 'unknown' && code === undefined) return undefined;
  const an = (x: string) =>
    ({ number: 'a number', text: 'a text', date: 'a date', code: 'a choice code', set: 'a set of choices', bool: 'a condition' })[x] ??
    `a ${x}`;
  const n = numberOf(d);
  const at = { id: q.id, kind: q.kind };
  const wrongType = (expected: string): Problem => ({ messageId: 'wrongType', args: { ...at, type: an(t), expected } });
  switch (q.kind) {
    case 'number':
    case 'rating':
    case 'nps': {
      if (t !== 'number') return wrongType('a number');
      if (n === undefined) return undefined;
      if (q.kind !== 'number') {
        const codes = codesOf(q) ?? [];
        return codes.includes(n) ? undefined : { messageId: 'offScale', args: { ...at, value: n, codes: codes.join(', ') } };
      }
      if (typeof q.min === 'number' && n < q.min) return { messageId: 'belowMin', args: { ...at, value: n, min: q.min } };
      if (typeof q.max === 'number' && n > q.max) return { messageId: 'aboveMax', args: { ...at, value: n, max: q.max } };
      if (q.integer && !Number.isInteger(n)) return { messageId: 'notWhole', args: { ...at, value: n } };
      return undefined;
    }
    case 'text':
      return t === 'text' ? undefined : wrongType('a text');
    case 'date':
      if (d.kind === 'String')
        return /^\d{4}-\d{2}-\d{2}$/.test(d.value) ? undefined : { messageId: 'notDate', args: { ...at, value: d.value } };
      return t === 'date' ? undefined : wrongType('a date');
    case 'single':
    case 'yesno':
    case 'multi': {
      const codes = codesOf(q) ?? [];
      const literal = code ?? n;
      if (literal !== undefined)
        return codes.includes(literal) ? undefined : { messageId: 'notACode', args: { ...at, value: literal, codes: codes.join(', ') } };
      if (t === 'code' || (q.kind === 'multi' && t === 'set')) return undefined;
      return wrongType('one of its codes');
    }
  }
  return undefined;
}
