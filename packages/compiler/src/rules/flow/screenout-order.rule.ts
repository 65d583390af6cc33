// SVY2140: a screen-out whose condition reads a question asked after it. The form tests
// a screen-out when the respondent leaves the page it stands on; an answer given later
// is not known yet, so the screen-out could only ever see it unanswered.
import { defineRule } from '../rule.ts';
import { isRow } from '../../model.ts';

export default defineRule({
  name: 'screenout-order',
  diagnostics: [
    {
      code: 'SVY2140',
      name: 'screenout-order',
      severity: 'error',
      message: "Screen-out '{id}' reads '{name}', which is asked after it. Move the screen-out below '{name}', or test an earlier answer.",
      docs: {
        summary: 'A screen-out whose condition reads a question that comes later in the survey.',
        rationale:
          'A screen-out ends the survey where it stands; the answers after it are not given yet, so its condition could never see them.',
        bad: 'screenout minor "本调查仅面向成年人。" en: "This survey is for adults only." when age < 18\nnumber age "您的年龄" en: "Your age" min 0 max 120',
        good: 'number age "您的年龄" en: "Your age" min 0 max 120\nscreenout minor "本调查仅面向成年人。" en: "This survey is for adults only." when age < 18',
      },
    },
  ],
  check(ctx) {
    const s = ctx.survey;
    if (!s) return;
    for (const so of s.flow.screenOuts) {
      const late = so.items.find((id) => {
        const v = s.variables.get(id);
        const q = v ? (isRow(v) ? v.matrix : v) : undefined;
        return !!q && q.number > so.after;
      });
      if (late && so.when) ctx.report({ code: 'SVY2140', file: so.file, range: so.when.range, args: { id: so.id, name: late } });
    }
  },
});
