// SVY2143: a page break with nothing on one side: at the start or the end of a section
// (a section already starts a page), between sections, or right after another break.
// The form would show the same pages without it; usually a question was moved away.
import { defineRule } from '../rule.ts';

export default defineRule({
  name: 'empty-page',
  diagnostics: [
    {
      code: 'SVY2143',
      name: 'empty-page',
      severity: 'warning',
      message: 'This page break leaves a page with no question on it ({where}). Remove it, or move a question next to it.',
      docs: {
        summary: 'A `page` break at the start or end of a section, between sections, or next to another break: a page with nothing on it.',
        rationale: 'Sections already start pages; a break with no question on one side adds an empty step or does nothing.',
        bad: 'section a "服务" en: "Service" {\n  page\n  rating q1 "总体满意度" en: "Overall" on sat5\n}',
        good: 'section a "服务" en: "Service" {\n  rating q1 "总体满意度" en: "Overall" on sat5\n  page\n  rating q2 "员工" en: "Staff" on sat5\n}',
      },
    },
  ],
  check(ctx) {
    const s = ctx.survey;
    if (!s) return;
    const seen = new Set<string>();
    for (const b of s.flow.pageBreaks) {
      const sec = b.section ? s.sections.find((x) => x.id === b.section) : undefined;
      const key = `${b.section}:${b.before}`;
      const where = !sec
        ? 'between sections, which start pages already'
        : b.before === 0
          ? 'at the start of its section'
          : b.before >= sec.questions.length
            ? 'at the end of its section'
            : seen.has(key)
              ? 'right after another page break'
              : undefined;
      seen.add(key);
      if (where) ctx.report({ code: 'SVY2143', file: b.file, range: b.node.range, args: { where } });
    }
  },
});
