// SVY4006: vague quantifiers and time frames (often, recently, regularly, 经常, 最近,
// 偶尔 …): each respondent maps them onto a different frequency or period.
import { defineRule, type RuleContext } from '../rule.ts';
import { fixPerQuestion } from '../../wording/fix-per-question.ts';
import type { CodeFix, TextEdit } from '../../diagnostics/types.ts';
import type { Question } from '../../model.ts';
import {
  findTerms,
  hasTerm,
  isChinese,
  isSegmentedLanguage,
  notVague,
  partRange,
  referencePeriods,
  tokenize,
  vague,
  wordingTexts,
  wordList,
  type TextSite,
  type WordListOptions,
} from '../../wording/index.ts';

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
    // Reports wait until every text of their question is read: the quick fix rewrites all its languages at once.
    const pending: Array<{ site: TextSite; index: number; end: number }> = [];
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
        pending.push({ site, index: m.index, end: m.end });
      }
    }
    const fixFor = fixPerQuestion(pending, (q, own) => periodFix(ctx, q, own));
    for (const p of pending) {
      ctx.report({
        code: 'SVY4006',
        file: p.site.file,
        range: p.site.range(p.index, p.end),
        args: { word: p.site.value.slice(p.index, p.end) },
        fixes: p.site.role === 'question' ? fixFor(p.site.question) : undefined,
      });
    }
  },
});

/** Words of time ("recently", 最近): replaced by a period. The others are frequencies: asked as a count in a period. */
const timeWords = new Set(['recently', 'lately', '最近', '近期']);
const period = { en: 'in the past 30 days', zh: '过去30天内' };
const counts: Array<{ code: string; zh: string; en: string }> = [
  { code: 'f0', zh: '0 次', en: 'Not at all' },
  { code: 'f1', zh: '1 次', en: 'Once' },
  { code: 'f2', zh: '2–3 次', en: '2–3 times' },
  { code: 'f4', zh: '4–9 次', en: '4–9 times' },
  { code: 'f10', zh: '10 次或以上', en: '10 times or more' },
];

/**
 * The quick fix: a vague time word becomes "in the past 30 days" / 过去30天内; a vague
 * frequency (often, 经常) is taken out, the question asks about the past 30 days and
 * becomes a single choice of counts (0, 1, 2–3, 4–9, 10 or more times). Offered for
 * yes/no and rating questions.
 */
function periodFix(ctx: RuleContext, q: Question, reports: Array<{ site: TextSite; index: number; end: number }>): CodeFix[] | undefined {
  const s = ctx.survey;
  const parts = q.node.text?.parts ?? [];
  if (!s || !parts.length || !reports.length || (q.kind !== 'yesno' && q.kind !== 'rating')) return undefined;
  const first = parts.map((part) => reports.find((r) => r.site.part === part));
  const frequency = first.some((r) => r && !timeWords.has(r.site.value.slice(r.index, r.end).toLowerCase()));
  const edits: TextEdit[] = [];
  const fileText = ctx.files.get(q.file)?.text ?? '';
  for (const [k, part] of parts.entries()) {
    const r = first[k];
    const lang = part.lang ?? s.defaultLanguage;
    const zh = isChinese(lang);
    const words = zh ? period.zh : period.en;
    if (r && !frequency) {
      edits.push({ file: q.file, range: r.site.range(r.index, r.end), newText: words });
      continue;
    }
    if (r) {
      // take the word out, with one space next to it
      const v = r.site.value;
      let [a, b] = [r.index, r.end];
      if (!isSegmentedLanguage(lang)) {
        if (v[b] === ' ') b++;
        else if (v[a - 1] === ' ') a--;
      }
      edits.push({ file: q.file, range: r.site.range(a, b), newText: '' });
    }
    const value = part.value;
    if (hasTerm(value, tokenize(value, lang), lang, wordList(referencePeriods, lang))) continue;
    const lead = zh ? words + ',' : words[0].toUpperCase() + words.slice(1) + ', ';
    const startsLower = !zh && /^\p{Lu}\p{Ll}/u.test(value) && !/^I\b/.test(value);
    edits.push({
      file: q.file,
      range: partRange(fileText, part, 0, startsLower ? 1 : 0),
      newText: lead + (startsLower ? value[0].toLowerCase() : ''),
    });
  }
  if (frequency) {
    const label = (c: (typeof counts)[number]) =>
      s.languages
        .map((l, i) => {
          const t = JSON.stringify(isChinese(l) ? c.zh : c.en);
          return i === 0 ? t : `${l}: ${t}`;
        })
        .join(' ');
    const options = `{ ${counts.map((c) => `${c.code} ${label(c)}`).join(' ')} }`;
    edits.push({ file: q.file, range: q.node.kindRange, newText: 'single' });
    if (q.node.scale) {
      const on = fileText.lastIndexOf('on', q.node.scale.range.start);
      if (on < q.node.range.start) return undefined;
      edits.push({ file: q.file, range: { start: on, end: q.node.scale.range.end }, newText: options });
    } else if (q.node.text) {
      const end = q.node.text.range.end;
      edits.push({ file: q.file, range: { start: end, end }, newText: ' ' + options });
    }
  }
  return [
    {
      title: frequency ? 'Ask how many times in the past 30 days (a frequency scale)' : "Ask about 'the past 30 days'",
      edits,
    },
  ];
}
