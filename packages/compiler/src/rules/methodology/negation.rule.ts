// SVY4003 (info): one negation in a yes/no question or an agree–disagree item, where
// answering "no" or "disagree" makes a double negative. SVY4004 (warning): two or more
// negations in one text (不是不满意, "not dissatisfied", "don't you never …").
import { defineRule } from '../rule.ts';
import type { Question, Scale } from '../../model.ts';
import {
  findTerms,
  isChinese,
  leading,
  negations,
  negativeWords,
  notNegations,
  wordingTexts,
  wordList,
  type Match,
  type Token,
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
    for (const site of wordingTexts(ctx)) {
      const { lang, value, tokens } = site;
      // "don't you agree", 难道您不认为 are leading questions (SVY4002), not negations to count.
      const excluded = [
        ...findTerms(value, tokens, lang, wordList(notNegations, lang)),
        ...findTerms(value, tokens, lang, wordList(leading, lang)),
      ];
      const outside = (m: Match) => !excluded.some((x) => m.index >= x.index && m.end <= x.end);
      // "satisfied or dissatisfied", "or not", 同意或不同意: the balanced alternative is not a negation.
      const alternative = (m: Match) => /(\b(or|nor)\s+|或者?|还是|還是)$/i.test(value.slice(0, m.index));
      const negs = (
        isChinese(lang) ? zhNegations(value, tokens, opts) : findTerms(value, tokens, lang, wordList(negations, lang, opts))
      ).filter((m) => outside(m) && !alternative(m));
      const negWords = findTerms(value, tokens, lang, wordList(negativeWords, lang, { words: opts.negativeWords })).filter(
        (m) => outside(m) && !alternative(m) && !negs.some((n) => m.index < n.end && m.end > n.index),
      );
      const all = [...negs, ...negWords].sort((a, b) => a.index - b.index);
      // "not unusual", 不是不满意, and also "oppose a ban", 反对禁止.
      if (all.length >= 2 && (negs.length >= 1 || negWords.length >= 2)) {
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

const zhNegChar = /[不没沒未无無非]/gu;

/**
 * Chinese negations, found by character: the segmenter keeps 不合理, 找不到 and 我不是 whole,
 * so a word list on token boundaries misses them. Words that only look negative (不同,
 * 非常, 差不多 …) and A-not-A questions (是不是, 有没有, 满意不满意) are not negations. Each
 * negation covers the listed word it belongs to (没有, 从不) or its token.
 */
function zhNegations(value: string, tokens: Token[], opts: WordListOptions): Match[] {
  // A word that only looks negative counts where it ends a token: 不同 in 不同门店, not in 不同意.
  const ends = new Set(tokens.map((t) => t.end));
  const covered = new Uint8Array(value.length);
  for (const w of wordList(notNegations, 'zh'))
    for (let at = value.indexOf(w); at >= 0; at = value.indexOf(w, at + 1)) if (ends.has(at + w.length)) covered.fill(1, at, at + w.length);
  const terms = wordList(negations, 'zh', opts);
  // the token holding each character
  const tokenAt = new Int32Array(value.length).fill(-1);
  tokens.forEach((t, k) => tokenAt.fill(k, t.index, t.end));
  const out: Match[] = [];
  for (const c of value.matchAll(zhNegChar)) {
    const i = c.index ?? 0;
    if (covered[i]) continue;
    if (i > 0 && value[i - 1] === value[i + 1]) continue;
    if (i > 1 && value.slice(i - 2, i) === value.slice(i + 1, i + 3)) continue;
    const prev = out[out.length - 1];
    if (prev && i < prev.end) continue;
    const k = tokenAt[i];
    let index = i;
    let end = i + 1;
    const term = terms
      .filter((t) => t.includes(c[0]))
      .map((t) => ({ t, at: i - t.indexOf(c[0]) }))
      .filter(({ t, at }) => at >= 0 && value.startsWith(t, at) && ends.has(at + t.length) && !(prev && at < prev.end))
      .sort((a, b) => b.t.length - a.t.length)[0];
    if (term) [index, end] = [term.at, term.at + term.t.length];
    else if (k >= 0 && tokens[k].index === i && tokens[k].text.length <= 4 && !zhNegChar.test(tokens[k].text.slice(1))) end = tokens[k].end;
    zhNegChar.lastIndex = 0;
    out.push({ term: value.slice(index, end), index, end, first: k, last: k });
  }
  for (const m of findTerms(value, tokens, 'zh', Array.isArray(opts.words) ? opts.words : (opts.words?.zh ?? [])))
    if (!out.some((o) => m.index < o.end && m.end > o.index)) out.push(m);
  return out.sort((a, b) => a.index - b.index);
}

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

function isAgreement(scale: Scale): boolean {
  return scale.points.some((p) => Object.values(p.label).some((l) => /agree|同意|贊同|赞同|認同|认同/i.test(l)));
}
