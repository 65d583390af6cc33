// SVY2145: two screen-outs or two end screens with one id, or a `shuffle` group named like
// a section. The response records a screen-out's and an end screen's id, and the shown
// order under section and group ids: each must say which one it was.
import { defineRule } from '../rule.ts';
import type { TextRange } from '@survey/syntax';

export default defineRule({
  name: 'flow-duplicate-id',
  diagnostics: [
    {
      code: 'SVY2145',
      name: 'flow-duplicate-id',
      severity: 'error',
      message: "'{id}' is already the id of {other}. Give this {what} its own id: the response records it.",
      docs: {
        summary: 'Two screen-outs or two end screens with the same id, or a `shuffle` group with the id of a section or another group.',
        rationale:
          'The response says which screen-out ended it, which end screen it saw and the order of each group; a shared id makes them indistinguishable.',
        bad: 'yesno customer "您是我们的客户吗?" en: "Are you our customer?"\nyesno adult "您年满 18 岁了吗?" en: "Are you 18 or older?"\nscreenout out "谢谢" en: "Thank you" when customer == no\nscreenout out "谢谢" en: "Thank you" when adult == no',
        good: 'yesno customer "您是我们的客户吗?" en: "Are you our customer?"\nyesno adult "您年满 18 岁了吗?" en: "Are you 18 or older?"\nscreenout not_customer "谢谢" en: "Thank you" when customer == no\nscreenout minor "谢谢" en: "Thank you" when adult == no',
      },
    },
  ],
  check(ctx) {
    const s = ctx.survey;
    if (!s) return;
    const check = (items: Array<{ id: string; file: string; range?: TextRange }>, what: string, taken: Map<string, string>) => {
      for (const x of items) {
        if (!x.id || !x.range) continue;
        const other = taken.get(x.id);
        if (other) ctx.report({ code: 'SVY2145', file: x.file, range: x.range, args: { id: x.id, other, what } });
        else taken.set(x.id, `an earlier ${what}`);
      }
    };
    check(
      s.flow.screenOuts.map((x) => ({ id: x.id, file: x.file, range: x.node.id?.range })),
      'screen-out',
      new Map(),
    );
    check(
      s.flow.ends.map((x) => ({ id: x.id, file: x.file, range: x.node.id?.range })),
      'end screen',
      new Map(),
    );
    check(
      s.flow.groups.map((x) => ({ id: x.id, file: x.file, range: x.node.id?.range })),
      'group',
      new Map(s.sections.map((sec) => [sec.id, 'a section'])),
    );
  },
});
