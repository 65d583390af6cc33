// SVY4005: absolutes (always, never, every, 总是, 从不, 所有 …): few respondents can say
// yes to "always", so answers say more about how literally people read than about
// what they do.
import { defineRule } from '../rule.ts';
import { absolutes, findTerms, notAbsolutes, questionTexts, wordList, type WordListOptions } from '../../wording/index.ts';

export default defineRule({
  name: 'absolute-term',
  diagnostics: [
    {
      code: 'SVY4005',
      name: 'absolute-term',
      severity: 'warning',
      message:
        "'{word}' is an absolute: few respondents can agree with it literally, so answers drift to the extremes. Ask how often, or about a specific period, instead.",
      docs: {
        summary: 'Absolute words in a question: always, never, every, all, 总是, 从不, 从未, 所有, 每次, 永远.',
        rationale:
          'Absolutes push respondents to the extremes or to "no" on a technicality (QAS-99 item 3; common guidance in Krosnick & Presser 2010).',
        bad: 'yesno ontime "我们的快递总是准时送达吗?" en: "Does our courier always deliver on time?"',
        good: 'single ontime "过去 3 个月中,您的订单有几次准时送达?" en: "In the past 3 months, how many of your orders arrived on time?" from share5',
      },
    },
  ],
  check(ctx) {
    const opts = ctx.options<WordListOptions>('SVY4005', {});
    for (const site of questionTexts(ctx)) {
      const { lang, value, tokens } = site;
      const excluded = findTerms(value, tokens, lang, wordList(notAbsolutes, lang));
      for (const m of findTerms(value, tokens, lang, wordList(absolutes, lang, opts))) {
        if (excluded.some((x) => m.index < x.end && m.end > x.index)) continue;
        ctx.report({ code: 'SVY4005', file: site.file, range: site.range(m.index, m.end), args: { word: value.slice(m.index, m.end) } });
      }
    }
  },
});
