// SVY5013: a scale whose labels put the favourable end at the low codes (1 "非常满意" …
// 5 "非常不满意") without `descending`, or the other way round. The codes then say the
// opposite of the labels: every score, top-box share and dissatisfaction ranking on the
// scale is computed backwards, silently.
import { defineRule } from '../rule.ts';
import type { Scale } from '../../model.ts';
import { polarity } from '../../wording/index.ts';

export default defineRule({
  name: 'scale-direction',
  diagnostics: [
    {
      code: 'SVY5013',
      name: 'scale-direction',
      severity: 'warning',
      message: {
        undeclared:
          'Scale \'{scale}\' puts its favourable labels at the low codes ({low} "{lowLabel}" … {high} "{highLabel}") but is not declared `descending`, so scores, top-box shares and the dissatisfaction ranking count it backwards. Add `descending`, or renumber the points so the favourable end has the highest code.',
        declared:
          'Scale \'{scale}\' is declared `descending` (lowest code most favourable) but its labels put the favourable end at the high codes ({low} "{lowLabel}" … {high} "{highLabel}"), so scores and top-box shares count it backwards. Remove `descending`, or renumber the points.',
      },
      docs: {
        summary:
          'A scale whose labels run from favourable to unfavourable in the opposite direction to the one it declares (by default the highest code is the most favourable; `descending` declares the lowest).',
        rationale:
          'The direction decides which end scores, top-2-box shares and the TOP-N dissatisfaction ranking treat as good. Many Chinese questionnaires number 1 = 非常满意; written without `descending`, every estimate on such a scale is reversed without any error (GB/T 19038 scores satisfaction with the favourable end high).',
        bad: 'scale rev5 1..5 { 1 "非常满意" 2 "满意" 3 "一般" 4 "不满意" 5 "非常不满意" }',
        good: 'scale rev5 1..5 descending { 1 "非常满意" 2 "满意" 3 "一般" 4 "不满意" 5 "非常不满意" }',
      },
    },
  ],
  check(ctx) {
    const s = ctx.survey;
    if (!s) return;
    for (const scale of s.scales.values()) {
      if (scale.builtin || !scale.node?.id) continue;
      const end = favourableEnd(scale, [s.defaultLanguage, ...s.languages.filter((l) => l !== s.defaultLanguage)]);
      if (!end || (end.side === 'low') === scale.descending) continue;
      const args = { scale: scale.id, low: end.low.value, lowLabel: end.low.label, high: end.high.value, highLabel: end.high.label };
      const after = scale.node.step ?? scale.node.to;
      if (!scale.descending)
        ctx.report({
          code: 'SVY5013',
          messageId: 'undeclared',
          file: scale.file,
          range: scale.node.id.range,
          args,
          fixes: after
            ? [
                {
                  title: 'Declare `descending`',
                  edits: [{ file: scale.file, range: { start: after.range.end, end: after.range.end }, newText: ' descending' }],
                },
              ]
            : undefined,
        });
      else ctx.report({ code: 'SVY5013', messageId: 'declared', file: scale.file, range: scale.node.id.range, args });
    }
  },
});

interface End {
  side: 'low' | 'high';
  low: { value: number; label: string };
  high: { value: number; label: string };
}

/**
 * Which end the labels make favourable, read in the first language whose labels all
 * classify consistently: every positive label on one side of every negative one. Unknown
 * and neutral labels are skipped; a scale with no negative or no positive label has no
 * favourable end (a unipolar "not at all … extremely" scale).
 */
function favourableEnd(scale: Scale, languages: string[]): End | undefined {
  for (const lang of languages) {
    const points = scale.points.filter((p) => !p.missing && p.label[lang] !== undefined);
    const pos: number[] = [];
    const neg: number[] = [];
    for (const p of points) {
      const pol = polarity(p.label[lang], lang);
      if (pol === 'positive') pos.push(p.value);
      else if (pol === 'negative') neg.push(p.value);
    }
    if (!pos.length || !neg.length) continue;
    const side = Math.max(...neg) < Math.min(...pos) ? 'high' : Math.max(...pos) < Math.min(...neg) ? 'low' : undefined;
    if (!side) return undefined;
    const first = points[0];
    const last = points[points.length - 1];
    return { side, low: { value: first.value, label: first.label[lang] }, high: { value: last.value, label: last.label[lang] } };
  }
  return undefined;
}
