// Option labels that name a point on an ordered dimension, with their place on it: how
// often (per year: 从不 … 每天, never … every day) and how much of the time (从不 … 总是,
// never … always). Whole labels only, so "每周一次以上的会议" or "总是如此吗" are not read;
// near-synonyms share a place ("很少"/"rarely"), so their order is never judged.
type OrdinalKind = 'period' | 'adverb';

export interface OrdinalPlace {
  kind: OrdinalKind | 'both';
  rank: number;
}

const PERIOD: Array<[RegExp, number]> = [
  [/^(从不|从来不|从未|从来没有|從不|從未|never)$/, 0],
  [/^(不到一年一次|少于一年一次|less than once a year|less often than once a year)$/, 0.5],
  [/^(每年(一次|1次)?|一年一次|每年一两次|once a year|yearly|annually|every year|once or twice a year)$/, 1],
  [/^(每年(几|数|多)次|一年几次|several times a year|a few times a year)$/, 5],
  [/^(每季度(一次|1次)?|每个季度|once a quarter|quarterly|every three months)$/, 4],
  [/^(每月(一次|1次)?|每个月(一次)?|一个月一次|once a month|monthly|every month)$/, 12],
  [/^(每月(几|数|多)次|一个月几次|several times a month|a few times a month)$/, 30],
  [/^(每周(一次|1次)?|每星期(一次)?|每个星期|一周一次|once a week|weekly|every week)$/, 52],
  [/^(每周(几|数|多)次|一周几次|several times a week|a few times a week)$/, 150],
  [/^(几乎每天|差不多每天|almost every day|nearly every day)$/, 300],
  [/^(每天|每日|天天|每天都|every day|daily|each day)$/, 365],
  [/^(每天(几|数|多)次|一天几次|several times a day|a few times a day)$/, 1000],
];

const ADVERB: Array<[RegExp, number]> = [
  [/^(从不|从来不|从未|從不|never)$/, 0],
  [/^(很少|极少|几乎从不|rarely|seldom|hardly ever|almost never)$/, 1],
  [/^(有时|有时候|偶尔|偶爾|有時|sometimes|occasionally)$/, 2],
  [/^(经常|常常|时常|經常|often|frequently)$/, 3],
  [/^(大多数时候|大部分时候|通常|usually|most of the time|mostly)$/, 3.5],
  [/^(总是|一直|每次都|總是|always|all the time|every time)$/, 4],
];

/** Where a label sits on an ordered dimension, or undefined when it names none. */
export function ordinalPlace(label: string): OrdinalPlace | undefined {
  const t = label
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s.。!！]+$/u, '')
    .trim();
  const p = PERIOD.find(([re]) => re.test(t))?.[1];
  const a = ADVERB.find(([re]) => re.test(t))?.[1];
  if (p !== undefined && a !== undefined) return { kind: 'both', rank: p };
  if (p !== undefined) return { kind: 'period', rank: p };
  if (a !== undefined) return { kind: 'adverb', rank: a };
  return undefined;
}
