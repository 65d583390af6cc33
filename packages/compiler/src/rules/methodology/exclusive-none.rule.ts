// SVY5014: an option of a multi-select question that means "none of these", "don't
// know" or "prefer not to say" but is not `exclusive`. A respondent can then tick it
// together with real answers, and the response says both "none" and "these".
import { defineRule } from '../rule.ts';
import type { Choice, ChoiceList } from '../../model.ts';

// Whole-label forms only: "没有时间" (no time) is a reason, "没有" alone is "none".
const english =
  /^(none|none of (the above|these|those|them|the options)|nothing|no one|nobody|neither|not applicable|n\/a|(i )?(don'?t|do not) know|not sure|no answer|prefer not to (say|answer)|(i'?d )?rather not say)\b/i;
const chinese =
  /^(以上(都|皆|均|全)?(没有|沒有|不是|无|無|非|不符合|都不是)|以上皆非|都(没有|沒有|不是)|均(无|無)|无|無|没有|沒有|不知道|不清楚|说不清|說不清|不适用|不適用|拒绝回答|拒絕回答|不愿意?(回答|透露)|不願意?(回答|透露)|不便透露|不想回答)(?:$|[\s,，.。;；:：(（])/;

export function meansNone(label: string): boolean {
  const t = label.normalize('NFKC').trim();
  return english.test(t) || chinese.test(t);
}

export default defineRule({
  name: 'exclusive-none',
  diagnostics: [
    {
      code: 'SVY5014',
      name: 'none-not-exclusive',
      severity: 'warning',
      message:
        "Option '{code}' (\"{label}\") of the multi-select {where} means none / don't know, but it can be ticked together with other options. Mark it `exclusive` (and `fixed` if the list is shuffled).",
      docs: {
        summary: 'A "none of these", "don\'t know" or "prefer not to say" option of a multi-select question without `exclusive`.',
        rationale:
          'A response that ticks "none of these" and a real answer contradicts itself, and analysis has to guess which one holds; an exclusive option clears the others when chosen (QAS-99, response categories: mutually exclusive answers).',
        bad: 'multi used "您用过哪些渠道?" { app "手机应用" web "网站" none "以上都没有" }',
        good: 'multi used "您用过哪些渠道?" { app "手机应用" web "网站" none "以上都没有" exclusive }',
      },
    },
  ],
  check(ctx) {
    const s = ctx.survey;
    if (!s) return;
    // Each list once: a shared list used by several multi questions is reported at its declaration.
    const lists = new Map<ChoiceList, string>();
    for (const q of s.questions) {
      if (q.kind !== 'multi' || !q.choices) continue;
      if (!lists.has(q.choices)) lists.set(q.choices, q.choices.inline ? `'${q.id}'` : `list '${q.choices.id}' (used by '${q.id}')`);
    }
    for (const [list, where] of lists)
      for (const o of list.options) {
        const label = noneLabel(o);
        if (o.exclusive || label === undefined || !o.node.code) continue;
        const end = o.node.label?.range.end ?? o.node.code.range.end;
        ctx.report({
          code: 'SVY5014',
          file: list.file,
          range: o.node.code.range,
          args: { code: String(o.code), label, where },
          fixes: [{ title: 'Mark it `exclusive`', edits: [{ file: list.file, range: { start: end, end }, newText: ' exclusive' }] }],
        });
      }
  },
});

function noneLabel(o: Choice): string | undefined {
  return Object.values(o.label).find(meansNone);
}
