// SVY2077: `slider` on a question that is not a number with both a min and a max.
import { defineRule } from './rule.ts';

export default defineRule({
  name: 'slider',
  diagnostics: [
    {
      code: 'SVY2077',
      name: 'slider-range',
      severity: 'error',
      message: {
        notNumber: "`slider` answers a number; '{id}' is a {kind} question. Remove it or make it a number.",
        rating: "`slider` answers a number; '{id}' is a rating question (a rating shows its scale points). Remove it or make it a number.",
        noEnds: "A slider needs both ends: give '{id}' a `min` and a `max`.",
      },
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
      const at = { code: 'SVY2077', file: q.file, range: q.node.kindRange } as const;
      if (q.kind === 'rating') ctx.report({ ...at, messageId: 'rating', args: { id: q.id } });
      else if (q.kind !== 'number') ctx.report({ ...at, messageId: 'notNumber', args: { id: q.id, kind: q.kind } });
      else if (typeof q.min !== 'number' || typeof q.max !== 'number') ctx.report({ ...at, messageId: 'noEnds', args: { id: q.id } });
    }
  },
});
