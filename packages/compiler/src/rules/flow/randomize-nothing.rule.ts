// SVY2147: random order with nothing to move: a `randomize`d section whose pages each hold
// fewer than two questions that are not `fixed`, or a `shuffle` group with fewer than two
// sections that are not `fixed`. The order never changes, yet the response records it.
import { defineRule } from '../rule.ts';
import { pageStarts } from '../../flow-model.ts';

export default defineRule({
  name: 'randomize-nothing',
  diagnostics: [
    {
      code: 'SVY2147',
      name: 'randomize-nothing',
      severity: 'warning',
      message: '{what} is shown in random order, but {why}, so the order never changes. Remove the randomisation or unfix an item.',
      docs: {
        summary:
          'A randomised section with no page holding two movable questions, or a `shuffle` group with fewer than two movable sections.',
        rationale: 'Randomisation that cannot change the order only adds an order record that says nothing.',
        bad: 'section a "服务" en: "Service" randomize {\n  rating q1 "总体满意度" en: "Overall" on sat5\n}',
        good: 'section a "服务" en: "Service" randomize {\n  rating q1 "总体满意度" en: "Overall" on sat5\n  rating q2 "员工" en: "Staff" on sat5\n}',
      },
    },
  ],
  check(ctx) {
    const s = ctx.survey;
    if (!s) return;
    for (const r of s.flow.randomSections) {
      const sec = s.sections.find((x) => x.id === r.section);
      if (!sec?.node?.id) continue;
      const starts = [...pageStarts(s.flow, sec.id, sec.questions.length), sec.questions.length];
      const movable = (a: number, b: number) => sec.questions.slice(a, b).filter((q) => !r.fixed.includes(q.id)).length;
      if (starts.slice(0, -1).every((a, i) => movable(a, starts[i + 1]) < 2))
        ctx.report({
          code: 'SVY2147',
          file: sec.file,
          range: sec.node.id.range,
          args: { what: `Section '${sec.id}'`, why: 'no page of it has two questions that are not fixed' },
        });
    }
    for (const g of s.flow.groups) {
      if (g.sections.length - g.fixed.length < 2 && g.node.id)
        ctx.report({
          code: 'SVY2147',
          file: g.file,
          range: g.node.id.range,
          args: { what: `Group '${g.id}'`, why: 'it has fewer than two sections that are not fixed' },
        });
    }
  },
});
