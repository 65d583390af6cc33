// The field form: three weeks of interviewer visits in April 2026. About one visit in
// eight ends at the door (a refusal or nobody at home: the screen-out). A household's
// size decides how many members are listed (bigger dwellings, bigger households); its
// members are a head, usually a spouse of a similar age, children young enough to be
// theirs, sometimes a parent of the head, a relative or a lodger — so the age filters
// of the form (spouse from 16, parent from 30, school between 6 and 24) are met the way
// real households meet them. Names are Chinese (pinyin in English interviews).
import type { Rng } from '../prng.ts';
import type { Profile } from '../profile.ts';

const SURNAMES: Array<[string, string]> = [
  ['王', 'Wang'],
  ['李', 'Li'],
  ['张', 'Zhang'],
  ['刘', 'Liu'],
  ['陈', 'Chen'],
  ['杨', 'Yang'],
  ['赵', 'Zhao'],
  ['黄', 'Huang'],
  ['周', 'Zhou'],
  ['吴', 'Wu'],
];
const GIVEN: Record<'female' | 'male', Array<[string, string]>> = {
  female: [
    ['芳', 'Fang'],
    ['秀英', 'Xiuying'],
    ['丽', 'Li'],
    ['静', 'Jing'],
    ['敏', 'Min'],
    ['婷', 'Ting'],
    ['雪梅', 'Xuemei'],
  ],
  male: [
    ['伟', 'Wei'],
    ['强', 'Qiang'],
    ['磊', 'Lei'],
    ['军', 'Jun'],
    ['勇', 'Yong'],
    ['杰', 'Jie'],
    ['建国', 'Jianguo'],
  ],
};

type Sex = 'female' | 'male';

function member(
  r: Rng,
  taken: Set<string>,
  surname: [string, string],
  sex: Sex,
  age: number,
  relation: string,
  language: string,
): Record<string, unknown> {
  // no two members of a household share a name
  const free = GIVEN[sex].filter((g) => !taken.has(`${surname[0]}${g[0]}`));
  const given = r.pick(free.length ? free : GIVEN[sex]);
  taken.add(`${surname[0]}${given[0]}`);
  const name = language === 'en' ? `${given[1]} ${surname[1]}` : `${surname[0]}${given[0]}`;
  const out: Record<string, unknown> = { member_name: name, age, sex, relation };
  // school is asked from 6 to 24: children attend, young adults have often left
  if (age >= 6 && age <= 24)
    out.school =
      age <= 15
        ? r.chance(0.97)
          ? 'attends'
          : 'never'
        : age <= 18
          ? r.chance(0.8)
            ? 'attends'
            : 'left'
          : r.chance(0.35)
            ? 'attends'
            : 'left';
  return out;
}

/** The members of a household of `count`: head first, then spouse, a parent, children, relatives, a lodger. */
function household(r: Rng, count: number, language: string): Array<Record<string, unknown>> {
  const surname = r.pick(SURNAMES);
  const taken = new Set<string>();
  const headSex: Sex = r.chance(0.62) ? 'male' : 'female';
  const other: Sex = headSex === 'male' ? 'female' : 'male';
  const head = count === 1 ? r.int(22, 84) : r.int(26, 72);
  const out = [member(r, taken, surname, headSex, head, 'head', language)];
  if (out.length < count && r.chance(0.82))
    out.push(member(r, taken, r.pick(SURNAMES), other, Math.max(18, head + r.int(-7, 4)), 'spouse', language));
  if (out.length < count && head >= 45 && head <= 62 && r.chance(0.3))
    out.push(
      member(r, taken, r.pick(SURNAMES), r.chance(0.6) ? 'female' : 'male', Math.min(104, head + r.int(22, 32)), 'parent', language),
    );
  while (out.length < count) {
    const u = r.next();
    if (u < 0.06) out.push(member(r, taken, r.pick(SURNAMES), r.chance(0.5) ? 'female' : 'male', r.int(18, 60), 'unrelated', language));
    else if (u < 0.18) out.push(member(r, taken, surname, r.chance(0.5) ? 'female' : 'male', r.int(0, 12), 'relative', language));
    else out.push(member(r, taken, surname, r.chance(0.5) ? 'female' : 'male', Math.max(0, head - r.int(20, 38)), 'child', language));
  }
  return out;
}

export const householdListing: Profile = {
  example: 'household-listing',
  survey: 'household.survey',
  seed: 9,
  files: [
    { name: '2026-04.jsonl', format: 'jsonl', respondents: 240, start: '2026-04-07', days: 21, invalid: 5, straightline: 0, tooFast: 6 },
  ],
  languages: [
    ['zh', 5],
    ['en', 1],
  ],
  marginals: {},
  defaultMarginal: [1, 1, 1, 1, 1],
  loading: 0.5,
  missingRate: 0,
  choices: {
    consent: { agrees: 88, refuses: 7, absent: 5 },
    area: { urban: 56, rural: 44 },
    water: { piped: 62, well: 14, spring: 6, bottled: 16, other: 2 },
  },
  texts: {
    remarks: {
      p: 0.15,
      pools: {
        '*': {
          zh: ['户主外出务工,由配偶代答', '受访者耳背,访问较慢', '门牌号与名单不符,已核实', '家中有新生儿', '房屋正在翻修'],
          en: ['The head works away; the spouse answered', 'The address differs from the list; checked', 'A newborn in the household'],
        },
      },
    },
  },
  specifyTexts: { zh: ['收集雨水', '从邻居家接水'], en: ['Rainwater tank', "A neighbour's tap"] },
  hidden: () => ({ values: {} }),
  medianSeconds: 640,
  // rooms are asked first; bigger dwellings house bigger households
  numbers: {
    rooms: (r) => r.weighted([1, 2, 3, 4, 5, 6], [14, 30, 30, 15, 8, 3]),
    hh_size: (r, a) => Math.min(10, Math.max(1, Math.round(Number(a.rooms) * 1.25 + 1.1 * r.normal()))),
    // a member's income last month (asked from 16), in hundreds of yuan: students and the
    // old earn little, adults of working age a skewed spread around 4,000
    income: (r, a) => {
      const age = Number(a.age);
      const base = age < 23 ? 600 : age > 62 ? 1800 : 2500;
      return Math.round((base + (age < 23 ? 1500 : 7000) * r.next() ** 2) / 100) * 100;
    },
  },
  instances: { members: (r, count, _answers, language) => household(r, count, language) },
  location: { lat: 30.2741, lon: 120.1551, spread: 0.08 },
};
