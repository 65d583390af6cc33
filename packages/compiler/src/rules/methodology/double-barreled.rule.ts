// SVY4001: a conjunction joining two asks in one question ("How satisfied are you
// with the training and support?", 阅读并理解, 既便宜又好用). A respondent happy with one
// and not the other cannot answer. Not two asks: `or` (inclusive: "a friend or
// colleague", or a balanced alternative: "easy or difficult", 同意或不同意), fixed
// phrases and names (terms and conditions, 条款与条件, "Department of Health and Human
// Services", 人力资源和社会保障局), people (您和家人), comparisons (与竞争对手相比),
// numbers and ranges ("18 and over", 18岁及以上), opposite pairs ("strengths and
// weaknesses"), a list after "including" / 包括, and open, multiple-choice and ranking
// questions, whose answers can cover both.
import { defineRule } from '../rule.ts';
import {
  conjunctions,
  findTerms,
  fixedPhrases,
  inclusionMarkers,
  instructionVerbs,
  isChinese,
  pronouns,
  wordingTexts,
  wordList,
  zhWithFrames,
  type Match,
  type Token,
  type WordListOptions,
} from '../../wording/index.ts';

const orWords = new Set(['or', '或', '或者', '或是']);
const withWords = new Set(['和', '与', '與', '跟']);
const nameWords = new Set(['和', '与', '與', '及', '以及']);
const personal = new Set(['you', 'i', 'we', 'they', 'he', 'she', 'me', 'us', 'them', 'him']);
const possessive = new Set(['your', 'our', 'my', 'their', 'his', 'her']);
/** The end of an institution's name after 和/与: 人力资源和社会保障局, 国家发展和改革委员会. */
const zhInstitution =
  /^\p{Script=Han}{1,10}?(部门|(?<![全内外顶底头面背腰腿胸腹东西南北中细])部|(?<![布格结])局|厅|廳|委员会|委員會|署|学院|學院|研究院|协会|協會|基金会|基金會)/u;
/** Nouns naming two people: 您父母的文化程度 asks about two people at once. */
const zhPairs = /(父母亲|父母親|父母|爸妈|爸媽|双亲|雙親)的/gu;
/** Chinese words that end the phrase on either side of a conjunction (for the message). */
const zhStops = new Set([
  '的',
  '对',
  '對',
  '对于',
  '對於',
  '您',
  '你',
  '是否',
  '吗',
  '嗎',
  '了',
  '在',
  '是',
  '都',
  '很',
  '认为',
  '認為',
  '觉得',
  '覺得',
  '满意',
  '滿意',
  '如何',
  '评价',
  '評價',
]);

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
        summary:
          'A question that asks about two things at once, joined by and (和, 及, 以及, 与, 并, 并且, 且, 又, 而且 …). `or` is not reported: it is inclusive ("a friend or colleague") or a balanced alternative ("easy or difficult", 同意或不同意).',
        rationale:
          'Double-barreled questions force one answer for two objects; the answer cannot be interpreted (QAS-99 item 3b; Krosnick & Presser 2010, "avoid double-barreled questions"). The seed 004 questionnaire asks about "培训和技术支持" in one item. Fixed phrases and names (terms and conditions, 条款与条件, 人力资源和社会保障局), opposite pairs (strengths and weaknesses), ranges (18 and over, 18岁及以上) and open, multiple-choice and ranking questions are not reported. The quick fix splits the question into two.',
        bad: 'rating support "您对我们的培训和技术支持是否满意?" en: "How satisfied are you with our training and technical support?" on sat5',
        good: 'rating training "您对我们的培训是否满意?" en: "How satisfied are you with our training?" on sat5\nrating tech "您对我们的技术支持是否满意?" en: "How satisfied are you with our technical support?" on sat5',
      },
    },
  ],
  check(ctx) {
    const opts = ctx.options<WordListOptions & { phrases?: string[] }>('SVY4001', {});
    for (const site of wordingTexts(ctx)) {
      const { lang, value, tokens } = site;
      const kind = site.question.kind;
      if (site.role === 'question' && (kind === 'multi' || kind === 'ranking' || kind === 'text')) continue;
      const zh = isChinese(lang);
      const report = (index: number, end: number, left: string, right: string) =>
        ctx.report({
          code: 'SVY4001',
          file: site.file,
          range: site.range(index, end),
          args: { word: value.slice(index, end), left, right },
        });
      const fixed = findTerms(value, tokens, lang, wordList(fixedPhrases, lang, { words: opts.phrases }));
      const inFixed = (m: Match) => fixed.some((f) => m.index >= f.index && m.end <= f.end);
      const inclusions = findTerms(value, tokens, lang, wordList(inclusionMarkers, lang));
      const people = wordList(pronouns, lang);
      for (const m of findTerms(value, tokens, lang, wordList(conjunctions, lang, opts))) {
        const word = m.term.toLowerCase();
        if (orWords.has(word) || inFixed(m)) continue;
        // "including reading, assignments and revision": a list that sets the scope, not two asks.
        if (inclusions.some((x) => x.end <= m.index && !/[.?!;。？！；]/.test(value.slice(x.end, m.index)))) continue;
        const prev = neighbour(tokens, m.first, -1);
        const next = neighbour(tokens, m.last, +1);
        if (!prev || !next) continue;
        if (/^\p{N}+$/u.test(prev.text) || /^\p{N}+$/u.test(next.text)) continue;
        const before = value.slice(0, m.index);
        const after = value.slice(m.end);
        if (zh) {
          if (people.includes(prev.norm) || people.includes(next.norm)) continue;
          if (withWords.has(word) && zhWithFrames.some((f) => value.includes(f))) continue;
          if (next.text.startsWith('其他') || next.text.startsWith('其它')) continue;
          if (nameWords.has(word) && zhInstitution.test(after)) continue;
          // 满意和不满意, 最满意和最不满意: one question with its opposite.
          const opposite = /^最?[不没沒]/.exec(after);
          if (opposite && before.replace(/最/g, '').endsWith(after.slice(opposite[0].length, opposite[0].length + 2))) continue;
          // 并不 / 并没有 is an emphatic negation; 又一次, 又是 mean "again".
          if ((word === '并' || word === '並') && /^[不没沒非无無未]/.test(after)) continue;
          if (word === '又' && /^[一再是来來要]/.test(after)) continue;
          if (word === '且' && /^[慢]/.test(after)) continue;
          report(m.index, m.end, zhPhrase(tokens, m.first, -1), zhPhrase(tokens, m.last, +1));
        } else {
          // "you and your family": people, not asks; "listen to you and explain" is two asks.
          if (personal.has(prev.norm) && (personal.has(next.norm) || possessive.has(next.norm))) continue;
          if (word === 'and' && tokens.slice(0, m.first).some((t) => t.norm === 'between')) continue;
          // "Think about your last visit and tell us …": an instruction, not a second ask.
          if (word === 'and' && instructionVerbs.includes(next.norm) && (!/[?？]\s*$/.test(value) || /^\s*\S+\s+(us|me)\b/i.test(after)))
            continue;
          if (balanced(prev.norm, next.norm)) continue;
          if (properName(tokens, prev, next)) continue;
          report(m.index, m.end, prev.text, next.text);
        }
      }
      if (zh)
        for (const p of value.matchAll(zhPairs)) {
          const i = p.index ?? 0;
          report(i, i + p[1].length, p[1].startsWith('父') ? '父亲' : p[1][0], p[1].startsWith('父') ? '母亲' : p[1][1]);
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

/** The Chinese phrase next to a conjunction, whole words up to a particle or punctuation (培训 … 技术支持). */
function zhPhrase(tokens: Token[], i: number, dir: 1 | -1): string {
  const parts: string[] = [];
  for (let k = i + dir; k >= 0 && k < tokens.length && parts.length < 3; k += dir) {
    const t = tokens[k];
    if (!t.word || zhStops.has(t.text)) break;
    parts.push(t.text);
  }
  if (!parts.length) return neighbour(tokens, i, dir)?.text ?? '';
  return (dir < 0 ? parts.reverse() : parts).join('');
}

/** "agree or disagree", "satisfied or not", "satisfaction and dissatisfaction": one question with its balanced alternative. */
function balanced(a: string, b: string): boolean {
  if (b === 'not' || b === 'no' || b === "don't" || b === "didn't" || b === "doesn't" || b === 'neither') return true;
  return ['dis', 'un', 'in', 'im', 'non', 'ir', 'il'].some((p) => b === p + a || a === p + b);
}

/** "Marks and Spencer", "Department of Health and Human Services": capitalised words on both sides, not at a sentence start. */
function properName(tokens: Token[], prev: Token, next: Token): boolean {
  const cap = (t: Token) => /^\p{Lu}\p{Ll}/u.test(t.text);
  if (!cap(prev) || !cap(next)) return false;
  const k = tokens.indexOf(prev);
  const before = tokens.slice(0, k).filter((t) => t.word || /[.?!:;]/.test(t.text));
  const last = before[before.length - 1];
  return !!last && last.word;
}
