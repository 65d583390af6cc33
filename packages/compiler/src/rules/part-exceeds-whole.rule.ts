// SVY2187: a count asked as a part of an earlier total ("其中 18 岁以下的有几人?",
// "Of these, how many were late?") whose bounds let it exceed that total, with no
// `check` between the two. The form then accepts 5 children in a household of 3, and
// every share computed from the pair (late orders / orders) can pass 100%.
import { defineRule } from './rule.ts';
import { addCheckFix, bounds, checked } from './check-pair.ts';
import { isRow, type Question } from '../model.ts';

// Wording that makes a number a part of the total asked just before: at the start of the
// text in Chinese (其中, 当中, 这些…中), anywhere as an English phrase.
const partChinese =
  /^[\s"“「]*(其中|当中|當中|这其中|這其中|在这些|在這些|这些[^\s,，。?？]{0,8}中|這些[^\s,，。?？]{0,8}中|他们中|她们中|他們中|她們中)/;
const partEnglish =
  /\b(of (them|these|those|whom|which|this number|that number|the above)|among (them|these|those)|how many of (them|these|those|the above))\b|\b(?:of|among) (?:the|your|these|those) \{[\w.]+\}/i;
// A piped total anywhere in a Chinese text: "在您的{orders}个订单中".
const pipedChinese = /\{[\w.]+\}[^\s,，。?？{}]{0,8}中/;

/** The words that make the question a part of a total ("其中", "Of these"), or undefined when none do. */
function partPhrase(q: Question): string | undefined {
  for (const t of Object.values(q.text)) {
    const phrase = textPartPhrase(t);
    if (phrase !== undefined) return phrase;
  }
  return undefined;
}

/** The part-of-a-total words of one text, or undefined (also read by incremental/text-rules.ts). */
export function textPartPhrase(t: string): string | undefined {
  const zh = partChinese.exec(t.normalize('NFKC'));
  if (zh) return zh[1]!;
  const en = partEnglish.exec(t) ?? pipedChinese.exec(t);
  if (en) return en[1] ?? en[0];
  return undefined;
}

export default defineRule({
  name: 'part-exceeds-whole',
  diagnostics: [
    {
      code: 'SVY2187',
      name: 'part-exceeds-whole',
      severity: 'warning',
      message: {
        bounded:
          "'{id}' asks for a part of '{whole}' (\"{phrase}\"), but nothing stops it from being larger: '{id}' goes up to {partMax} and '{whole}' can be as small as {wholeMin}. Add `check {id} <= {whole}` with a message, or word '{id}' as a count of its own.",
        open: "'{id}' asks for a part of '{whole}' (\"{phrase}\"), but nothing stops it from being larger: their ranges overlap without limit. Add `check {id} <= {whole}` with a message, or word '{id}' as a count of its own.",
      },
      docs: {
        summary:
          'A number asked as a part of the total just before it ("其中…有几人", "of these, how many") whose range allows more than the total, with no `check` comparing the two.',
        rationale:
          'Without the check the form accepts a part larger than its whole (5 children in a household of 3); shares computed from the pair then pass 100%, and the error is found only in analysis, when the respondent can no longer be asked. Survey platforms validate such pairs with a cross-field constraint.',
        bad: 'number household "您家共有几口人?" en: "How many people live in your household?" min 1 max 20 integer\nnumber children "其中 18 岁以下的有几人?" en: "Of them, how many are under 18?" min 0 max 20 integer',
        good: 'number household "您家共有几口人?" en: "How many people live in your household?" min 1 max 20 integer\nnumber children "其中 18 岁以下的有几人?" en: "Of them, how many are under 18?" min 0 max 20 integer\ncheck children <= household "18 岁以下的人数不能超过家庭总人数。" en: "The number under 18 cannot be more than the household size."',
      },
    },
  ],
  check(ctx) {
    const s = ctx.survey;
    if (!s) return;
    // The total a part refers to: a number it pipes ("Of your {orders} orders…"), else the
    // nearest number before it that is not itself a part (adults and children of one household).
    let lastTotal: Question | undefined;
    for (const q of s.questions) {
      if (q.kind !== 'number') continue;
      const phrase = partPhrase(q);
      if (phrase === undefined) {
        lastTotal = q;
        continue;
      }
      const piped = q.pipes.map((id) => s.variables.get(id)).find((v): v is Question => !!v && !isRow(v) && v.kind === 'number');
      const whole = piped ?? lastTotal;
      if (!whole || whole.roster !== q.roster) continue;
      const range = bounds(q);
      const total = bounds(whole);
      // Bounds alone keep the part within the total: nothing to check.
      if (range.max <= total.min || checked(s, q.id, whole.id)) continue;
      const text = ctx.files.get(q.file)?.text;
      const fix =
        text && !q.roster
          ? addCheckFix(s, q, text, `${q.id} <= ${whole.id}`, {
              zh: '这个数不能超过前面填写的总数。',
              en: 'This number cannot be more than the total you gave before.',
            })
          : undefined;
      ctx.report({
        code: 'SVY2187',
        file: q.file,
        range: q.node.id?.range ?? q.node.range,
        ...(Number.isFinite(range.max) && Number.isFinite(total.min)
          ? {
              messageId: 'bounded' as const,
              args: { id: q.id, whole: whole.id, phrase, partMax: range.max, wholeMin: total.min },
            }
          : { messageId: 'open' as const, args: { id: q.id, whole: whole.id, phrase } }),
        fixes: fix ? [fix] : undefined,
      });
    }
  },
});
