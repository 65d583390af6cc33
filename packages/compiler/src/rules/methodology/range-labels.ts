// Option labels that are only a number range ("1–5", "不满1年", "3 years or more"), read as
// intervals: Chinese 以上/以下/以内 include the number, 不满/未满/超过/少于 exclude it.
import { memoize } from '../../memo.ts';

export interface Interval {
  lo: number;
  loIn: boolean;
  hi: number;
  hiIn: boolean;
  /** A single number rather than a range. */
  point: boolean;
}

const NUM = '(\\d+(?:\\.\\d+)?)';
// Keyword alternatives, longest first within each group.
const K = {
  rangeExcl: '(?:至未满|至未滿|至不满|至不滿|到未满|到未滿|到不满|到不滿|to less than|to under|up to but not including)',
  range: '(?:–|—|-|~|～|〜|至|到|to)',
  ltPre: '(?:不满|不滿|未满|未滿|少于|少於|低于|低於|小于|小於|不足|less than|fewer than|under|below|<)',
  lePre: '(?:不超过|不超過|最多|up to|at most|no more than|≤|<=)',
  gtPre: '(?:超过|超過|多于|多於|高于|高於|大于|大於|more than|over|above|>)',
  gePre: '(?:至少|at least|≥|>=)',
  lePost: '(?:及以下|或以下|以下|以内|以內|or less|or fewer|or under|or below|and under|and below|or younger)',
  gePost: '(?:及以上|或以上|以上|or more|or over|or above|or older|and over|and above|and older|\\+)',
};

/** Parses a label that is only a number range (plus unit words); undefined otherwise. Remembered per label. */
export const parseRange = memoize(parseRangeOnce);

function parseRangeOnce(label: string): Interval | undefined {
  let t = label
    .normalize('NFKC')
    .toLowerCase()
    .replace(/(\d),(\d{3})/g, '$1$2')
    .trim();
  // Drop unit words between numbers and keywords: keep digits, keywords and separators.
  const keywords = Object.values(K)
    .map((k) => k.slice(3, -1))
    .join('|');
  const kept: string[] = [];
  const re = new RegExp(`${NUM}|between|and|${keywords}`, 'g');
  for (const m of t.matchAll(re)) kept.push(m[0]);
  // Anything else must be unit words: letters/Han without digits.
  const rest = t.replace(re, ' ');
  if (/\d/.test(rest)) return undefined;
  if (/[^\s\p{L}.%()（）/,，:：'’¥$€£]/u.test(rest)) return undefined;
  t = kept.join(' ');
  const full = (p: string) => new RegExp(`^${p}$`);
  let m: RegExpExecArray | null;
  if ((m = full(`between ${NUM} and ${NUM}`).exec(t))) return closed(+m[1], +m[2]);
  if ((m = full(`${NUM} ${K.rangeExcl} ${NUM}`).exec(t))) return { lo: +m[1], loIn: true, hi: +m[2], hiIn: false, point: false };
  if ((m = full(`${NUM} ${K.range} ${NUM}`).exec(t))) return closed(+m[1], +m[2]);
  if ((m = full(`${K.ltPre} ${NUM}`).exec(t))) return { lo: -Infinity, loIn: false, hi: +m[1], hiIn: false, point: false };
  if ((m = full(`${K.lePre} ${NUM}`).exec(t))) return { lo: -Infinity, loIn: false, hi: +m[1], hiIn: true, point: false };
  if ((m = full(`${K.gtPre} ${NUM}`).exec(t))) return { lo: +m[1], loIn: false, hi: Infinity, hiIn: false, point: false };
  if ((m = full(`${K.gePre} ${NUM}`).exec(t))) return { lo: +m[1], loIn: true, hi: Infinity, hiIn: false, point: false };
  if ((m = full(`${NUM} ${K.lePost}`).exec(t))) return { lo: -Infinity, loIn: false, hi: +m[1], hiIn: true, point: false };
  if ((m = full(`${NUM} ${K.gePost}`).exec(t))) return { lo: +m[1], loIn: true, hi: Infinity, hiIn: false, point: false };
  if ((m = full(NUM).exec(t))) return { lo: +m[1], loIn: true, hi: +m[1], hiIn: true, point: true };
  return undefined;
}

function closed(a: number, b: number): Interval {
  return { lo: Math.min(a, b), loIn: true, hi: Math.max(a, b), hiIn: true, point: false };
}
