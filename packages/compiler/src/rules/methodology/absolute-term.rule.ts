// SVY4005: absolutes (always, never, every, all, 总是, 从不, 所有, 每…都 …): few
// respondents can say yes to "always", so answers say more about how literally people
// read than about what they do. Not absolutes: "select all that apply", "at all",
// "all things considered", and "every"/每次 in a question that asks for an amount
// ("How much do you spend every week?", 您每次购物平均花费多少元?).
import { defineRule } from '../rule.ts';
import {
  absolutes,
  findTerms,
  isChinese,
  leading,
  notAbsolutes,
  wordingTexts,
  wordList,
  type WordListOptions,
} from '../../wording/index.ts';

const enAmount = /\bhow\s+(many|much|long|often)\b|\bon average\b/i;
const zhAmount = /多少|几|幾|平均|多久|多长|多長/;
/** 每位老师都, 每个人都, 每天都: "every … all" in Chinese. */
const zhEvery = /每一?(个人|個人|位|个|個|次|天|周|週|晚|月|年|名|件|项|項|种|種|家|门|門|人)(?=[^,，。?？!！;；]{0,10}?都)/gu;
const everyWords = new Set(['every', '每次', '每一次']);

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
        summary: 'Absolute words in a question: always, never, every, all, everyone, 总是, 从不, 从未, 所有, 每次, 每…都, 永远, 始终.',
        rationale:
          'Absolutes push respondents to the extremes or to "no" on a technicality (QAS-99 item 3; common guidance in Krosnick & Presser 2010). "Select all that apply", "at all", "all things considered" and "every"/每次 in a question asking for an amount are not reported.',
        bad: 'yesno ontime "我们的快递总是准时送达吗?" en: "Does our courier always deliver on time?"',
        good: 'single ontime "过去 3 个月中,您的订单有几次准时送达?" en: "In the past 3 months, how many of your orders arrived on time?" from share5',
      },
    },
  ],
  check(ctx) {
    const opts = ctx.options<WordListOptions>('SVY4005', {});
    for (const site of wordingTexts(ctx)) {
      const { lang, value, tokens } = site;
      const zh = isChinese(lang);
      // "Everyone knows …" is a leading question (SVY4002), not an absolute.
      const excluded = [
        ...findTerms(value, tokens, lang, wordList(notAbsolutes, lang)),
        ...findTerms(value, tokens, lang, wordList(leading, lang)),
      ];
      const amount = (zh ? zhAmount : enAmount).test(value);
      const found = findTerms(value, tokens, lang, wordList(absolutes, lang, opts)).map((m) => ({
        index: m.index,
        end: m.end,
        term: m.term,
      }));
      if (zh)
        for (const e of value.matchAll(zhEvery)) {
          const index = e.index ?? 0;
          if (!found.some((f) => index < f.end && index + e[0].length > f.index))
            found.push({ index, end: index + e[0].length, term: '每' });
        }
      for (const m of found.sort((a, b) => a.index - b.index)) {
        // an exclusion covers the word, unless the word is the longer phrase ("at all times" against "at all")
        if (excluded.some((x) => m.index < x.end && m.end > x.index && !(m.index <= x.index && m.end > x.end))) continue;
        if (amount && (everyWords.has(m.term.toLowerCase()) || m.term === '每')) continue;
        ctx.report({ code: 'SVY4005', file: site.file, range: site.range(m.index, m.end), args: { word: value.slice(m.index, m.end) } });
      }
    }
  },
});
