// SVY4001: a conjunction joining two asks in one question ("How satisfied are you
// with the training and support?", 阅读并理解, 既便宜又好用). A respondent happy with one
// and not the other cannot answer. Not two asks: `or` (inclusive: "a friend or
// colleague", or a balanced alternative: "easy or difficult", 同意或不同意), fixed
// phrases and names (terms and conditions, 条款与条件, "Department of Health and Human
// Services", 人力资源和社会保障局), people (您和家人), comparisons (与竞争对手相比),
// numbers and ranges ("18 and over", 18岁及以上), opposite pairs ("strengths and
// weaknesses"), a list after "including" / 包括, and open, multiple-choice and ranking
// questions, whose answers can cover both.
import { defineRule, type RuleContext } from '../rule.ts';
import { fixPerQuestion } from '../../wording/fix-per-question.ts';
import type { CodeFix, TextEdit } from '../../diagnostics/types.ts';
import type { Question } from '../../model.ts';
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
  type TextSite,
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
    // Reports wait until every text of their question is read: the quick fix splits all its languages at once.
    const pending: Array<{ site: TextSite; index: number; end: number; left: string; right: string; split?: Split }> = [];
    for (const site of wordingTexts(ctx)) {
      const { lang, value, tokens } = site;
      const kind = site.question.kind;
      if (site.role === 'question' && (kind === 'multi' || kind === 'ranking' || kind === 'text')) continue;
      const zh = isChinese(lang);
      const report = (index: number, end: number, left: string, right: string, split?: Split) =>
        pending.push({ site, index, end, left, right, split });
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
          const split = zhSplit(tokens, m);
          report(m.index, m.end, value.slice(split.leftStart, split.leftEnd), value.slice(split.rightStart, split.rightEnd), split);
        } else {
          // "you and your family": people, not asks; "listen to you and explain" is two asks.
          if (personal.has(prev.norm) && (personal.has(next.norm) || possessive.has(next.norm))) continue;
          if (word === 'and' && tokens.slice(0, m.first).some((t) => t.norm === 'between')) continue;
          // "Think about your last visit and tell us …": an instruction, not a second ask.
          if (word === 'and' && instructionVerbs.includes(next.norm) && (!/[?？]\s*$/.test(value) || /^\s*\S+\s+(us|me)\b/i.test(after)))
            continue;
          if (balanced(prev.norm, next.norm)) continue;
          if (properName(tokens, prev, next)) continue;
          report(m.index, m.end, prev.text, next.text, enSplit(tokens, m));
        }
      }
      if (zh)
        for (const p of value.matchAll(zhPairs)) {
          const i = p.index ?? 0;
          report(i, i + p[1].length, p[1].startsWith('父') ? '父亲' : p[1][0], p[1].startsWith('父') ? '母亲' : p[1][1]);
        }
    }
    const fixFor = fixPerQuestion(pending, (q, own) => splitFix(ctx, q, own));
    for (const p of pending) {
      ctx.report({
        code: 'SVY4001',
        file: p.site.file,
        range: p.site.range(p.index, p.end),
        args: { word: p.site.value.slice(p.index, p.end), left: p.left, right: p.right },
        fixes: p.site.role === 'question' ? fixFor(p.site.question) : undefined,
      });
    }
  },
});

/** Where a double-barreled text splits, in offsets of its value: '[left] and [right]'. */
interface Split {
  leftStart: number;
  leftEnd: number;
  rightStart: number;
  rightEnd: number;
  /** Where the second question's text starts cutting (before a repeated determiner: "the course and the lectures"). */
  cutFrom?: number;
}

/**
 * The quick fix "Split into two questions": the question keeps the left part ("…with our
 * training?"), a copy after it with id `<id>_2` takes the right part ("…with our technical
 * support?"). Offered when every language of the question text splits.
 */
function splitFix(ctx: RuleContext, q: Question, reports: Array<{ site: TextSite; split?: Split }>): CodeFix[] | undefined {
  const parts = q.node.text?.parts ?? [];
  const byPart = parts.map((part) => reports.find((r) => r.site.part === part && r.split));
  if (!parts.length || byPart.some((r) => !r) || !q.node.id) return undefined;
  const fileText = ctx.files.get(q.file)?.text ?? '';
  const start = q.node.range.start;
  const keep: TextEdit[] = [];
  const cuts: Array<{ start: number; end: number; text: string }> = [];
  for (const r of byPart as Array<{ site: TextSite; split: Split }>) {
    const { site, split } = r;
    keep.push({ file: q.file, range: site.range(split.leftEnd, split.rightEnd), newText: '' });
    const cut = site.range(split.cutFrom ?? split.leftStart, split.rightStart);
    cuts.push({ start: cut.start - start, end: cut.end - start, text: '' });
  }
  let n = 2;
  while (ctx.survey?.variables.has(`${q.id}_${n}`)) n++;
  const idRange = q.node.id.range;
  cuts.push({ start: idRange.start - start, end: idRange.end - start, text: `${q.id}_${n}` });
  let copy = fileText.slice(start, q.node.range.end);
  for (const c of cuts.sort((a, b) => b.start - a.start)) copy = copy.slice(0, c.start) + c.text + copy.slice(c.end);
  const lineStart = fileText.lastIndexOf('\n', start - 1) + 1;
  const indent = /^[ \t]*/.exec(fileText.slice(lineStart))![0];
  const end = q.node.range.end;
  return [
    {
      title: `Split '${q.id}' into two questions`,
      edits: [...keep, { file: q.file, range: { start: end, end }, newText: `\n${indent}${copy}` }],
    },
  ];
}

/** Chinese: whole words on each side up to a particle (您对我们的[培训]和[技术支持]是否满意). */
function zhSplit(tokens: Token[], m: Match): Split {
  const side = (i: number, dir: 1 | -1) => {
    let k = i;
    for (let n = 0; n < 3; n++) {
      const t = tokens[k + dir];
      if (!t?.word || zhStops.has(t.text)) break;
      k += dir;
    }
    return k;
  };
  const a = side(m.first, -1);
  const b = side(m.last, +1);
  return {
    leftStart: a < m.first ? tokens[a].index : m.index,
    leftEnd: m.index,
    rightStart: m.end,
    rightEnd: b > m.last ? tokens[b].end : m.end,
  };
}

const enStops = new Set([
  'of',
  'for',
  'at',
  'in',
  'on',
  'with',
  'to',
  'from',
  'about',
  'that',
  'which',
  'who',
  'when',
  'during',
  'by',
  'you',
  'your',
  'is',
  'are',
  'was',
  'were',
]);
const determiners = new Set(['the', 'a', 'an', 'our', 'your', 'my', 'their', 'his', 'her', 'its', 'this', 'these', 'those']);
const leftStops = new Set([
  ...enStops,
  ...determiners,
  'be',
  'been',
  'how',
  'what',
  'feel',
  'find',
  'felt',
  'found',
  'seem',
  'seemed',
  'and',
  'or',
]);

/** English: the words after the conjunction up to a preposition or the end, as many before it (the [speed] and [accuracy] of …). */
function enSplit(tokens: Token[], m: Match): Split | undefined {
  const right: Token[] = [];
  for (let k = m.last + 1; k < tokens.length && right.length < 4; k++) {
    const t = tokens[k];
    if (!t.word) break;
    if (right.length && enStops.has(t.norm)) break;
    right.push(t);
  }
  const left: Token[] = [];
  const content = right.filter((t) => !determiners.has(t.norm)).length;
  for (let k = m.first - 1; k >= 0 && left.length < Math.max(1, content); k--) {
    const t = tokens[k];
    if (!t.word || leftStops.has(t.norm)) break;
    left.unshift(t);
  }
  if (!right.length || !left.length) return undefined;
  const split: Split = {
    leftStart: left[0].index,
    leftEnd: left[left.length - 1].end,
    rightStart: right[0].index,
    rightEnd: right[right.length - 1].end,
  };
  // "the course materials and the lectures": the copy keeps one determiner
  const before = tokens
    .slice(0, m.first)
    .filter((t) => t.word && t.index < left[0].index)
    .pop();
  if (determiners.has(right[0].norm) && before && determiners.has(before.norm)) split.cutFrom = before.index;
  return split;
}

/** The nearest word token before or after position `i`, within the same clause. */
function neighbour(tokens: Token[], i: number, dir: 1 | -1): Token | undefined {
  for (let k = i + dir; k >= 0 && k < tokens.length; k += dir) {
    if (tokens[k].word) return tokens[k];
    if (/[.?!;。？！；]/.test(tokens[k].text)) return undefined;
  }
  return undefined;
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
