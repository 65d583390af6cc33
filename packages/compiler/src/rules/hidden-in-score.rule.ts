// SVY2030: a hidden (preloaded) variable inside a score formula. Scores are computed
// from answers; a hidden value describes the respondent (stratum, wave, customer id)
// and belongs in a breakdown or a condition, not in the formula itself.
import { defineRule } from './rule.ts';
import { walkExpr } from '../expr-walk.ts';

export default defineRule({
  name: 'hidden-in-score',
  diagnostics: [
    {
      code: 'SVY2030',
      name: 'hidden-in-score',
      severity: 'error',
      message:
        "'{name}' is a hidden variable: a score reads answers only. Use `breakdown by {name}` to compare groups, or ask it as a question.",
      docs: {
        summary: 'A score formula names a hidden (preloaded) variable. Scores are computed from answers only.',
        rationale:
          'Hidden values describe who answered (stratum, wave, channel, customer id); the analysis breaks scores down by them, it does not add them into a score.',
        bad: 'hidden wave number\nrating overall "总体满意度" on sat5\nscore s = overall + wave',
        good: 'hidden wave number\nrating overall "总体满意度" on sat5\nscore s = rescale(overall, sat5)\nanalysis { breakdown by wave }',
      },
    },
  ],
  check(ctx) {
    for (const score of ctx.survey?.scores ?? []) {
      walkExpr(score.expr, (e) => {
        if (e.kind !== 'NameRef') return;
        if (ctx.binding.referenceAt.get(e)?.target?.kind !== 'hidden') return;
        ctx.report({ code: 'SVY2030', file: score.file, range: e.range, args: { name: e.name } });
      });
    }
  },
});
