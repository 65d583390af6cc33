// Scores and quality rules as SQL over the typed columns of the set-based CSV path,
// for the formulas and rules whose SQL gives the very doubles and verdicts of the
// JavaScript evaluator (evaluate.ts, quality.ts): sums, means and the like in the
// same order of additions, comparisons of like types. A rule's SQL only says that a
// response surely passes it; a response that may break one is judged row by row, so
// the exclusion, its detail and its rule come from quality.ts. Anything else: the
// file is read row by row, and the reason says which score or rule.
import { exprSql, type SqlColumns } from '@survey/emitters';
import type { AnalysisDoc, ExprJson, QualityDoc, ScoreDoc, VariableDoc } from '../config.ts';
import { favourableLow } from '../engine/context.ts';
import { stringLiteral } from '../sql/dialect.ts';
import { ident, isNumericColumn, numberLiteral, substantive } from '../sql/names.ts';

/** Functions whose SQL (the compiler's function table) computes the same double as their evaluation. */
const EXACT_FUNCTIONS = new Set(['mean', 'sum', 'nps', 'topbox', 'rescale', 'reverse']);

export interface Columns {
  /** Responses-table variables by name (the typed inner select has one column each). */
  vars: Map<string, VariableDoc>;
  /** Whether every stored value of the column has the column's type. */
  typed(name: string): boolean;
  groups: Map<string, string[]>;
  /** SQL that holds when the response has an answer to the question (as QualityRules.answeredShare reads it). */
  answered(name: string): string;
}

const dbl = (x: number) => `CAST(${numberLiteral(x)} AS DOUBLE)`;

function numericVar(c: Columns, name: string): boolean {
  const v = c.vars.get(name);
  return !!v && isNumericColumn(v) && v.source !== 'hidden' && c.typed(name);
}

function exactExpr(e: ExprJson, c: Columns, itemsArg = false): boolean {
  switch (e.type) {
    case 'number':
      return true;
    case 'scale':
      return true;
    case 'var':
      if (itemsArg && !c.vars.has(e.name) && c.groups.has(e.name)) return c.groups.get(e.name)!.every((n) => numericVar(c, n));
      return !c.groups.has(e.name) && numericVar(c, e.name);
    case 'unary':
      return e.op === '-' && exactExpr(e.operand, c);
    case 'binary':
      return ['+', '-', '*', '/'].includes(e.op) && exactExpr(e.left, c) && exactExpr(e.right, c);
    case 'call':
      return EXACT_FUNCTIONS.has(e.fn) && e.args.every((a) => exactExpr(a, c, e.fn === 'mean' || e.fn === 'sum'));
    default:
      return false;
  }
}

function sqlColumns(c: Columns, ranges: Map<string, [number, number]>): SqlColumns {
  return {
    variable: (name) => (c.vars.has(name) ? substantive(c.vars.get(name)!) : 'NULL'),
    range: (e) => (e.type === 'scale' ? ranges.get(e.name) : e.type === 'var' ? c.vars.get(e.name)?.range : undefined),
    descending: (name) => favourableLow(c.vars.get(name)),
    items: (name) => (!c.vars.has(name) && c.groups.has(name) ? c.groups.get(name) : undefined),
  };
}

/**
 * A score per response: the formula's value (`raw`, a column of an inner select) and
 * `final(raw)`, the score under its missing policy (NULL when too few items are
 * answered or the value is not finite); or why it cannot be SQL.
 */
export function scoreSql(
  s: ScoreDoc,
  c: Columns,
  analysis: AnalysisDoc,
): { raw: string; final: (raw: string) => string } | { why: string } {
  if (!exactExpr(s.expr, c)) return { why: `score ${s.id}` };
  const ranges = new Map<string, [number, number]>();
  for (const v of analysis.variables) if (v.scale && v.range) ranges.set(v.scale, v.range);
  const x = exprSql(s.expr, sqlColumns(c, ranges));
  if (!x) return { why: `score ${s.id}` };
  const items = s.items ?? [];
  const need = s.require.kind === 'atLeast' ? (s.require.count ?? items.length) : items.length;
  const answered = items
    .map((i) => (c.vars.has(i) ? `(CASE WHEN ${substantive(c.vars.get(i)!)} IS NULL THEN 0 ELSE 1 END)` : '0'))
    .join(' + ');
  return {
    raw: `CAST(${x} AS DOUBLE)`,
    final: (raw) => `CASE WHEN ${items.length ? `${answered} >= ${need} AND ` : ''}isfinite(${raw}) THEN ${raw} END`,
  };
}

const OPS: Record<string, string> = { '<': '<', '<=': '<=', '>': '>', '>=': '>=', '==': '=', '!=': '<>' };

/** A comparison operand: a typed variable's substantive value or a literal, with its type. */
function operand(e: ExprJson, c: Columns): { sql: string; type: 'number' | 'string' } | undefined {
  if (e.type === 'number') return { sql: dbl(e.value), type: 'number' };
  if ((e.type === 'string' || e.type === 'code') && typeof e.value === 'string') return { sql: stringLiteral(e.value), type: 'string' };
  if (e.type === 'code' && typeof e.value === 'number') return { sql: dbl(e.value), type: 'number' };
  if (e.type === 'var') {
    const v = c.vars.get(e.name);
    if (!v || c.groups.has(e.name) || !c.typed(e.name)) return undefined;
    return { sql: substantive(v), type: isNumericColumn(v) ? 'number' : 'string' };
  }
  return undefined;
}

/** A condition as SQL that is never NULL, where it means what truth(eval) means; undefined otherwise. */
function conditionSql(e: ExprJson, c: Columns): string | undefined {
  if (e.type === 'binary' && (e.op === 'and' || e.op === 'or')) {
    const l = conditionSql(e.left, c);
    const r = conditionSql(e.right, c);
    return l && r && `(${l} ${e.op.toUpperCase()} ${r})`;
  }
  if (e.type === 'unary' && e.op === 'not') {
    const x = conditionSql(e.operand, c);
    return x && `(NOT ${x})`;
  }
  if (e.type === 'binary' && OPS[e.op]) {
    const l = operand(e.left, c);
    const r = operand(e.right, c);
    if (!l || !r || l.type !== r.type) return undefined;
    if (l.type === 'string' && e.op !== '==' && e.op !== '!=') return undefined;
    return `COALESCE(${l.sql} ${OPS[e.op]} ${r.sql}, FALSE)`;
  }
  return undefined;
}

export interface DurationColumns {
  /** durationSeconds as a number (NULL when blank or absent). */
  seconds: string;
  /** Both startedAt and submittedAt are given. */
  timestamps: string;
}

/** SQL that holds when the response surely passes the rule; or why the rule cannot be judged in SQL. */
export function passesSql(q: QualityDoc, c: Columns, analysis: AnalysisDoc, d: DurationColumns): string | { why: string } {
  switch (q.kind) {
    case 'answered': {
      const questions = analysis.variables.filter(
        (v) => !v.parent && v.source !== 'hidden' && v.type !== 'text' && v.question !== undefined,
      );
      if (questions.some((v) => v.shownWhen)) return { why: 'the answered rule with conditional questions' };
      if (!questions.length) return 'TRUE';
      const answered = questions
        .map((v) => (c.vars.has(v.name) ? `(CASE WHEN ${ident(v.name)} IS NULL THEN 0 ELSE 1 END)` : '0'))
        .join(' + ');
      return `NOT COALESCE(CAST(${answered} AS DOUBLE) / ${dbl(questions.length)} ${OPS[q.op]} ${dbl(q.value)}, FALSE)`;
    }
    case 'duration':
      return `(CASE WHEN ${d.seconds} IS NOT NULL THEN NOT COALESCE(${d.seconds} ${OPS[q.op]} ${dbl(q.seconds)}, FALSE) ELSE NOT ${d.timestamps} END)`;
    case 'straightline': {
      if (q.items.length < 3) return 'TRUE';
      const vs = q.items.map((n) => c.vars.get(n));
      if (vs.some((v) => !v || !c.typed(v.name)) || new Set(vs.map((v) => isNumericColumn(v!))).size > 1)
        return { why: `the straightline rule on ${q.target}` };
      const xs = vs.map((v) => substantive(v!));
      const same = [...xs.map((x) => `${x} IS NOT NULL`), ...xs.slice(1).map((x) => `${xs[0]} = ${x}`)].join(' AND ');
      return `NOT COALESCE(${same}, FALSE)`;
    }
    case 'attention': {
      const v = c.vars.get(q.question);
      if (!v || !c.typed(v.name)) return { why: `the attention rule on ${q.question}` };
      const numeric = isNumericColumn(v);
      if (numeric !== (typeof q.expected === 'number')) return 'FALSE';
      const lit = typeof q.expected === 'number' ? dbl(q.expected) : stringLiteral(q.expected);
      return `COALESCE(${substantive(v)} = ${lit}, FALSE)`;
    }
    case 'when': {
      const x = conditionSql(q.condition, c);
      return x ? `NOT ${x}` : { why: 'a when rule' };
    }
  }
}
