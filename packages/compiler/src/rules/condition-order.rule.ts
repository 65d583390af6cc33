// SVY2005: a `when` condition or a piped `{id}` that reads the question itself or a
// later one, directly or through a calculated value. A respondent cannot have answered it yet.
import { defineRule } from './rule.ts';
import { isRow } from '../model.ts';

export default defineRule({
  name: 'condition-order',
  diagnostics: [
    {
      code: 'SVY2005',
      name: 'condition-order',
      severity: 'error',
      message: {
        calcSelf:
          "'{name}' is computed from the answer to '{id}' itself, which is not given when '{id}' is shown. Base the {use} on earlier questions.",
        calcLater:
          "'{name}' is computed from '{late}', question {n}, after this one ({number}): a {use} may only read earlier questions. Move '{id}' after '{late}' or change the {use}.",
        sectionOwn:
          "Section '{section}' is shown only when a condition on '{name}' holds, but '{owner}' is inside the section: it cannot be answered before the section is shown. Base the condition on a question before the section, or move '{owner}' before it.",
        sectionLater:
          "'{name}' is question {n}, after the start of section '{section}' (question {number}): a section's condition may only read earlier questions. Move the section after '{owner}' or change the condition.",
        selfPipe:
          "'{id}' pipes its own answer into its text, which is not given yet when it is shown. Pipe an earlier question, or remove {pipe}.",
        selfCondition:
          "'{id}' is shown depending on its own answer, which is not given yet when it is shown. Base the condition on an earlier question, or remove it.",
        later:
          "'{name}' is question {n}, after this one ({number}): a {use} may only read earlier questions. Move '{id}' after '{owner}' or change the {use}.",
      },
      docs: {
        summary: 'A display condition or piped answer refers to the question itself or to a question that comes later.',
        rationale: 'Answers are collected in order; a condition on a later answer can never be evaluated when the question is shown.',
        bad: 'text why "不满意的原因？" when overall <= 2\nrating overall "总体满意度" on sat5',
        good: 'rating overall "总体满意度" on sat5\ntext why "不满意的原因？" when overall <= 2',
      },
    },
  ],
  check(ctx) {
    const survey = ctx.survey;
    if (!survey) return;
    for (const ref of ctx.binding.references) {
      if (!ref.fromQuestion || !ref.target || (ref.context !== 'condition' && ref.context !== 'pipe')) continue;
      const from = survey.variables.get(ref.fromQuestion);
      if (ref.target.kind === 'calc' && from && !isRow(from)) {
        // A calculated value is as late as the latest question it reads.
        const late = survey.calculations
          .get(ref.name)
          ?.items.map((id) => survey.variables.get(id))
          .find((v) => v && (isRow(v) ? v.matrix : v).number >= from.number);
        if (!late) continue;
        const n = (isRow(late) ? late.matrix : late).number;
        const use = ref.context === 'pipe' ? 'piped text' : 'condition';
        const at = { code: 'SVY2005', file: ref.file, range: ref.range } as const;
        if (n === from.number) ctx.report({ ...at, messageId: 'calcSelf', args: { name: ref.name, id: from.id, use } });
        else
          ctx.report({ ...at, messageId: 'calcLater', args: { name: ref.name, late: late.id, n, number: from.number, id: from.id, use } });
        continue;
      }
      const to = survey.variables.get(ref.name);
      if (!from || !to || isRow(from)) continue;
      const toNumber = isRow(to) ? to.matrix.number : to.number;
      const self = isRow(to) ? to.matrix === from : to === from;
      if (!self && toNumber < from.number) continue;
      const section = survey.sections.find((x) => x.when && x.when.range.start <= ref.range.start && ref.range.end <= x.when.range.end);
      const owner = isRow(to) ? to.matrix : to;
      const at = { code: 'SVY2005', file: ref.file, range: ref.range } as const;
      if (section) {
        if (owner.section === section)
          ctx.report({ ...at, messageId: 'sectionOwn', args: { section: section.id, name: ref.name, owner: owner.id } });
        else
          ctx.report({
            ...at,
            messageId: 'sectionLater',
            args: { name: ref.name, n: toNumber, section: section.id, number: from.number, owner: owner.id },
          });
        continue;
      }
      if (self) {
        if (ref.context === 'pipe') ctx.report({ ...at, messageId: 'selfPipe', args: { id: from.id, pipe: `{${ref.name}}` } });
        else ctx.report({ ...at, messageId: 'selfCondition', args: { id: from.id } });
        continue;
      }
      const use = ref.context === 'pipe' ? 'piped text' : 'condition';
      ctx.report({
        ...at,
        messageId: 'later',
        args: { name: ref.name, n: toNumber, number: from.number, id: from.id, owner: owner.id, use },
      });
    }
  },
});
