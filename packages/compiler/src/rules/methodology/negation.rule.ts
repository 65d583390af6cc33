// SVY4003 (info): one negation in a yes/no question or an agree–disagree item, where
// answering "no" or "disagree" makes a double negative. SVY4004 (warning): two or more
// negations in one text (不是不满意, "not dissatisfied", "don't you never …").
import { defineRule } from '../rule.ts';
import type { Question, Scale } from '../../model.ts';
import {
  findTerms,
  leading,
  negations,
  negativeWords,
  notNegations,
  questionTexts,
  wordList,
  type Match,
  type WordListOptions,
} from '../../wording/index.ts';

export default defineRule({
  name: 'negation',
  diagnostics: [
    {
      code: 'SVY4003',
      name: 'negative-wording',
      severity: 'info',
      message:
        '\'{word}\' negates a {what}: answering "{answer}" makes a double negative. Ask positively (and reverse-code the item if you need a negative statement).',
      docs: {
        summary: 'A single negation (not, never, 不, 没, 未 …) in a yes/no question or an agree–disagree item.',
        rationale:
          'A "no" or "disagree" to a negative statement is a double negative that respondents misread (QAS-99 item 3c; Krosnick & Presser 2010). Only flagged where the answer format creates the double negative.',
        bad: 'yesno slow "您是否认为我们的回复不及时?" en: "Was our reply not fast enough?"',
        good: 'rating speed "您对我们回复速度的满意程度如何?" en: "How satisfied are you with how quickly we replied?" on sat5',
      },
    },
    {
      code: 'SVY4004',
      name: 'double-negative',
      severity: 'warning',
      message: "'{words}' has {count} negations in one question; respondents lose track of what yes or no means. Rephrase it positively.",
      docs: {
        summary: 'Two or more negations in one question or statement: 不是不, "not dissatisfied", "don\'t … never".',
        rationale:
          'Double negatives are a classic comprehension problem (QAS-99 item 3c; Krosnick & Presser 2010, "avoid double negatives").',
        bad: 'yesno q "您不是不满意我们的服务吗?" en: "Are you not dissatisfied with our service?"',
        good: 'rating q "您对我们服务的满意程度如何?" en: "How satisfied are you with our service?" on sat5',
      },
    },
  ],
  check(ctx) {
    // One word list for both codes, configured under SVY4004 (`words`, `ignore`, `negativeWords`).
    const opts = ctx.options<WordListOptions & { negativeWords?: string[] }>('SVY4004', {});
    for (const site of questionTexts(ctx)) {
      const { lang, value, tokens } = site;
      // "don't you agree", 难道您不认为 are leading questions (SVY4002), not negations to count.
      const excluded = [
        ...findTerms(value, tokens, lang, wordList(notNegations, lang)),
        ...findTerms(value, tokens, lang, wordList(leading, lang)),
      ];
      const outside = (m: Match) => !excluded.some((x) => m.index >= x.index && m.end <= x.end);
      const negs = findTerms(value, tokens, lang, wordList(negations, lang, opts)).filter(outside);
      const negWords = negs.length
        ? findTerms(value, tokens, lang, wordList(negativeWords, lang, { words: opts.negativeWords })).filter(outside)
        : [];
      const all = [...negs, ...negWords].sort((a, b) => a.index - b.index);
      if (all.length >= 2) {
        const first = all[0];
        const last = all[all.length - 1];
        ctx.report({
          code: 'SVY4004',
          file: site.file,
          range: site.range(first.index, last.end),
          args: { words: value.slice(first.index, last.end), count: all.length },
        });
        continue;
      }
      if (negs.length === 1) {
        const format = answerFormat(site.question, site.role);
        if (!format) continue;
        const m = negs[0];
        ctx.report({
          code: 'SVY4003',
          file: site.file,
          range: site.range(m.index, m.end),
          args: { word: value.slice(m.index, m.end), what: format.what, answer: format.answer },
        });
      }
    }
  },
});

/** Answer formats where a negation in the stem turns "no"/"disagree" into a double negative. */
function answerFormat(q: Question, role: string): { what: string; answer: string } | undefined {
  if (role === 'help') return undefined;
  if (q.kind === 'yesno' && role === 'question') return { what: 'yes/no question', answer: 'no' };
  if ((q.kind === 'rating' || q.kind === 'matrix') && q.scale && isAgreement(q.scale)) {
    if (q.kind === 'matrix' && role === 'question') return undefined;
    return { what: 'statement rated on agreement', answer: 'disagree' };
  }
  return undefined;
}

export function isAgreement(scale: Scale): boolean {
  return scale.points.some((p) => Object.values(p.label).some((l) => /agree|同意|贊同|赞同|認同|认同/i.test(l)));
}
