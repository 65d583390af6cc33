// SVY2144: `fixed` where nothing moves: on a question whose section is not `randomize`d,
// or on a section outside a `shuffle` group. The anchor has no effect; usually the
// `randomize` (or the group) was forgotten or removed.
import { defineRule } from '../rule.ts';

export default defineRule({
  name: 'fixed-outside-random',
  diagnostics: [
    {
      code: 'SVY2144',
      name: 'fixed-outside-random',
      severity: 'warning',
      message:
        "'{id}' is `fixed`, but {where}, so nothing moves around it. Add `randomize` to the section (or a `shuffle` group), or remove `fixed`.",
      docs: {
        summary: 'An anchored (`fixed`) question in a section that is not randomised, or a `fixed` section outside a `shuffle` group.',
        rationale: 'An anchor only means something among items shown in random order.',
        bad: 'section a "服务" en: "Service" {\n  rating q1 "总体满意度" en: "Overall" on sat5 fixed\n  rating q2 "员工" en: "Staff" on sat5\n}',
        good: 'section a "服务" en: "Service" randomize {\n  rating q1 "总体满意度" en: "Overall" on sat5 fixed\n  rating q2 "员工" en: "Staff" on sat5\n}',
      },
    },
  ],
  check(ctx) {
    const s = ctx.survey;
    if (!s) return;
    const random = new Set(s.flow.randomSections.map((r) => r.section));
    for (const q of s.questions) {
      if (q.node.fixed && !random.has(q.section.id) && q.node.id)
        ctx.report({
          code: 'SVY2144',
          file: q.file,
          range: q.node.id.range,
          args: { id: q.id, where: `section '${q.section.id}' is not randomised` },
        });
    }
    const grouped = new Set(s.flow.groups.flatMap((g) => g.sections));
    const visit = (m: (typeof s.node.members)[number]) => {
      if (m.kind === 'Section' && m.fixed && m.id && !grouped.has(m.id.name))
        ctx.report({ code: 'SVY2144', file: s.file, range: m.id.range, args: { id: m.id.name, where: 'it is not in a `shuffle` group' } });
    };
    for (const m of s.node.members) visit(m);
  },
});
