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
      message: '{problem}',
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
    const report = (ref: (typeof ctx.binding.references)[number], problem: string) =>
      ctx.report({ code: 'SVY2005', file: ref.file, range: ref.range, args: { problem } });
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
        report(
          ref,
          n === from.number
            ? `'${ref.name}' is computed from the answer to '${from.id}' itself, which is not given when '${from.id}' is shown. Base the ${use} on earlier questions.`
            : `'${ref.name}' is computed from '${late.id}', question ${n}, after this one (${from.number}): a ${use} may only read earlier questions. Move '${from.id}' after '${late.id}' or change the ${use}.`,
        );
        continue;
      }
      const to = survey.variables.get(ref.name);
      if (!from || !to || isRow(from)) continue;
      const toNumber = isRow(to) ? to.matrix.number : to.number;
      const self = isRow(to) ? to.matrix === from : to === from;
      if (!self && toNumber < from.number) continue;
      const section = survey.sections.find((x) => x.when && x.when.range.start <= ref.range.start && ref.range.end <= x.when.range.end);
      const owner = isRow(to) ? to.matrix : to;
      if (section) {
        report(
          ref,
          owner.section === section
            ? `Section '${section.id}' is shown only when a condition on '${ref.name}' holds, but '${owner.id}' is inside the section: it cannot be answered before the section is shown. Base the condition on a question before the section, or move '${owner.id}' before it.`
            : `'${ref.name}' is question ${toNumber}, after the start of section '${section.id}' (question ${from.number}): a section's condition may only read earlier questions. Move the section after '${owner.id}' or change the condition.`,
        );
        continue;
      }
      if (self) {
        report(
          ref,
          ref.context === 'pipe'
            ? `'${from.id}' pipes its own answer into its text, which is not given yet when it is shown. Pipe an earlier question, or remove {${ref.name}}.`
            : `'${from.id}' is shown depending on its own answer, which is not given yet when it is shown. Base the condition on an earlier question, or remove it.`,
        );
        continue;
      }
      const use = ref.context === 'pipe' ? 'piped text' : 'condition';
      report(
        ref,
        `'${ref.name}' is question ${toNumber}, after this one (${from.number}): a ${use} may only read earlier questions. Move '${from.id}' after '${owner.id}' or change the ${use}.`,
      );
    }
  },
});
