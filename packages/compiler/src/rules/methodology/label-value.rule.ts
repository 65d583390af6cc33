// SVY5004: a scale label that starts with a number other than its value
// (`4 "5 分"`, `1 "5 - Very satisfied"`): the data would record 4 while the respondent
// chose "5".
import { defineRule } from '../rule.ts';
import { partRange } from '../../wording/index.ts';

// A number that labels the point: "5", "5 分", "5 stars", "5 - Very satisfied" — not "1-2 次" or "3 年以下".
const leadingNumber =
  /^\s*(-?\d+(?:\.\d+)?)(?=\s*(?:分|点|點|星|颗星|顆星|points?|pts?|stars?)(?![\p{L}])|\s*[=\-–—:：.、)）](?!\s*\d)|\s*$)/iu;

export default defineRule({
  name: 'label-value',
  diagnostics: [
    {
      code: 'SVY5004',
      name: 'label-value-mismatch',
      severity: 'warning',
      message:
        "The label of point {value} in scale '{scale}' says {label}. Make the number in the label match the value it records, or fix the value.",
      docs: {
        summary: "A scale label that starts with a number different from the point's value.",
        rationale: 'The stored code must be what the respondent saw; a mismatch silently corrupts every mean and top-box share.',
        bad: 'scale stars 1..5 { 1 "5 星" 2 "4 星" 3 "3 星" 4 "2 星" 5 "1 星" }',
        good: 'scale stars 1..5 { 1 "1 星" 2 "2 星" 3 "3 星" 4 "4 星" 5 "5 星" }',
      },
    },
  ],
  check(ctx) {
    const s = ctx.survey;
    if (!s) return;
    for (const scale of s.scales.values()) {
      if (scale.builtin || !scale.node) continue;
      const text = ctx.files.get(scale.file)?.text ?? '';
      for (const p of scale.node.points) {
        if (!p.value || !p.label) continue;
        const value = p.negative ? -p.value.value : p.value.value;
        if (!Number.isFinite(value)) continue;
        for (const part of p.label.parts) {
          const m = leadingNumber.exec(part.value);
          if (!m || Number(m[1]) === value) continue;
          const index = (m.index ?? 0) + m[0].indexOf(m[1]);
          const range = partRange(text, part, index, m[1].length);
          ctx.report({
            code: 'SVY5004',
            file: scale.file,
            range,
            args: { value, scale: scale.id, label: `"${m[1]}"` },
            fixes: [{ title: `Change the label's number to ${value}`, edits: [{ file: scale.file, range, newText: String(value) }] }],
          });
          break;
        }
      }
    }
  },
});
