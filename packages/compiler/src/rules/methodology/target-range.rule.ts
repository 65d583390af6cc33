// SVY6010: a target no score value can meet: `target csat >= 120` on a 0–100 score,
// `target mean_sat >= 90` on a 1–5 mean, `target response_rate >= 80` (a rate is 0–1).
import { defineRule } from '../rule.ts';
import type { Target } from '../../model.ts';
import { rangeOfScore, type Interval } from '../../score-range.ts';

export default defineRule({
  name: 'target-range',
  diagnostics: [
    {
      code: 'SVY6010',
      name: 'unreachable-target',
      severity: 'error',
      message: {
        percent:
          "Target `{subject} {op} {value}` can never be met: '{subject}' ranges over {lo}..{hi}. Write the rate as a fraction: {fraction}.",
        outOfRange:
          "Target `{subject} {op} {value}` can never be met: '{subject}' ranges over {lo}..{hi}. Change the threshold, or the formula.",
      },
      docs: {
        summary:
          'A target whose threshold lies outside the range its score can take (computed from the formula: rescale → 0–100, nps → −100–100, index → 0–total points, a mean → its scale); a response rate is 0–1.',
        rationale:
          'A target that cannot be met (or a rate written as a percentage) makes every analysis report a failure; seed 002 states targets on 0–100 scores and an NPS (−100 to 100).',
        bad: 'score csat = rescale(overall, sat5)\ntarget csat >= 4.5 // 0–100 score\ntarget response_rate >= 80',
        good: 'score csat = rescale(overall, sat5)\ntarget csat >= 90\ntarget response_rate >= 0.8',
      },
    },
  ],
  check(ctx) {
    const s = ctx.survey;
    if (!s) return;
    for (const t of s.targets) {
      const range: Interval | undefined = t.subject === 'response_rate' ? [0, 1] : rangeOfScore(s, t.subject);
      if (!range || !Number.isFinite(t.value) || !range.every(Number.isFinite) || reachable(t, range)) continue;
      const [lo, hi] = range;
      const percent = t.subject === 'response_rate' && t.value > 1 && t.value <= 100;
      const valueNode = t.node.value!;
      const args = { subject: t.subject, op: t.op, value: t.value, lo: fmt(lo), hi: fmt(hi) };
      ctx.report({
        code: 'SVY6010',
        file: t.file,
        range: t.node.range,
        ...(percent ? { messageId: 'percent', args: { ...args, fraction: t.value / 100 } } : { messageId: 'outOfRange', args }),
        fixes: percent
          ? [{ title: `Change to ${t.value / 100}`, edits: [{ file: t.file, range: valueNode.range, newText: String(t.value / 100) }] }]
          : undefined,
      });
    }
  },
});

function reachable(t: Target, [lo, hi]: Interval): boolean {
  const v = t.value;
  switch (t.op) {
    case '>=':
      return v <= hi + 1e-9;
    case '>':
      return v < hi - 1e-9;
    case '<=':
      return v >= lo - 1e-9;
    case '<':
      return v > lo + 1e-9;
    case '==':
      return v >= lo - 1e-9 && v <= hi + 1e-9;
    default:
      return true;
  }
}

function fmt(n: number): string {
  return String(Math.round(n * 1000) / 1000);
}
