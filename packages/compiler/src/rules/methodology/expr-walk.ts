// A walk over formula expressions that passes the chain of enclosing nodes, so a rule
// can ask "is this name inside reverse(…)?" or "is it the right side of 6 - x?".
import type * as A from '@survey/syntax';

export function walkExpr(e: A.Expr | undefined, visit: (node: A.Expr, parents: A.Expr[]) => void, parents: A.Expr[] = []): void {
  if (!e) return;
  visit(e, parents);
  const inner = [...parents, e];
  switch (e.kind) {
    case 'Binary':
      walkExpr(e.left, visit, inner);
      walkExpr(e.right, visit, inner);
      break;
    case 'Unary':
      walkExpr(e.operand, visit, inner);
      break;
    case 'Paren':
      walkExpr(e.expr, visit, inner);
      break;
    case 'Call':
      e.args.forEach((a) => walkExpr(a, visit, inner));
      break;
    default:
      break;
  }
}

/** The nearest enclosing call, skipping parentheses. */
export function enclosingCall(parents: A.Expr[]): A.Call | undefined {
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
