// SVY5020: a section with no questions. SVY5021: a matrix with a single row. Both
// are shapes a respondent meets as noise: an empty page or heading, a grid for one item.
import { defineRule } from '../rule.ts';

export default defineRule({
  name: 'section-shape',
  diagnostics: [
    {
      code: 'SVY5020',
      name: 'empty-section',
      severity: 'warning',
      message: "Section '{id}' has no questions: respondents would see an empty page. Add its questions or remove it.",
      docs: {
        summary: 'A section without questions.',
        rationale:
          'An empty section is a heading or page with nothing to answer: respondents wonder what they missed, and a section left empty usually means its questions were lost in an edit (Dillman, Smyth & Christian 2014 on page design).',
        bad: 'section service "服务" en: "Service" { }',
        good: 'section service "服务" en: "Service" {\n  rating attitude "服务态度" en: "Staff attitude" on sat5\n}',
      },
    },
    {
      code: 'SVY5021',
      name: 'one-row-matrix',
      severity: 'warning',
      message:
        'Matrix \'{id}\' has one row: a grid for one item is harder to read than a question. Make it `rating {row} "…" on {scale}`, or add rows.',
      docs: {
        summary: 'A matrix (grid) with a single row.',
        rationale:
          'Grids cost respondents effort to read (Couper, Tourangeau et al. 2013 on grid burden); with one item the grid brings nothing and the row text often repeats the stem.',
        bad: 'matrix m "请评价" en: "Please rate" on sat5 { row speed "速度" en: "Speed" }',
        good: 'rating speed "请评价速度" en: "Please rate the speed" on sat5',
      },
    },
  ],
  check(ctx) {
    const s = ctx.survey;
    if (!s) return;
    for (const sec of s.sections) {
      if (sec.implicit || !sec.node || !sec.node.hasBody || sec.questions.length > 0) continue;
      ctx.report({ code: 'SVY5020', file: sec.file, range: sec.node.id?.range ?? sec.node.range, args: { id: sec.id } });
    }
    for (const q of s.questions) {
      if (q.kind !== 'matrix' || q.rows.length !== 1) continue;
      ctx.report({
        code: 'SVY5021',
        file: q.file,
        range: q.node.id?.range ?? q.node.kindRange,
        args: { id: q.id, row: q.rows[0].id, scale: q.scale?.id ?? 'scale' },
      });
    }
  },
});
