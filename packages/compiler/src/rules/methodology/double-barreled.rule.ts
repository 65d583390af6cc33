// SVY4001: a conjunction joining two asks in one question ("How satisfied are you
// with the training and support?"). A respondent happy with one and not the other
// cannot answer. Fixed phrases, people (您和家人), comparisons (与竞争对手相比),
// numbers ("2 or 3 times") and balanced alternatives ("agree or disagree") are not
// two asks; neither is `or` in a single-choice question, whose options are the answer,
// nor a list after "including" / 包括, which sets the scope of one ask.
import { defineRule } from '../rule.ts';
import {
  conjunctions,
  findTerms,
  fixedPhrases,
  inclusionMarkers,
  instructionVerbs,
  isChinese,
  pronouns,
  questionTexts,
  wordList,
  zhWithFrames,
  type Match,
  type Token,
  type WordListOptions,
} from '../../wording/index.ts';

const orWords = new Set(['or', '或', '或者', '或是']);
const withWords = new Set(['和', '与', '與', '跟']);

export default defineRule({
  name: 'double-barreled',
  diagnostics: [
    {
      code: 'SVY4001',
      name: 'double-barreled',
      severity: 'warning',
      message:
        "'{word}' joins two asks ('{left}' … '{right}'): a respondent who feels differently about each cannot answer. Ask about each in its own question (or add the phrase to `phrases` for this rule in survey.config.json if it names one thing).",
      docs: {
        summary: 'A question that asks about two things at once, joined by and/or (和, 及, 以及, 与, 或, 并且 …).',
        rationale:
          'Double-barreled questions force one answer for two objects; the answer cannot be interpreted (QAS-99 item 3b; Krosnick & Presser 2010, "avoid double-barreled questions"). The seed 004 questionnaire asks about "培训和技术支持" in one item.',
        bad: 'rating support "您对我们的培训和技术支持是否满意?" en: "How satisfied are you with our training and technical support?" on sat5',
        good: 'rating training "您对我们的培训是否满意?" en: "How satisfied are you with our training?" on sat5\nrating tech "您对我们的技术支持是否满意?" en: "How satisfied are you with our technical support?" on sat5',
      },
    },
  ],
  check(ctx) {
    const opts = ctx.options<WordListOptions & { phrases?: string[] }>('SVY4001', {});
    for (const site of questionTexts(ctx)) {
      const { lang, value, tokens } = site;
      if (site.role === 'question' && (site.question.kind === 'multi' || site.question.kind === 'ranking')) continue;
      const fixed = findTerms(value, tokens, lang, wordList(fixedPhrases, lang, { words: opts.phrases }));
      const inFixed = (m: Match) => fixed.some((f) => m.index >= f.index && m.end <= f.end);
      const inclusions = findTerms(value, tokens, lang, wordList(inclusionMarkers, lang));
      for (const m of findTerms(value, tokens, lang, wordList(conjunctions, lang, opts))) {
        if (inFixed(m)) continue;
        // "including reading, assignments and revision": a list that sets the scope, not two asks.
        if (inclusions.some((x) => x.end <= m.index && !/[.?!;。？！；]/.test(value.slice(x.end, m.index)))) continue;
        const prev = neighbour(tokens, m.first, -1);
        const next = neighbour(tokens, m.last, +1);
        if (!prev || !next) continue;
        const word = m.term.toLowerCase();
        const people = wordList(pronouns, lang);
        if (people.includes(prev.norm) || people.includes(next.norm)) continue;
        if (/^\p{N}+$/u.test(prev.text) || /^\p{N}+$/u.test(next.text)) continue;
        if (orWords.has(word) && site.role === 'question' && site.question.kind === 'single') continue;
        if (isChinese(lang)) {
          if (withWords.has(word) && zhWithFrames.some((f) => value.includes(f))) continue;
          if (next.text.startsWith('其他') || next.text.startsWith('其它')) continue;
        } else {
          if (word === 'and' && tokens.slice(0, m.first).some((t) => t.norm === 'between')) continue;
          if (word === 'and' && instructionVerbs.includes(next.norm)) continue;
          if (word === 'or' && balanced(prev.norm, next.norm)) continue;
        }
        ctx.report({
          code: 'SVY4001',
          file: site.file,
          range: site.range(m.index, m.end),
          args: { word: value.slice(m.index, m.end), left: prev.text, right: next.text },
        });
      }
    }
  },
});

/** The nearest word token before or after position `i`, within the same clause. */
function neighbour(tokens: Token[], i: number, dir: 1 | -1): Token | undefined {
  for (let k = i + dir; k >= 0 && k < tokens.length; k += dir) {
    if (tokens[k].word) return tokens[k];
    if (/[.?!;。？！；]/.test(tokens[k].text)) return undefined;
  }
  return undefined;
}

/** "agree or disagree", "satisfied or not", "likely or unlikely": one question with its balanced alternative. */
function balanced(a: string, b: string): boolean {
  if (b === 'not' || b === 'no' || b === "don't" || b === "didn't" || b === "doesn't" || b === 'neither') return true;
  return ['dis', 'un', 'in', 'im', 'non', 'ir', 'il'].some((p) => b === p + a || a === p + b);
}
