// SVY4002: leading or loaded wording: a question that suggests its answer ("don't you
// agree", 难道), appeals to what others think ("most customers", 大多数客户), praises
// what it asks about (excellent, 一流), or asks agreement that something is good
// (您是否同意…很好).
import { defineRule } from '../rule.ts';
import { findTerms, isChinese, leading, praise, questionTexts, wordList, type WordListOptions } from '../../wording/index.ts';

const zhAgree = ['同意', '认同', '認同', '赞同', '贊同'];
const zhGood = ['很好', '非常好', '好', '很棒', '满意', '滿意', '不错', '不錯', '优秀', '優秀', '出色'];

export default defineRule({
  name: 'leading-question',
  diagnostics: [
    {
      code: 'SVY4002',
      name: 'leading-question',
      severity: 'warning',
      message:
        '\'{words}\' {why}. Ask neutrally: name the object and offer the full range of answers, e.g. "How satisfied or dissatisfied are you with …?" / "您对……的满意程度如何?"',
      docs: {
        summary:
          'Leading or loaded wording: "don\'t you agree", "wouldn\'t you say", appeals to others ("most customers"), praise words (excellent, 一流), 难道, 您是否同意…很好.',
        rationale:
          'Wording that signals an expected answer biases responses towards it (QAS-99 item 4a; Krosnick & Presser 2010 on leading questions and acquiescence). Seed 002 asks interviewers to avoid leading questions.',
        bad: 'rating service "您是否同意我们的服务很好?" en: "Don\'t you agree that our service is excellent?" on agree5',
        good: 'rating service "您对我们的服务满意程度如何?" en: "How satisfied or dissatisfied are you with our service?" on sat5',
      },
    },
  ],
  check(ctx) {
    const opts = ctx.options<WordListOptions & { praise?: string[] }>('SVY4002', {});
    for (const site of questionTexts(ctx)) {
      const { lang, value, tokens } = site;
      const report = (index: number, end: number, why: string) =>
        ctx.report({ code: 'SVY4002', file: site.file, range: site.range(index, end), args: { words: value.slice(index, end), why } });
      const phrases = findTerms(value, tokens, lang, wordList(leading, lang, opts));
      for (const m of phrases) report(m.index, m.end, 'suggests the answer');
      const taken = (i: number, e: number) => phrases.some((p) => i < p.end && e > p.index);
      for (const m of findTerms(value, tokens, lang, wordList(praise, lang, { words: opts.praise, ignore: opts.ignore }))) {
        if (!taken(m.index, m.end)) report(m.index, m.end, 'praises what the question asks about');
      }
      if (isChinese(lang) && site.role === 'question') {
        const agree = findTerms(value, tokens, lang, zhAgree)[0];
        const good = agree && findTerms(value, tokens, lang, zhGood).find((g) => g.index > agree.end);
        if (agree && good && !taken(agree.index, good.end)) report(agree.index, good.end, 'asks for agreement that it is good');
      }
    }
  },
});
