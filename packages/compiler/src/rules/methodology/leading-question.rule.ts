// SVY4002: leading or loaded wording: a question that suggests its answer ("don't you
// agree", 难道), appeals to what others think ("most customers", 大多数家长), takes a
// liking for granted ("How much did you enjoy …", 您有多喜欢), praises what it asks
// about (excellent, 一流, "our friendly staff", 我们专业的团队), carries a loaded
// judgement ("wasting money", "so-called"), or asks agreement that something is good
// (您是否同意…很好). Praise words in a balanced list of answers ("excellent, good,
// fair or poor") are not leading.
import { defineRule } from '../rule.ts';
import {
  crowd,
  findTerms,
  isChinese,
  leading,
  loaded,
  praise,
  premises,
  wordingTexts,
  selfPraise,
  selfPraiseCompounds,
  wordList,
  type Token,
  type WordListOptions,
} from '../../wording/index.ts';

const zhAgree = ['同意', '认同', '認同', '赞同', '贊同'];
const zhGood = ['很好', '非常好', '好', '很棒', '满意', '滿意', '不错', '不錯', '优秀', '優秀', '出色'];
/** The negative end of a scale named in the question: the praise word is one of the answers offered. */
const enNegativeAnchor = /\b(poor|bad|terrible|awful|fair|below average)\b/i;
const zhNegativeAnchor = /差|不好|糟|不满意|不滿意/;
/** Liking offered together with its opposite: "like or dislike", 喜欢还是不喜欢. */
const enBothWays = /\bdislike|\bor not\b|\bif at all\b/i;
const zhBothWays = /不喜欢|不喜歡|还是不|還是不|是否喜欢|是否喜歡/;
const zhRewards = /(奖励|獎勵|表彰|评选|評選|选拔|選拔|评为|評為)$/u;
const enRewards = /\b(reward|rewards|rewarding|recognise|recognize|recognises|recognizes)\s+$/i;
const zhSelf = /(我们|我們|我司|本店|本公司|本院|本酒店|本平台|本行|本校)的?/gu;
const enMost = ['most', 'the majority of', 'nearly all', 'most of our', 'most of the', 'the majority of our'];
const zhMost = /(绝大多数|絕大多數|大多数|大多數|大部分|多数|多數)(的)?/gu;

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
          'Leading or loaded wording: "don\'t you agree", "wouldn\'t you say", appeals to others ("most customers", 大多数家长), premises ("How much did you enjoy …", 您有多喜欢), praise (excellent, 一流, "our friendly staff", 我们专业的团队), loaded words ("wasting", "so-called"), 难道, 您是否同意…很好.',
        rationale:
          'Wording that signals an expected answer biases responses towards it (QAS-99 item 4a; Krosnick & Presser 2010 on leading questions and acquiescence; Bradburn, Sudman & Wansink 2004 on loaded words). Seed 002 asks interviewers to avoid leading questions. Praise words among balanced answer categories ("excellent, very good, good, fair, or poor") are not reported.',
        bad: 'rating service "您是否同意我们的服务很好?" en: "Don\'t you agree that our service is excellent?" on agree5',
        good: 'rating service "您对我们的服务满意程度如何?" en: "How satisfied or dissatisfied are you with our service?" on sat5',
      },
    },
  ],
  check(ctx) {
    const opts = ctx.options<WordListOptions & { praise?: string[] }>('SVY4002', {});
    for (const site of wordingTexts(ctx)) {
      const { lang, value, tokens } = site;
      const zh = isChinese(lang);
      const found: Array<{ index: number; end: number; why: string }> = [];
      const taken = (i: number, e: number) => found.some((p) => i < p.end && e > p.index);
      const add = (index: number, end: number, why: string) => {
        if (!taken(index, end)) found.push({ index, end, why });
      };
      for (const m of findTerms(value, tokens, lang, wordList(leading, lang, opts))) add(m.index, m.end, 'suggests the answer');
      if (!(zh ? zhBothWays : enBothWays).test(value))
        for (const m of findTerms(value, tokens, lang, wordList(premises, lang)))
          add(m.index, m.end, 'takes it for granted that the respondent likes it');
      for (const m of findTerms(value, tokens, lang, wordList(loaded, lang)))
        add(m.index, m.end, 'carries a judgement the respondent is asked to share');
      for (const [index, end] of majority(value, tokens, lang)) add(index, end, 'appeals to what others think');
      const balancedList = (zh ? zhNegativeAnchor : enNegativeAnchor).test(value);
      if (!balancedList) {
        for (const m of findTerms(value, tokens, lang, wordList(praise, lang, { words: opts.praise, ignore: opts.ignore }))) {
          // 奖励优秀表现, "reward excellent work": praise of what is rewarded, not of the object asked about.
          if ((zh ? zhRewards : enRewards).test(value.slice(Math.max(0, m.index - 12), m.index))) continue;
          add(m.index, m.end, 'praises what the question asks about');
        }
        for (const [index, end] of ownPraise(value, tokens, lang)) add(index, end, 'praises what the question asks about');
      }
      if (zh && site.role === 'question') {
        const agree = findTerms(value, tokens, lang, zhAgree)[0];
        const good = agree && findTerms(value, tokens, lang, zhGood).find((g) => g.index > agree.end);
        if (agree && good) add(agree.index, good.end, 'asks for agreement that it is good');
      }
      for (const f of found.sort((a, b) => a.index - b.index))
        ctx.report({
          code: 'SVY4002',
          file: site.file,
          range: site.range(f.index, f.end),
          args: { words: value.slice(f.index, f.end), why: f.why },
        });
    }
  },
});

/** The phrases of an appeal to the majority, per (memoised) list of people: one array, so findTerms compiles it once. */
const crowdPhrases = new WeakMap<string[], string[]>();

/** "most customers", "the majority of users", 大多数家长: ranges of an appeal to the majority. */
function majority(value: string, tokens: Token[], lang: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const people = wordList(crowd, lang);
  if (isChinese(lang)) {
    for (const m of value.matchAll(zhMost)) {
      const at = (m.index ?? 0) + m[0].length;
      const who = people.filter((p) => value.startsWith(p, at)).sort((a, b) => b.length - a.length)[0];
      if (who) out.push([m.index ?? 0, at + who.length]);
    }
    return out;
  }
  let phrases = crowdPhrases.get(people);
  if (!phrases) crowdPhrases.set(people, (phrases = enMost.flatMap((m) => people.flatMap((p) => [`${m} ${p}`, `${m} other ${p}`]))));
  for (const m of findTerms(value, tokens, lang, phrases)) out.push([m.index, m.end]);
  return out;
}

/** "our friendly staff", 我们专业的团队, 本店实惠的价格: the question praises its own offer. */
function ownPraise(value: string, tokens: Token[], lang: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const adjectives = wordList(selfPraise, lang);
  if (isChinese(lang)) {
    for (const m of value.matchAll(zhSelf)) {
      const at = (m.index ?? 0) + m[0].length;
      const adj = adjectives.filter((a) => value.startsWith(a + '的', at)).sort((a, b) => b.length - a.length)[0];
      if (adj) out.push([at, at + adj.length]);
    }
    return out;
  }
  const words = tokens.filter((t) => t.word);
  for (let k = 0; k + 2 < words.length; k++) {
    if (words[k].norm !== 'our' || !adjectives.includes(words[k + 1].norm)) continue;
    if (selfPraiseCompounds.includes(`${words[k + 1].norm} ${words[k + 2].norm}`)) continue;
    out.push([words[k + 1].index, words[k + 1].end]);
  }
  return out;
}
