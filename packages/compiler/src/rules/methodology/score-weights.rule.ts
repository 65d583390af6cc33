// SVY6009: a weighted sum in a score formula whose fractional weights do not add up to
// 1: `0.5 * speed + 0.3 * attitude` (0.8). Section points and weights are checked by
// SVY2017; this checks weights written in formulas. A sum divided by something
// (normalised) is left alone.
import type * as A from '@survey/syntax';
import { defineRule } from '../rule.ts';
import { numberOf, walkExpr } from '../../expr-walk.ts';

export default defineRule({
  name: 'score-weights',
  diagnostics: [
    {
      code: 'SVY6009',
      name: 'formula-weights-total',
      severity: 'warning',
      message:
        "The weights of this weighted sum add up to {sum} ({weights}), not 1, so the score is off its items' scale. Make them add up to 1, or divide by {sum}.",
      docs: {
        summary: 'A weighted sum `w1 * a + w2 * b + …` with fractional weights that do not add up to 1.',
        rationale:
          'A weighted index keeps its items\' range only when the weights add up to 1 (or to the declared total; methodology.md, "Scores"; seed 000 weights categories to a declared total).',
        bad: 'score overall = 0.5 * speed + 0.3 * attitude',
        good: 'score overall = 0.6 * speed + 0.4 * attitude',
      },
    },
  ],
  check(ctx) {
    const s = ctx.survey;
    if (!s) return;
    for (const sc of s.scores) {
      walkExpr(sc.expr, (node, parents) => {
        if (node.kind !== 'Binary' || node.op !== '+') return;
        const parent = parents[parents.length - 1];
        // Only the top of a + chain; skip normalised sums (chain) / k.
        if (parent?.kind === 'Binary' && parent.op === '+') return;
        const outer = parents.filter((p) => p.kind !== 'Paren').pop();
        if (outer?.kind === 'Binary' && outer.op === '/' && contains(outer.left, node)) return;
        const terms = flatten(node);
        const weights = terms.map(weightOf);
        if (weights.some((w) => w === undefined) || terms.length < 2) return;
        const ws = weights as number[];
        if (!ws.every((w) => w > 0 && w <= 1)) return;
        const sum = ws.reduce((a, w) => a + w, 0);
        if (Math.abs(sum - 1) < 1e-6) return;
        const shown = Math.round(sum * 1e6) / 1e6;
        ctx.report({ code: 'SVY6009', file: sc.file, range: node.range, args: { sum: shown, weights: ws.join(' + ') } });
      });
    }
  },
});

function flatten(e: A.Expr): A.Expr[] {
  if (e.kind === 'Binary' && e.op === '+' && e.right) return [...flatten(e.left), ...flatten(e.right)];
  if (e.kind === 'Paren' && e.expr?.kind === 'Binary' && e.expr.op === '+') return flatten(e.expr);
  return [e];
}

/** The constant of `w * x` or `x * w`. */
function weightOf(e: A.Expr): number | undefined {
  const x = e.kind === 'Paren' ? e.expr : e;
  if (x?.kind !== 'Binary' || x.op !== '*') return undefined;
  return numberOf(x.left) ?? numberOf(x.right);
}

function contains(root: A.Expr | undefined, target: A.Expr): boolean {
  let found = false;
  walkExpr(root, (n) => {
    if (n === target) found = true;
  });
  return found;
}
