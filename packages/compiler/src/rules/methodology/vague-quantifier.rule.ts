// SVY4006: vague quantifiers and time frames (often, recently, regularly, 经常, 最近,
// 偶尔 …): each respondent maps them onto a different frequency or period.
import { defineRule } from '../rule.ts';
import { findTerms, isChinese, notVague, wordingTexts, vague, wordList, type WordListOptions } from '../../wording/index.ts';

const framing = new Set(['generally', 'typically', 'normally', 'usually']);
const typical = new Set(['usually', 'normally', 'typically', 'generally', '通常', '平时', '平時', '一般']);
const amount = /\bhow\s+(many|much|long)\b|多少|几|幾|多长|多長/i;

export default defineRule({
  name: 'vague-quantifier',
  diagnostics: [
    {
      code: 'SVY4006',
      name: 'vague-quantifier',
      severity: 'warning',
      message:
        '\'{word}\' means different things to different respondents. Ask for a number or give a period, e.g. "in the past 30 days, how many times …" / "过去30天内,您……几次?"',
      docs: {
        summary: 'Vague quantifiers and time frames: often, recently, regularly, sometimes, 经常, 有时, 偶尔, 最近, 通常.',
        rationale:
          'Vague quantifiers are interpreted relative to each person\'s norm, so answers are not comparable (QAS-99 item 3a "vague"; Krosnick & Presser 2010; seed 001: "no vague terms").',
        bad: 'yesno contact "您最近联系过我们的客服吗?" en: "Have you contacted our service desk recently?"',
        good: 'yesno contact "过去 30 天内,您联系过我们的客服吗?" en: "In the past 30 days, have you contacted our service desk?"',
      },
    },
  ],
  check(ctx) {
    const opts = ctx.options<WordListOptions>('SVY4006', {});
    for (const site of wordingTexts(ctx)) {
      const { lang, value, tokens } = site;
      const excluded = findTerms(value, tokens, lang, wordList(notVague, lang));
      for (const m of findTerms(value, tokens, lang, wordList(vague, lang, opts))) {
        if (excluded.some((x) => m.index < x.end && m.end > x.index)) continue;
        const after = value.slice(m.end);
        const term = m.term.toLowerCase();
        // 最近 3 个月 / 最近30天 is a precise period; 离家最近的车站 is the nearest one.
        if (isChinese(lang) && /^(最近|近期)$/.test(m.term) && /^\s*[\d一二两兩三四五六七八九十半]/.test(after)) continue;
        if (
          isChinese(lang) &&
          m.term === '最近' &&
          (/^的?\p{Script=Han}{0,4}(站|店|医院|醫院|诊所|診所|网点|網點|超市|学校|學校|银行|銀行|药店|藥店|公园|公園|路口|城市|地方)/u.test(
            after,
          ) ||
            /(离|離|距离|距離)[^,，。?？]{0,8}$/.test(value.slice(0, m.index)))
        )
          continue;
        // "Generally, how satisfied …": a frame for the whole question, not a frequency.
        if (framing.has(term) && /^\s*,/.test(after) && !/\p{L}/u.test(value.slice(0, m.index))) continue;
        // "How many hours do you usually sleep?", 您每晚通常睡几个小时: asks for a typical amount.
        if (typical.has(term) && amount.test(value)) continue;
        ctx.report({ code: 'SVY4006', file: site.file, range: site.range(m.index, m.end), args: { word: value.slice(m.index, m.end) } });
      }
    }
  },
});
