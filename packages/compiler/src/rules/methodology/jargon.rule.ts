// SVY4009: jargon from a configurable list (leverage, touchpoint, 赋能, 闭环, 抓手 …).
// The seeds ask for concise wording "without jargon or vague terms" (seed 001).
import { defineRule } from '../rule.ts';
import { findTerms, jargon, wordingTexts, wordList, type WordListOptions } from '../../wording/index.ts';

export default defineRule({
  name: 'jargon',
  diagnostics: [
    {
      code: 'SVY4009',
      name: 'jargon',
      severity: 'warning',
      message:
        "'{word}' is jargon that many respondents will not understand. Use everyday words (or define it in the survey's `glossary`).",
      docs: {
        summary:
          'A word from the jargon list (leverage, touchpoint, omnichannel, 赋能, 闭环, 抓手, 触点 …) in a question; the list is extendable with `words`.',
        rationale:
          'Respondents who do not know a term guess or skip (QAS-99 item 3b "technical term"; seed 001: wording must be easy to understand, without jargon).',
        bad: 'rating touch "您对我们各服务触点的体验如何?" en: "How do you rate our service touchpoints?" on sat5',
        good: 'rating touch "您对通过电话、网站和门店联系我们的体验如何?" en: "How do you rate contacting us by phone, web and in store?" on sat5',
      },
    },
  ],
  check(ctx) {
    const opts = ctx.options<WordListOptions>('SVY4009', {});
    // A glossary term defines its plural and other forms too: "touchpoint" covers "touchpoints".
    const stem = (w: string) => w.toLowerCase().replace(/(es|s|d|ed|ing)$/, '');
    const defined = new Set([...(ctx.survey?.glossary.keys() ?? [])].map(stem));
    for (const site of wordingTexts(ctx, ['question', 'row', 'help'])) {
      const { lang, value, tokens } = site;
      for (const m of findTerms(value, tokens, lang, wordList(jargon, lang, opts))) {
        const written = value.slice(m.index, m.end);
        if (defined.has(stem(m.term)) || defined.has(stem(written))) continue;
        // 打通电话: "get through on the phone", the everyday sense.
        if (m.term === '打通' && /^[了]?\p{Script=Han}{0,4}电话|^[了]?\p{Script=Han}{0,4}電話/u.test(value.slice(m.end))) continue;
        ctx.report({ code: 'SVY4009', file: site.file, range: site.range(m.index, m.end), args: { word: written } });
      }
    }
  },
});
