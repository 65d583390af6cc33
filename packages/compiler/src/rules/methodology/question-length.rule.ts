// SVY3003: a question (or matrix row) too long to read at a glance: more than 25 words
// in English (and other space-separated languages) or 40 characters in Chinese
// (Han characters, each Latin word or number counting as one; punctuation not
// counted). The range covers the words beyond the limit.
import { defineRule } from '../rule.ts';
import { isSegmentedLanguage, questionTexts } from '../../wording/index.ts';

const unit = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]|[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;
const word = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

export default defineRule({
  name: 'question-length',
  diagnostics: [
    {
      code: 'SVY3003',
      name: 'question-too-long',
      severity: 'warning',
      message: 'This {what} has {count} {units} (limit {limit}). Shorten it: move explanations to `help`, or split it into two questions.',
      docs: {
        summary:
          'A question or row text over the length limit: 25 words (English) or 40 characters (Chinese) by default; `maxWords` and `maxChars` set the limits.',
        rationale:
          'Long questions are skimmed and misread, most of all on phones (QAS-99 item 3 "too long"; Krosnick & Presser 2010: keep questions short and simple).',
        bad: 'rating q "考虑到您在过去一年中与我们的销售人员、客服人员以及技术支持人员打交道的全部经历,您对我们公司提供的整体服务质量的满意程度如何?" on sat5',
        good: 'rating q "过去一年中,您对我们的整体服务质量满意吗?" help "包括销售、客服和技术支持" on sat5',
      },
    },
  ],
  check(ctx) {
    const opts = ctx.options('SVY3003', { maxWords: 25, maxChars: 40 });
    for (const site of questionTexts(ctx)) {
      // Over the literal limit it is already an error (SVY2044), and the site holds only its start.
      if (site.part.value.length !== site.value.length) continue;
      const cjk = isSegmentedLanguage(site.lang);
      const limit = cjk ? opts.maxChars : opts.maxWords;
      // Most texts are short: a unit takes at least one character, and two words at least one
      // between them, so a text this short cannot be over the limit (no match list made).
      if ((cjk ? site.value.length : (site.value.length + 1) >> 1) <= limit) continue;
      const units = [...site.value.matchAll(cjk ? unit : word)];
      if (units.length <= limit) continue;
      const from = units[limit].index ?? 0;
      ctx.report({
        code: 'SVY3003',
        file: site.file,
        range: site.range(from, site.value.length),
        args: { what: site.role === 'row' ? 'row' : 'question', count: units.length, units: cjk ? 'characters' : 'words', limit },
      });
    }
  },
});
