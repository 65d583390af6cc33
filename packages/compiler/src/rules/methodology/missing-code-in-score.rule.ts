// SVY5008: a score formula that uses a non-substantive code ("don't know" = 9,
// "not applicable"): comparing an item with it (`count(q == 9)`, `if(q >= 9, …)`).
// Such codes never enter a score; count them with answered() instead.
import { defineRule } from '../rule.ts';
import { scaleOf } from '../../model.ts';
import { numberOf, walkExpr } from '../../expr-walk.ts';

const comparisons = new Set(['==', '!=', '<', '<=', '>', '>=']);

export default defineRule({
  name: 'missing-code-in-score',
  diagnostics: [
    {
      code: 'SVY5008',
      name: 'missing-code-in-score',
      severity: 'warning',
      message:
        '{value} is the non-substantive code "{label}" of scale \'{scale}\'; scores never see it (missing codes are left out before scoring). Use `answered({id})` to count substantive answers, or compare with a point of the scale.',
      docs: {
        summary: "A score formula that compares an item with one of its scale's `missing` codes (don't know, not applicable).",
        rationale:
          '"Don\'t know" and "not applicable" codes live outside the scale and never enter a mean or a score (methodology.md, "Scales"); a formula that tests them is always false or always true.',
        bad: 'scale sat5 1..5 { … missing 9 "不适用" }\nscore na_share = share(overall == 9)',
        good: 'score answered_share = share(answered(overall))',
      },
    },
  ],
  check(ctx) {
    const s = ctx.survey;
    if (!s) return;
    for (const sc of s.scores) {
      walkExpr(sc.expr, (node) => {
        if (node.kind !== 'Binary' || !comparisons.has(node.op) || node.left?.kind !== 'NameRef') return;
        const v = s.variables.get(node.left.name);
        const scale = scaleOf(v);
        const value = numberOf(node.right);
        if (!scale || value === undefined) return;
        const point = scale.points.find((p) => p.missing && p.value === value);
        if (!point) return;
        ctx.report({
          code: 'SVY5008',
          file: sc.file,
          range: node.right!.range,
          args: {
            value,
            label: point.label[s.defaultLanguage] ?? Object.values(point.label)[0] ?? '',
            scale: scale.id,
            id: node.left.name,
          },
        });
      });
    }
  },
});
