// SVY4007: a question about behaviour (use, buy, contact; 使用, 购买, 联系 …) without a
// reference period: "Have you used our app?" — ever? this week? Checked on choice,
// yes/no and number questions, where the answer is a count or a fact; ratings ask
// for opinions, which need no period.
import { defineRule } from '../rule.ts';
import {
  behaviourVerbs,
  findTerms,
  hasTerm,
  isChinese,
  wordingTexts,
  referencePeriods,
  wordList,
  type WordListOptions,
} from '../../wording/index.ts';

const kinds = new Set(['single', 'multi', 'ranking', 'number', 'yesno']);
const enPeriod =
  /\b(past|last|previous|within|next)\s+(\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|few|several)\s+(days?|weeks?|months?|years?|quarters?|terms?|visits?|orders?)\b/i;
const zhPeriod =
  /(近|过去|過去|最近|这|這|前)\s*[\d一二两兩三四五六七八九十半]+\s*(天|日|周|週|星期|个月|個月|月|年|季度|次)|[\d一二两兩三四五六七八九十半]+\s*(天|日|周|週|星期|个月|個月|月|年)(内|內|中|里|裡|以来|以來)/;

export default defineRule({
  name: 'reference-period',
  diagnostics: [
    {
      code: 'SVY4007',
      name: 'missing-reference-period',
      severity: 'warning',
      message:
        '\'{verb}\' asks about behaviour without a reference period. Say when: "in the past 30 days" / "过去30天内" (or "currently" / "目前").',
      docs: {
        summary:
          'A behaviour question (use, buy, visit, contact; 使用, 购买, 联系 …) with no reference period such as "in the past 30 days" / 过去30天.',
        rationale:
          'Without a period respondents pick their own (ever, lately, this year), so counts are not comparable (QAS-99 item 3a "reference period missing"; Krosnick & Presser 2010).',
        bad: 'multi used "您使用过我们的哪些服务?" en: "Which of our services have you used?" from services',
        good: 'multi used "过去 12 个月中,您使用过我们的哪些服务?" en: "In the past 12 months, which of our services have you used?" from services',
      },
    },
  ],
  check(ctx) {
    const opts = ctx.options<WordListOptions & { periods?: string[] }>('SVY4007', {});
    for (const site of wordingTexts(ctx, ['question'])) {
      if (!kinds.has(site.question.kind)) continue;
      const { lang, value, tokens } = site;
      const verb = findTerms(value, tokens, lang, wordList(behaviourVerbs, lang, opts))[0];
      if (!verb) continue;
      if (hasTerm(value, tokens, lang, wordList(referencePeriods, lang, { words: opts.periods }))) continue;
      if ((isChinese(lang) ? zhPeriod : enPeriod).test(value)) continue;
      ctx.report({
        code: 'SVY4007',
        file: site.file,
        range: site.range(verb.index, verb.end),
        args: { verb: value.slice(verb.index, verb.end) },
      });
    }
  },
});
