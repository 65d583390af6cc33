// SVY2016: `min` above `max` on a question (values, lengths or selections).
import { defineRule } from './rule.ts';

export default defineRule({
  name: 'constraint-range',
  diagnostics: [
    {
      code: 'SVY2016',
      name: 'min-above-max',
      severity: 'error',
      message: "'{id}' has min {min} above max {max}: no answer can satisfy both. Swap them.",
      docs: {
        summary: 'A question whose minimum (value, length, number of selections or date) is above its maximum.',
        bad: 'number age "您的年龄" min 99 max 18',
        good: 'number age "您的年龄" min 18 max 99',
      },
    },
  ],
  check(ctx) {
    for (const q of ctx.survey?.questions ?? []) {
      if (q.min === undefined || q.max === undefined || typeof q.min !== typeof q.max) continue;
      if (q.min > q.max) {
        const range = { start: q.node.min!.range.start, end: q.node.max!.range.end };
        const r = range.start <= range.end ? range : { start: q.node.max!.range.start, end: q.node.min!.range.end };
        ctx.report({ code: 'SVY2016', file: q.file, range: r, args: { id: q.id, min: String(q.min), max: String(q.max) } });
      }
    }
  },
});
