// SVY2017: section points must add up to the survey's declared `points` total
// (seed 000: 50+30+20+20+30+50+50+50 = 300); section weights, when every section
// has one, must add up to 1 (or 100).
import { defineRule } from './rule.ts';

export default defineRule({
  name: 'points-total',
  diagnostics: [
    {
      code: 'SVY2017',
      name: 'points-total',
      severity: 'error',
      message: {
        total: 'Section points add up to {sum} ({terms}), not the declared {total}. Fix the points or the total.',
        noPoints: "Section '{id}' has no points, but the survey declares a total of {total}. Add `points N`.",
        weights: 'Section weights add up to {sum}; they must add up to 1 (or 100).',
        noWeight: "Section '{id}' has no weight while others do. Give every section a weight.",
      },
      docs: {
        summary: 'Section points that do not add up to the declared total, or section weights that do not add up to 1.',
        rationale:
          'A weighted index is only comparable across surveys when its categories add up to the published total (GB/T 19038 practice; seed 000 uses 300 points).',
        bad: 'points 300\nsection a "了解需求" points 50 { … }\nsection b "关系管理" points 30 { … } // 80 ≠ 300',
        good: 'points 80\nsection a "了解需求" points 50 { … }\nsection b "关系管理" points 30 { … }',
      },
    },
  ],
  check(ctx) {
    const s = ctx.survey;
    if (!s) return;
    const sections = s.sections.filter((x) => !x.implicit);
    const withPoints = sections.filter((x) => x.points !== undefined);
    const totalNode = s.node.members.find((m) => m.kind === 'TotalPoints');
    if (s.totalPoints !== undefined && totalNode) {
      const sum = withPoints.reduce((a, x) => a + (x.points ?? 0), 0);
      if (Math.abs(sum - s.totalPoints) > 1e-9) {
        ctx.report({
          code: 'SVY2017',
          file: s.file,
          range: totalNode.range,
          messageId: 'total',
          args: {
            sum,
            terms: withPoints.map((x) => `${x.id} ${x.points}`).join(' + ') || 'no section has points',
            total: s.totalPoints,
          },
        });
      }
      const without = sections.filter((x) => x.points === undefined && x.node);
      for (const x of without) {
        ctx.report({
          code: 'SVY2017',
          file: x.file,
          range: x.node!.id?.range ?? x.node!.range,
          messageId: 'noPoints',
          args: { id: x.id, total: s.totalPoints },
        });
      }
    }
    const weighted = sections.filter((x) => x.weight !== undefined);
    if (weighted.length && weighted.length === sections.length) {
      const sum = weighted.reduce((a, x) => a + (x.weight ?? 0), 0);
      if (Math.abs(sum - 1) > 1e-6 && Math.abs(sum - 100) > 1e-6) {
        const first = weighted[0];
        ctx.report({
          code: 'SVY2017',
          file: first.file,
          range: first.node!.weight!.range,
          messageId: 'weights',
          args: { sum: +sum.toFixed(6) },
        });
      }
    } else if (weighted.length) {
      for (const x of sections.filter((y) => y.weight === undefined && y.node)) {
        ctx.report({
          code: 'SVY2017',
          file: x.file,
          range: x.node!.id?.range ?? x.node!.range,
          messageId: 'noWeight',
          args: { id: x.id },
        });
      }
    }
  },
});
