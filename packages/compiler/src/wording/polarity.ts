// Polarity of scale labels: positive (满意, agree, good), negative (不满意, disagree,
// poor), neutral (一般, neither … nor, about the same), or unknown. Neutral is tested
// first (差不多 is neutral although it contains 差; "Neither satisfied nor
// dissatisfied" is neutral), then negative (不满意 contains 满意), then positive.
import { isChinese } from './tokenize.ts';

export type Polarity = 'positive' | 'negative' | 'neutral';

const en = {
  neutral:
    /\b(neither|neutral|fair|average|about the same|the same|same as|mixed|partly|moderately|so-so|undecided|middle|in between|no difference)\b/i,
  negative:
    /\b(dis[a-z]+|un[a-z]+|not|poor|poorly|bad|badly|worse|worst|terrible|awful|never|inadequate|low|falls? short|below|less|negative|weak|difficult|hard)\b/i,
  positive:
    /\b(satisfied|agree|good|well|better|best|excellent|likely|meets?|important|easy|helpful|positive|pleased|happy|high|great|above|more|strong|very good|exceeds?|outstanding)\b/i,
};

const zh = {
  neutral: /一般|普通|中立|中等|差不多|尚可|还行|還行|不确定|不確定|说不清|說不清|无意见|無意見|既不|一样|一樣|持平|中间|中間/,
  negative: /不|没|沒|差|低|弱|难|難|坏|壞|否|欠|缺|糟/,
  positive: /满意|滿意|好|同意|赞同|贊同|可能|满足|滿足|高|强|強|优|優|容易|愿意|願意|重要|清楚|超出|超过|超過/,
};

export function polarity(label: string, lang: string): Polarity | undefined {
  const re = isChinese(lang) ? zh : lang.toLowerCase().startsWith('en') ? en : undefined;
  if (!re || !label.trim()) return undefined;
  // "Not at all likely" is the zero of a unipolar scale, not a negative pole.
  if (/not at all|毫无|毫無|完全没有|完全沒有/i.test(label)) return undefined;
  if (re.neutral.test(label)) return 'neutral';
  if (re.negative.test(label)) return 'negative';
  if (re.positive.test(label)) return 'positive';
  return undefined;
}
