// SVY5006: an "other" option without a `specify` field: the answer "other" alone
// says nothing about what the other thing is.
import { defineRule } from '../rule.ts';
import type { ChoiceList } from '../../model.ts';

const otherCode = /^(other|others)$/i;
const otherLabel = /^\s*(other|others|something else)\b|^\s*(其他|其它)|请注明|請註明|请说明|請說明|please specify/i;

export default defineRule({
  name: 'other-specify',
  diagnostics: [
    {
      code: 'SVY5006',
      name: 'other-without-specify',
      severity: 'warning',
      message: 'Option \'{code}\' of {list} is an "other" answer without `specify`. Add `specify` so respondents can say what it is.',
      docs: {
        summary:
          'An "other" option (code `other`, label 其他 / Other / 请注明) without a `specify` free-text field. The quick fix adds `specify`.',
        rationale:
          'Without the specify text "other" answers cannot be coded, and a large "other" share hides a missing option (seed 004: "其他, 请注明").',
        bad: 'choices vendors { a "供应商A" b "供应商B" other "其他" }',
        good: 'choices vendors { a "供应商A" b "供应商B" other "其他(请注明)" specify }',
      },
    },
  ],
  check(ctx) {
    const s = ctx.survey;
    if (!s) return;
    const lists: ChoiceList[] = [...s.choiceLists.values()];
    for (const q of s.questions) if (q.choices?.inline) lists.push(q.choices);
    for (const list of lists) {
      for (const o of list.options) {
        if (o.specify || o.exclusive) continue;
        const isOther = (typeof o.code === 'string' && otherCode.test(o.code)) || Object.values(o.label).some((l) => otherLabel.test(l));
        if (!isOther || !o.node.code) continue;
        const labelEnd = o.node.label?.range.end ?? o.node.code.range.end;
        ctx.report({
          code: 'SVY5006',
          file: list.file,
          range: o.node.code.range,
          args: { code: String(o.code), list: list.inline ? `the options of '${list.id}'` : `'${list.id}'` },
          fixes: [{ title: 'Add `specify`', edits: [{ file: list.file, range: { start: labelEnd, end: labelEnd }, newText: ' specify' }] }],
        });
      }
    }
  },
});
