// SVY5023: an attention check (`exclude attention q != code`) whose expected answer the
// question cannot have — a value off its scale or a code not in its list — or is a
// missing code, or whose question may be skipped or hidden: every respondent who cannot
// give that answer is excluded, so the rule removes attentive respondents.
import { defineRule } from '../rule.ts';
import { codesOf, isRow, scaleOf } from '../../model.ts';

export default defineRule({
  name: 'attention-check',
  diagnostics: [
    {
      code: 'SVY5023',
      name: 'attention-check-unanswerable',
      severity: 'error',
      message: {
        offScale:
          "The attention check expects {expected} from '{id}', but scale '{scale}' has no {expected}: it would exclude every respondent. Expect one of {codes}.",
        noSuchCode:
          "The attention check expects {expected} from '{id}', but it has no such code: it would exclude every respondent. Expect one of {codes}.",
        missingCode:
          "The attention check expects {expected} from '{id}', which is a missing code (\"don't know\" / not applicable): it would exclude every respondent who reads the instruction and follows it. Expect a substantive point of the scale.",
        optional:
          "The attention check expects {expected} from '{id}', but the question is optional: it would exclude every respondent who skips it. Make the question required.",
        conditional:
          "The attention check expects {expected} from '{id}', but the question is shown only when a condition holds: it would exclude every respondent who is not shown it. Show the attention check to everyone (remove its `when`).",
      },
      docs: {
        summary:
          "An attention check whose expected answer is not on the question's scale or list, is a missing code, or is on a question that is optional or shown only sometimes.",
        rationale:
          'An attention check must be passable by every attentive respondent; otherwise it removes exactly the careful ones and biases every estimate (Berinsky, Margolis & Sances 2014 on screener questions).',
        bad: 'rating check_item "本题请选择“满意”" on sat5\nquality { exclude attention check_item != 6 }',
        good: 'rating check_item "本题请选择“满意”" on sat5\nquality { exclude attention check_item != 4 }',
      },
    },
  ],
  check(ctx) {
    const s = ctx.survey;
    if (!s) return;
    for (const rule of s.quality) {
      if (rule.kind !== 'ExcludeAttention' || !rule.question || !rule.expected) continue;
      const v = s.variables.get(rule.question.name);
      if (!v) continue;
      const q = isRow(v) ? v.matrix : v;
      const expected = rule.expected.kind === 'Number' ? rule.expected.value : rule.expected.name;
      const codes = codesOf(v);
      const scale = scaleOf(v);
      const at = { code: 'SVY5023', file: s.file, range: rule.expected.range } as const;
      const args = { expected: typeof expected === 'number' ? String(expected) : `'${expected}'`, id: v.id };
      if (codes && !codes.includes(expected)) {
        // An identifier that is not a code of a choice list is SVY2002 (unknown reference) already.
        if (typeof expected === 'number' || scale || (!isRow(v) && v.kind === 'yesno'))
          ctx.report(
            scale
              ? { ...at, messageId: 'offScale', args: { ...args, scale: scale.id, codes: codes.slice(0, 12).join(', ') } }
              : { ...at, messageId: 'noSuchCode', args: { ...args, codes: codes.slice(0, 12).join(', ') } },
          );
        continue;
      }
      if (scale?.points.some((p) => p.missing && p.value === expected)) {
        ctx.report({ ...at, messageId: 'missingCode', args });
        continue;
      }
      if (!q.required) ctx.report({ ...at, messageId: 'optional', args });
      else if (q.when || q.section.when) ctx.report({ ...at, messageId: 'conditional', args });
    }
  },
});
