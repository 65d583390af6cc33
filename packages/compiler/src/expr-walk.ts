// A walk over formula expressions that passes the chain of enclosing nodes, so a rule
// can ask "is this name inside reverse(…)?" or "is it the right side of 6 - x?"; and
// the list of every expression a survey holds, for rules that check them all.
import type * as A from '@survey/syntax';
import { ownOptions, type Survey } from './model.ts';

/** Section, question and option conditions (shared lists' too), defaults, calculated values, score formulas and `exclude when` rules, with their files. */
export function surveyExpressions(s: Survey): Array<{ expr: A.Expr; file: string }> {
  const out: Array<{ expr: A.Expr; file: string }> = [];
  for (const sec of s.sections) {
    if (sec.when) out.push({ expr: sec.when, file: sec.file });
    for (const q of sec.questions) {
      if (q.when) out.push({ expr: q.when, file: q.file });
      for (const o of ownOptions(q)) if (o.when) out.push({ expr: o.when, file: q.file });
      if (q.default) out.push({ expr: q.default, file: q.file });
    }
  }
  // A shared list's choice filters, once per list (each using question's order: SVY2160).
  for (const l of s.choiceLists.values()) if (!l.inline) for (const o of l.options) if (o.when) out.push({ expr: o.when, file: l.file });
  for (const c of s.calculations.values()) if (c.expr) out.push({ expr: c.expr, file: c.file });
  for (const sc of s.scores) if (sc.expr) out.push({ expr: sc.expr, file: sc.file });
  for (const c of s.checks) if (c.expr) out.push({ expr: c.expr, file: c.file });
  for (const x of [...s.flow.screenOuts, ...s.flow.ends]) if (x.when) out.push({ expr: x.when, file: x.file });
  for (const r of s.quality) if (r.kind === 'ExcludeWhen' && r.expr) out.push({ expr: r.expr, file: s.file });
  return out;
}

/**
 * Calls `visit` on every node of `e`, outermost first, with the chain of its enclosing
 * nodes. The chain is one array pushed and popped as the walk goes (copying it per node
 * was quadratic in the depth of a long sum): read it during the call, do not keep it.
 */
export function walkExpr(e: A.Expr | undefined, visit: (node: A.Expr, parents: readonly A.Expr[]) => void, parents: A.Expr[] = []): void {
  if (!e) return;
  visit(e, parents);
  parents.push(e);
  switch (e.kind) {
    case 'Binary':
      walkExpr(e.left, visit, parents);
      walkExpr(e.right, visit, parents);
      break;
    case 'Unary':
      walkExpr(e.operand, visit, parents);
      break;
    case 'Paren':
      walkExpr(e.expr, visit, parents);
      break;
    case 'Call':
      for (const a of e.args) walkExpr(a, visit, parents);
      // `count(members where age < 18)`: the condition, read in each instance.
      if (e.where) walkExpr(e.where.cond, visit, parents);
      break;
    default:
      break;
  }
  parents.pop();
}

/** The nearest enclosing call, skipping parentheses. */
export function enclosingCall(parents: readonly A.Expr[]): A.Call | undefined {
  for (let i = parents.length - 1; i >= 0; i--) {
    const p = parents[i];
    if (p.kind === 'Call') return p;
    if (p.kind !== 'Paren') return undefined;
  }
  return undefined;
}

/** Numeric value of a literal (with unary minus), if it is one. */
export function numberOf(e: A.Expr | undefined): number | undefined {
  if (!e) return undefined;
  if (e.kind === 'Number') return e.value;
  if (e.kind === 'Unary' && e.op === '-' && e.operand?.kind === 'Number') return -e.operand.value;
  if (e.kind === 'Paren') return numberOf(e.expr);
  return undefined;
}
