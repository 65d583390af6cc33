// SVY2077: `slider` on a question that is not a number with both a min and a max.
import { defineRule } from './rule.ts';

export default defineRule({
  name: 'slider',
  diagnostics: [
    {
      code: 'SVY2077',
      name: 'slider-range',
      severity: 'error',
      message: '{problem}',
      docs: {
        summary: 'A `slider` on a question that is not a `number`, or on a number without both `min` and `max`.',
        rationale: 'A slider is a range control: it needs its two ends, and it answers with a number.',
        bad: 'number likely "可能性(%)" en: "Likelihood (%)" slider',
        good: 'number likely "可能性(%)" en: "Likelihood (%)" min 0 max 100 integer slider',
      },
    },
  ],
  check(ctx) {
    for (const q of ctx.survey?.questions ?? []) {
      if (!q.slider) continue;
      const problem =
        q.kind !== 'number'
          ? `\`slider\` answers a number; '${q.id}' is a ${q.kind} question${q.kind === 'rating' ? ' (a rating shows its scale points)' : ''}. Remove it or make it a number.`
          : typeof q.min !== 'number' || typeof q.max !== 'number'
            ? `A slider needs both ends: give '${q.id}' a \`min\` and a \`max\`.`
            : undefined;
      if (problem) ctx.report({ code: 'SVY2077', file: q.file, range: q.node.kindRange, args: { problem } });
    }
  },
});
