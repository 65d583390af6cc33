// SVY2090: `optional` on a question of a survey whose header already says `answers optional`:
// the word changes nothing, and hides which questions really differ from the default.
import { defineRule } from './rule.ts';

export default defineRule({
  name: 'answers-default',
  diagnostics: [
    {
      code: 'SVY2090',
      name: 'redundant-optional',
      severity: 'info',
      message: "'{id}' is already optional: the survey header says `answers optional`. Remove `optional`.",
      docs: {
        summary: 'A question marked `optional` in a survey whose header makes every question optional (`answers optional`).',
        rationale:
          'Under `answers optional` only `required` marks a question that differs from the default; a redundant `optional` makes readers look for a difference that is not there.',
        bad: 'answers optional\nsingle gender "性别" en: "Gender" optional { m "男" en: "Male" f "女" en: "Female" }',
        good: 'answers optional\nsingle gender "性别" en: "Gender" { m "男" en: "Male" f "女" en: "Female" }\nnps recommend "推荐意愿" en: "Recommend" required',
      },
    },
  ],
  check(ctx) {
    const s = ctx.survey;
    if (!s || s.answersRequired) return;
    for (const q of s.questions) {
      if (q.node.required === false && q.node.requiredRange)
        ctx.report({ code: 'SVY2090', file: q.file, range: q.node.requiredRange, args: { id: q.id } });
    }
  },
});
