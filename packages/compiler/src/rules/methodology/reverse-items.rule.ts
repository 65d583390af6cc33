// SVY5009: a reverse-coded item (`row … reverse`, `rating … reverse`) that a score
// averages or sums as it is, or "reverses" with the wrong constant (6 - x on a 1..7
// scale). SVY5010: a score that reverses an item (reverse(x), or (min + max) - x)
// that is not marked `reverse`, so the battery does not say which items are
// reverse-coded and straight-lining checks cannot use them.
import type * as A from '@survey/syntax';
import { defineRule } from '../rule.ts';
import { isRow, scaleOf, type Question, type Row } from '../../model.ts';
import { numberOf, walkExpr } from '../../expr-walk.ts';

/** Calls whose items are counted or compared, not added up: a reverse item is fine there. */
const nonAggregating = new Set(['topbox', 'nps', 'answered', 'share', 'count', 'reverse']);
const comparisons = new Set(['==', '!=', '<', '<=', '>', '>=', 'has', 'and', 'or']);

export default defineRule({
  name: 'reverse-items',
  diagnostics: [
    {
      code: 'SVY5009',
      name: 'reverse-item-not-reversed',
      severity: 'warning',
      message: {
        constant:
          "{constant} - {id} does not reverse an item on scale '{scale}' ({min}..{max}): the constant must be {sum}. Write reverse({id}).",
        matrix:
          "Matrix '{id}' stands for all its rows, including the reverse-coded {rows}, which are added up as they are. List the rows and wrap those in reverse().",
        asIs: "'{id}' is reverse-coded but this score uses it as it is. Write reverse({id}).",
      },
      docs: {
        summary:
          'A score that adds up or averages a reverse-coded item without reversing it, or reverses it with a constant other than min + max.',
        rationale:
          'A negatively worded item must be reversed, x\' = (min + max) − x, before it enters a sum or mean; otherwise it cancels the others (methodology.md, "Scales"; Cronbach\'s alpha turns negative).',
        bad: 'matrix m "…" on agree5 { row clear "讲解清楚" row confusing "讲解令人困惑" reverse }\nscore teaching = mean(clear, confusing)',
        good: 'score teaching = mean(clear, reverse(confusing))',
      },
    },
    {
      code: 'SVY5010',
      name: 'reverse-not-declared',
      severity: 'warning',
      message:
        "The score reverses '{id}', but '{id}' is not marked `reverse`. Mark it (`{where} … reverse`) so the battery says which items are reverse-coded.",
      docs: {
        summary:
          'A score reverses an item (reverse(x) or (min + max) − x) that is not declared `reverse`. The quick fix adds `reverse` to the row or question.',
        rationale:
          'Declaring reverse-coded items keeps the questionnaire, the scores and the straight-lining checks in agreement (methodology.md, "Data-quality rules").',
        bad: 'matrix m "…" on agree5 { row clear "…" row confusing "…" }\nscore teaching = mean(clear, reverse(confusing))',
        good: 'matrix m "…" on agree5 { row clear "…" row confusing "…" reverse }\nscore teaching = mean(clear, reverse(confusing))',
      },
    },
  ],
  check(ctx) {
    const s = ctx.survey;
    if (!s) return;
    const undeclared = new Set<Question | Row>();
    for (const sc of s.scores) {
      const handled = new Set<A.Expr>();
      walkExpr(sc.expr, (node, parents) => {
        // (min + max) - x and reverse(x): check the constant and the declaration.
        if (node.kind === 'Binary' && node.op === '-' && node.right?.kind === 'NameRef') {
          const k = numberOf(node.left);
          const v = s.variables.get(node.right.name);
          const scale = scaleOf(v);
          if (k === undefined || !v || !scale || isMatrix(v)) return;
          handled.add(node.right);
          if (k !== scale.min + scale.max) {
            ctx.report({
              code: 'SVY5009',
              file: sc.file,
              range: node.range,
              messageId: 'constant',
              args: { constant: k, id: node.right.name, scale: scale.id, min: scale.min, max: scale.max, sum: scale.min + scale.max },
              fixes: [
                {
                  title: `Use reverse(${node.right.name})`,
                  edits: [{ file: sc.file, range: node.range, newText: `reverse(${node.right.name})` }],
                },
              ],
            });
          } else if (!v.reverse) notDeclared(v, node.right.name);
          return;
        }
        if (node.kind === 'Call' && node.callee.name === 'reverse' && node.args[0]?.kind === 'NameRef') {
          const v = s.variables.get(node.args[0].name);
          handled.add(node.args[0]);
          if (v && !isMatrix(v) && !v.reverse) notDeclared(v, node.args[0].name);
          return;
        }
        if (node.kind !== 'NameRef' || handled.has(node) || !aggregated(parents)) return;
        const ref = ctx.binding.referenceAt.get(node);
        // index(section, …) reverses the section's reverse-coded items itself (docs/language.md,
        // "The weighted index"; the analysis evaluator's POMP units): nothing to report.
        if (ref?.target?.kind === 'section') return;
        const v = s.variables.get(node.name);
        if (!v) return;
        if (isMatrix(v)) {
          const rows = v.rows.filter((r) => r.reverse).map((r) => r.id);
          if (rows.length) {
            ctx.report({
              code: 'SVY5009',
              file: sc.file,
              range: node.range,
              messageId: 'matrix',
              args: { id: node.name, rows: rows.map((r) => `'${r}'`).join(', ') },
            });
          }
          return;
        }
        if (!v.reverse) return;
        ctx.report({
          code: 'SVY5009',
          file: sc.file,
          range: node.range,
          messageId: 'asIs',
          args: { id: node.name },
          fixes: [{ title: `Use reverse(${node.name})`, edits: [{ file: sc.file, range: node.range, newText: `reverse(${node.name})` }] }],
        });
      });
    }

    function notDeclared(v: Question | Row, id: string): void {
      if (undeclared.has(v)) return;
      undeclared.add(v);
      const node = v.node;
      const anchor = isRow(v) ? v.node.text?.range.end : (v as Question).node.scale?.range.end;
      ctx.report({
        code: 'SVY5010',
        file: v.file,
        range: node.id?.range ?? node.range,
        args: { id, where: isRow(v) ? `row ${id}` : `rating ${id}` },
        fixes:
          anchor !== undefined && (isRow(v) || (v as Question).kind === 'rating')
            ? [{ title: `Mark '${id}' reverse`, edits: [{ file: v.file, range: { start: anchor, end: anchor }, newText: ' reverse' }] }]
            : undefined,
      });
    }
  },
});

function isMatrix(v: Question | Row): v is Question {
  return !isRow(v) && v.kind === 'matrix';
}

/** Is a name read as a value that gets added up (not compared, counted or reversed)? */
function aggregated(parents: readonly A.Expr[]): boolean {
  for (let i = parents.length - 1; i >= 0; i--) {
    const p = parents[i];
    if (p.kind === 'Call' && nonAggregating.has(p.callee.name)) return false;
    if (p.kind === 'Binary' && comparisons.has(p.op)) return false;
  }
  return true;
}
