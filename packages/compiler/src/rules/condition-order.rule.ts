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
      message: "'{name}' is {where}: a {use} may only read earlier questions. Move '{from}' after '{name}' or change the {use}.",
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
        ctx.report({
          code: 'SVY2005',
          file: ref.file,
          range: ref.range,
          args: {
            name: ref.name,
            where: `computed from '${late.id}', ${n === from.number ? 'this question itself' : `question ${n}, after this one (${from.number})`}`,
            use: ref.context === 'pipe' ? 'piped text' : 'condition',
            from: from.id,
          },
        });
        continue;
      }
      const to = survey.variables.get(ref.name);
      if (!from || !to || isRow(from)) continue;
      const toNumber = isRow(to) ? to.matrix.number : to.number;
      const self = isRow(to) ? to.matrix === from : to === from;
      if (!self && toNumber < from.number) continue;
      ctx.report({
        code: 'SVY2005',
        file: ref.file,
        range: ref.range,
        args: {
          name: ref.name,
          where: self ? 'this question itself' : `question ${toNumber}, after this one (${from.number})`,
          use: ref.context === 'pipe' ? 'piped text' : 'condition',
          from: from.id,
        },
      });
    }
  },
});
