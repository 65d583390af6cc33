// SVY2014: a choice list with fewer than two options. SVY2015: a code used twice.
import { defineRule } from './rule.ts';
import type { ChoiceList } from '../model.ts';

export default defineRule({
  name: 'choice-list',
  diagnostics: [
    {
      code: 'SVY2014',
      name: 'too-few-options',
      severity: 'error',
      message: {
        inline: "'{id}' offers {count, plural, =0 {no options} one {one option} other {# options}}. A choice needs at least two options.",
        shared:
          "Choice list '{id}' has {count, plural, =0 {no options} one {one option} other {# options}}. A choice needs at least two options.",
      },
      docs: {
        summary: 'An empty choice list, or one with a single option.',
        bad: 'choices vendors { a "供应商A" }',
        good: 'choices vendors { a "供应商A"  b "供应商B"  other "其他" specify }',
      },
    },
    {
      code: 'SVY2015',
      name: 'duplicate-code',
      severity: 'error',
      message: 'Code {code} appears twice in {what}. Give every option its own code.',
      docs: {
        summary: 'Two options with the same code in one list: their answers could not be told apart.',
        bad: 'choices c { 1 "是" 1 "否" }',
        good: 'choices c { 1 "是" 2 "否" }',
      },
    },
  ],
  check(ctx) {
    const lists: ChoiceList[] = [];
    const s = ctx.survey;
    if (s) {
      lists.push(...s.choiceLists.values());
      for (const q of s.questions) if (q.choices?.inline && q.choices.node === q.node) lists.push(q.choices);
    }
    for (const list of lists) {
      const anchor = list.node.kind === 'Choices' ? list.node.id?.range : list.node.id?.range;
      if (list.options.length < 2 && anchor) {
        ctx.report({
          code: 'SVY2014',
          file: list.file,
          range: anchor,
          messageId: list.inline ? 'inline' : 'shared',
          args: { id: list.id, count: list.options.length },
        });
      }
      const seen = new Set<string | number>();
      for (const o of list.options) {
        if (seen.has(o.code))
          ctx.report({
            code: 'SVY2015',
            file: list.file,
            range: o.node.code?.range ?? o.node.range,
            args: { code: String(o.code), what: list.inline ? `the options of '${list.id}'` : `'${list.id}'` },
          });
        seen.add(o.code);
      }
    }
  },
});
