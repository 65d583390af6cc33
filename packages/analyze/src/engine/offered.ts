// Option shares over those to whom the option was offered. A value label with
// `offeredWhen` (a choice filter or a carry-forward) was shown only to some respondents;
// its share is the number who chose it over the respondents who answered the question
// *and* were offered it. Each such option is one more subject of the moments scan: the
// 0/1 "chose it" indicator, NULL for a respondent not offered it (or not answering), so
// its n is the base, its sum the count and its cells give the weighted share. The
// condition is SQL over the responses table (answers, 0/1 indicators `q.code` of
// multi-select questions, hidden values); a condition it cannot say (a calculated
// value, arithmetic) keeps the share over all who answered, with a note.
import type { ExprJson, VariableDoc } from '../config.ts';
import { cellWeights } from '../estimate/design.ts';
import type { Ctx } from './context.ts';
import type { Subject } from '../sql/moments.ts';
import { ident, indicator, isNumericColumn, substantive } from '../sql/names.ts';
import { literal } from '../sql/dialect.ts';

const offeredKey = (variable: string, code: string | number) => `offered:${variable}.${code}`;

const OPS: Record<string, string> = { '<': '<', '<=': '<=', '>': '>', '>=': '>=', '==': '=', '!=': '<>' };

/** A condition as SQL that is never NULL and holds where the form's `truth` holds; undefined when it cannot be said. */
function offeredSql(e: ExprJson, vars: Map<string, VariableDoc>): string | undefined {
  if (e.type === 'binary' && (e.op === 'and' || e.op === 'or')) {
    const l = offeredSql(e.left, vars);
    const r = offeredSql(e.right, vars);
    return l && r && `(${l} ${e.op.toUpperCase()} ${r})`;
  }
  if (e.type === 'unary' && e.op === 'not') {
    const x = offeredSql(e.operand, vars);
    return x && `(NOT ${x})`;
  }
  if (e.type === 'binary' && e.op === 'has' && e.left.type === 'var' && (e.right.type === 'code' || e.right.type === 'number')) {
    const ind = vars.get(`${e.left.name}.${e.right.value}`);
    return ind && ind.parent === e.left.name ? `(${ident(ind.name)} IS NOT NULL AND ${ident(ind.name)} = 1.0)` : undefined;
  }
  if (e.type === 'binary' && OPS[e.op]) {
    const l = operand(e.left, vars);
    const r = operand(e.right, vars);
    if (!l || !r || l.numeric !== r.numeric || (!l.numeric && e.op !== '==' && e.op !== '!=')) return undefined;
    // An unanswered item makes a comparison false, as in the form.
    const known = [l, r].filter((x) => x.column).map((x) => `${x.sql} IS NOT NULL AND `);
    return `(${known.join('')}${l.sql} ${OPS[e.op]} ${r.sql})`;
  }
  if (e.type === 'call' && e.fn === 'answered' && e.args.length === 1 && (e.args[0].type === 'var' || e.args[0].type === 'hidden')) {
    const v = vars.get(e.args[0].name);
    return v && v.type !== 'multi-response' ? `(${ident(v.name)} IS NOT NULL)` : undefined;
  }
  return undefined;
}

function operand(e: ExprJson, vars: Map<string, VariableDoc>): { sql: string; numeric: boolean; column?: boolean } | undefined {
  if (e.type === 'number') return { sql: literal(e.value), numeric: true };
  if (e.type === 'code' || e.type === 'string') return { sql: literal(e.value), numeric: typeof e.value === 'number' };
  if (e.type === 'var' || e.type === 'hidden') {
    const v = vars.get(e.name);
    if (!v || v.type === 'multi-response' || v.type === 'text' || v.type === 'ranking') return undefined;
    return { sql: substantive(v), numeric: isNumericColumn(v), column: true };
  }
  return undefined;
}

/** One subject per option offered under a condition that SQL can say; the names of the variables whose condition it cannot. */
export function offeredSubjects(vars: Map<string, VariableDoc>): { subjects: Subject[]; unsaid: string[] } {
  const subjects: Subject[] = [];
  const unsaid: string[] = [];
  for (const v of vars.values()) {
    if (v.parent || v.source === 'hidden' || (v.type !== 'nominal' && v.type !== 'multi-response')) continue;
    if (v.roster) continue; // a repeat group's question: one answer per instance, measured on its long table (rosters/)
    for (const l of v.valueLabels ?? []) {
      if (!l.offeredWhen) continue;
      const cond = offeredSql(l.offeredWhen, vars);
      const chose = chosenSql(v, l.value, vars);
      if (!cond || !chose) {
        if (!unsaid.includes(v.name)) unsaid.push(v.name);
        continue;
      }
      subjects.push({ key: offeredKey(v.name, l.value), expr: `CASE WHEN ${cond} THEN ${chose} END` });
    }
  }
  return { subjects, unsaid };
}

/** 1 when the respondent chose the option, 0 when they answered otherwise, NULL without an answer. */
function chosenSql(v: VariableDoc, code: string | number, vars: Map<string, VariableDoc>): string | undefined {
  if (v.type === 'multi-response') {
    const ind = vars.get(`${v.name}.${code}`);
    return ind && ind.parent === v.name ? ident(ind.name) : undefined;
  }
  const numeric = isNumericColumn(v);
  if (numeric !== (typeof code === 'number')) return undefined;
  const x = substantive(v);
  return indicator(`${x} = ${literal(code)}`, x);
}

/**
 * The share of an option over those offered it (`offeredTo` of them), weighted too when
 * the survey is weighted; undefined when the option was offered to everyone (or its
 * condition could not be said, see offeredSubjects).
 */
export function offeredShare(
  ctx: Ctx,
  variable: string,
  code: string | number,
): { offeredTo: number; count: number; share: number; weightedShare?: number } | undefined {
  const i = ctx.index.get(offeredKey(variable, code));
  if (i === undefined) return undefined;
  const s = ctx.moments.summary(i);
  const { weight } = cellWeights(ctx.info.design);
  const cells = ctx.moments.cells(i);
  const wBase = cells.reduce((a, c) => a + weight(c.h, c.g) * c.n, 0);
  const wChosen = cells.reduce((a, c) => a + weight(c.h, c.g) * c.s1, 0);
  return {
    offeredTo: s.n,
    count: s.s1,
    share: s.n ? s.s1 / s.n : 0,
    ...((ctx.info.stratification || ctx.info.post) && wBase ? { weightedShare: wChosen / wBase } : {}),
  };
}
