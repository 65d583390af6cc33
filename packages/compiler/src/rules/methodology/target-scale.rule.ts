// SVY6023: a target written on the answer scale of its items while its score is on
// 0–100: `target csat >= 4.5` for `score csat = rescale(overall, sat5)`. The target can be
// met (almost) always, so the analysis reports success that means nothing.
import { defineRule } from '../rule.ts';
import { isRow, type Scale } from '../../model.ts';
import { rangeOfScore } from '../../score-range.ts';

export default defineRule({
  name: 'target-scale',
  diagnostics: [
    {
      code: 'SVY6023',
      name: 'target-on-item-scale',
      severity: 'warning',
      message: {
        itemScale:
          "Target `{subject} {op} {value}` looks written on the {lo}–{hi} scale of the items, but '{subject}' is on 0–100, where almost any result meets it. On 0–100, {value} on the {lo}–{hi} scale is {converted}: write `{subject} {op} {converted}`.",
      },
      docs: {
        summary:
          "A `>=` or `>` target on a 0–100 score (a `rescale`, `topbox` or `share`) whose threshold lies on the items' own answer scale (1–5, 0–10): the threshold was written for the raw scale, and on 0–100 it is met by nearly everyone.",
        rationale:
          'Mixing the scale of a target with the scale of its score is a common reporting error (a "4.5 out of 5" goal applied to a 0–100 index); the target is then always met and hides real shortfalls. The quick fix converts the threshold with the same POMP formula as `rescale`.',
        bad: 'rating overall "您对本次服务满意吗?" on sat5\nscore csat = rescale(overall, sat5)\ntarget csat >= 4.5',
        good: 'rating overall "您对本次服务满意吗?" on sat5\nscore csat = rescale(overall, sat5)\ntarget csat >= 87.5',
      },
    },
  ],
  check(ctx) {
    const s = ctx.survey;
    if (!s) return;
    for (const t of s.targets) {
      if ((t.op !== '>=' && t.op !== '>') || !Number.isFinite(t.value) || !t.node.value) continue;
      const score = s.scores.find((x) => x.id === t.subject);
      if (!score) continue;
      const [lo, hi] = rangeOfScore(s, t.subject) ?? [Number.NaN, Number.NaN];
      if (lo !== 0 || hi !== 100) continue;
      const scales = new Map<string, Scale>();
      for (const id of score.items) {
        const v = s.variables.get(id);
        const q = v && (isRow(v) ? v.matrix : v);
        if (q?.scale) scales.set(`${q.scale.min}..${q.scale.max}`, q.scale);
      }
      if (scales.size !== 1) continue;
      const scale = [...scales.values()][0]!;
      if (scale.max > 10 || scale.max <= scale.min || t.value <= 0 || t.value < scale.min || t.value > scale.max) continue;
      const converted = Math.round(((t.value - scale.min) / (scale.max - scale.min)) * 1000) / 10;
      const valueRange = t.node.value.range;
      ctx.report({
        code: 'SVY6023',
        file: t.file,
        range: t.node.range,
        messageId: 'itemScale',
        args: { subject: t.subject, op: t.op, value: t.value, lo: scale.min, hi: scale.max, converted },
        fixes: [{ title: `Change to ${converted}`, edits: [{ file: t.file, range: valueRange, newText: String(converted) }] }],
      });
    }
  },
});
