// SVY2007: comparing values of different types (a text answer with a number, a
// choice with a number that is not a code). SVY2008: a code that is not in the
// question's choice list or on its scale. Hidden variables are checked the same way
// (their type, and the codes of their list).
import type * as A from '@survey/syntax';
import { defineRule, type RuleContext, type VariantOf } from './rule.ts';
import type { DiagnosticDef } from '../diagnostics/types.ts';
import { codesOf, hiddenCodes, isRow, scaleOf, type HiddenVariable } from '../model.ts';
import { hiddenOf, typeOf, variableOf } from '../expr-types.ts';
import { closest } from '../text-distance.ts';
import { surveyExpressions, walkExpr } from '../expr-walk.ts';

const ordering = new Set(['<', '<=', '>', '>=']);

const diagnostics = [
  {
    code: 'SVY2007',
    name: 'type-mismatch',
    severity: 'error',
    message: {
      arithmetic: "Arithmetic '{op}' needs numbers, but {side} is {type}. Use a rating or number question, or a score.",
      join: "'{op}' joins conditions, but {side} is {type}. Compare it first, e.g. `{side} >= 4`.",
      hasNotMulti: "'has' tests a multiple-choice answer, but {side} is {type}. Use '==' instead.",
      textNumber: '\'{id}\' is {what}; it can only be compared with == or != to a "string", not a number.',
      textOrder: "'{id}' is {what}; it can only be compared with == or != to a \"string\", not with '{op}'.",
      several: "'{id}' allows several answers; test one with `{id} has CODE`.",
      codeOrder: "'{id}' is a choice: its codes have no order. Use == or != (or a rating question for ordered answers).",
      hiddenCodeOrder: "'{id}' is a hidden variable from a choice list: its codes have no order. Use == or !=.",
      date: '\'{id}\' is a date; compare it with a date string such as "2024-01-31".',
      numberText: "'{id}' has numeric answers; compare it with a number, not a string.",
      hiddenNumberText: "'{id}' is a hidden number variable; compare it with a number, not a string.",
      twoTypes: '{left} is {leftType} and {right} is {rightType}: compare values of one type.',
    },
    docs: {
      summary:
        'A condition or formula combines values that cannot be compared or computed: text with a number, a choice with `<`, arithmetic on a text answer.',
      bad: 'text comment "意见"\nsingle more "…" from yesno when comment > 3',
      good: 'rating overall "…" on sat5\ntext why "…" when overall <= 2',
    },
  },
  {
    code: 'SVY2008',
    name: 'unknown-code',
    severity: 'error',
    message: {
      default: '{value} is not {where}. Valid values: {valid}.',
      near: "{value} is not {where}. Valid values: {valid}. Did you mean '{near}'?",
    },
    docs: {
      summary: 'A condition compares an answer with a code that its choice list or scale does not have.',
      bad: 'single vendor "…" from vendors // codes a, b, other\ntext other_vendor "…" when vendor == others',
      good: 'text other_vendor "…" when vendor == other',
    },
  },
] as const satisfies readonly DiagnosticDef[];

type Ctx = RuleContext<(typeof diagnostics)[number]>;
/** One SVY2007 variant with its arguments. */
type Mismatch = VariantOf<(typeof diagnostics)[0]>;

export default defineRule({
  name: 'condition-types',
  diagnostics,
  check(ctx) {
    if (!ctx.survey) return;
    for (const { expr, file } of surveyExpressions(ctx.survey)) {
      walkExpr(expr, (e) => {
        if (e.kind === 'Binary') checkBinary(ctx, e, file);
      });
    }
  },
});

function checkBinary(ctx: Ctx, e: A.Binary, file: string): void {
  const b = ctx.binding;
  if (!e.right) return;
  const lt = typeOf(e.left, b);
  const rt = typeOf(e.right, b);
  const mismatch = (m: Mismatch) => ctx.report({ code: 'SVY2007', file, range: e.range, ...m });
  if (['+', '-', '*', '/'].includes(e.op)) {
    for (const [t, side] of [
      [lt, e.left],
      [rt, e.right],
    ] as const) {
      if (t === 'text' || t === 'date' || t === 'set' || t === 'code' || t === 'bool') {
        mismatch({ messageId: 'arithmetic', args: { op: e.op, side: describe(side, b), type: article(t) } });
        return;
      }
    }
    return;
  }
  if (e.op === 'and' || e.op === 'or') {
    for (const [t, side] of [
      [lt, e.left],
      [rt, e.right],
    ] as const) {
      if (t !== 'bool' && t !== 'unknown') mismatch({ messageId: 'join', args: { op: e.op, side: describe(side, b), type: article(t) } });
    }
    return;
  }
  const h = hiddenOf(e.left, b);
  if (h) return checkHidden(ctx, e, h, rt, file);
  const v = variableOf(e.left, b);
  if (!v) return checkComputed(e, lt, rt, b, mismatch);
  if (e.op === 'has') {
    if (isRow(v) || (v.kind !== 'multi' && v.kind !== 'ranking')) {
      mismatch({ messageId: 'hasNotMulti', args: { side: `'${v.id}'`, type: isRow(v) ? 'a matrix row' : `a ${v.kind} question` } });
      return;
    }
    checkCode(ctx, codesOf(v), scaleWhere(v), e.right, file);
    return;
  }
  if (lt === 'text' && (rt === 'number' || ordering.has(e.op))) {
    mismatch(
      rt === 'number'
        ? { messageId: 'textNumber', args: { id: v.id, what: 'a text answer' } }
        : { messageId: 'textOrder', args: { id: v.id, what: 'a text answer', op: e.op } },
    );
    return;
  }
  if (lt === 'set') {
    mismatch({ messageId: 'several', args: { id: v.id } });
    return;
  }
  if (lt === 'code' && ordering.has(e.op)) {
    mismatch({ messageId: 'codeOrder', args: { id: v.id } });
    return;
  }
  if (lt === 'date' && rt === 'number') {
    mismatch({ messageId: 'date', args: { id: v.id } });
    return;
  }
  if (lt === 'number' && rt === 'text') {
    mismatch({ messageId: 'numberText', args: { id: v.id } });
    return;
  }
  if (lt === 'code' || (scaleOf(v) && (e.op === '==' || e.op === '!='))) checkCode(ctx, codesOf(v), scaleWhere(v), e.right, file);
}

/** A comparison whose left side is a hidden variable: same type rules as an answer. */
function checkHidden(ctx: Ctx, e: A.Binary, h: HiddenVariable, rt: string, file: string): void {
  const mismatch = (m: Mismatch) => ctx.report({ code: 'SVY2007', file, range: e.range, ...m });
  if (e.op === 'has') return mismatch({ messageId: 'hasNotMulti', args: { side: `'${h.id}'`, type: `a hidden ${h.type} variable` } });
  if (h.type === 'text' && (rt === 'number' || ordering.has(e.op)))
    return mismatch(
      rt === 'number'
        ? { messageId: 'textNumber', args: { id: h.id, what: 'a hidden text variable' } }
        : { messageId: 'textOrder', args: { id: h.id, what: 'a hidden text variable', op: e.op } },
    );
  if (h.type === 'code' && ordering.has(e.op)) return mismatch({ messageId: 'hiddenCodeOrder', args: { id: h.id } });
  if (h.type === 'date' && rt === 'number') return mismatch({ messageId: 'date', args: { id: h.id } });
  if (h.type === 'number' && rt === 'text') return mismatch({ messageId: 'hiddenNumberText', args: { id: h.id } });
  if (h.type === 'code' && e.right) checkCode(ctx, hiddenCodes(h), `a code of '${h.id}' (list '${h.choices?.id}')`, e.right, file);
}

function scaleWhere(v: NonNullable<ReturnType<typeof variableOf>>): string {
  const scale = scaleOf(v);
  return scale ? `a point of scale '${scale.id}'` : `a code of '${v.id}'`;
}

function checkCode(ctx: Ctx, codes: Array<string | number> | undefined, where: string, right: A.Expr, file: string): void {
  if (!codes) return;
  let value: string | number | undefined;
  if (right.kind === 'Number') value = right.value;
  else if (right.kind === 'NameRef') value = right.name;
  else if (right.kind === 'Unary' && right.op === '-' && right.operand?.kind === 'Number') value = -right.operand.value;
  if (value === undefined || codes.includes(value)) return;
  const suggestion =
    typeof value === 'string'
      ? closest(
          value,
          codes.filter((c): c is string => typeof c === 'string'),
        )
      : undefined;
  const at = { code: 'SVY2008', file, range: right.range } as const;
  const args = {
    value: typeof value === 'string' ? `'${value}'` : String(value),
    where,
    valid: [...new Set(codes)].slice(0, 12).join(', ') + (new Set(codes).size > 12 ? ', …' : ''),
  };
  if (!suggestion) ctx.report({ ...at, messageId: 'default', args });
  else
    ctx.report({
      ...at,
      messageId: 'near',
      args: { ...args, near: suggestion },
      fixes: [{ title: `Change to '${suggestion}'`, edits: [{ file, range: right.range, newText: suggestion }] }],
    });
}

function describe(e: A.Expr | undefined, b: Ctx['binding']): string {
  if (e?.kind === 'NameRef') return `'${e.name}'`;
  return typeOf(e, b) === 'bool' ? 'this condition' : 'this value';
}

function article(t: string): string {
  return (
    (
      {
        text: 'a text answer',
        date: 'a date',
        set: 'a multiple-choice answer',
        code: 'a choice code',
        bool: 'a condition',
        number: 'a number',
        group: 'a matrix',
      } as Record<string, string>
    )[t] ?? t
  );
}

const scalar = new Set(['number', 'bool', 'text', 'date']);

/** A comparison whose left side is computed (a calculated value, a call): both sides of one kind. */
function checkComputed(e: A.Binary, lt: string, rt: string, b: Ctx['binding'], mismatch: (m: Mismatch) => void): void {
  if (e.op === 'has') {
    if (lt !== 'set' && lt !== 'unknown') mismatch({ messageId: 'hasNotMulti', args: { side: describe(e.left, b), type: article(lt) } });
    return;
  }
  if (!scalar.has(lt) || !scalar.has(rt)) return;
  const kind = (t: string) => (t === 'bool' ? 'number' : t);
  if (kind(lt) !== kind(rt))
    mismatch({
      messageId: 'twoTypes',
      args: { left: describe(e.left, b), leftType: article(lt), right: describe(e.right, b), rightType: article(rt) },
    });
}
