// Option shares over those offered the option (`offeredWhen`): a city offered only in
// one region, and a carried-forward favourite offered only where it was visited. The
// expected numbers are computed by hand from the six responses below; the same answers
// read from JSON Lines and from CSV (the set-based path) give the same shares.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileText } from '@survey/compiler';
import { surveyInputOf } from '../src/index.ts';
import { run, tempFiles } from './helpers/survey.ts';

const source = `survey travel {
  title "出行调查" en: "Travel survey"
  languages zh, en
  confidentiality "您的回答将严格保密。" en: "Your answers are kept confidential."
  single region "您所在的地区" en: "Your region" { north "北方" en: "North"  south "南方" en: "South" }
  multi visited "去年您去过哪些城市?" en: "Which cities did you visit last year?" {
    bj "北京" en: "Beijing" when region == north
    sh "上海" en: "Shanghai" when region == south
    xa "西安" en: "Xi'an"
  }
  single best "其中您最喜欢哪个城市?" en: "Which of them did you like best?" from visited selected
}`;

const answers = [
  { region: 'north', visited: ['bj', 'xa'], best: 'bj' },
  { region: 'north', visited: ['bj'], best: 'bj' },
  { region: 'north', visited: ['xa'], best: 'xa' },
  { region: 'south', visited: ['sh'], best: 'sh' },
  { region: 'south', visited: ['xa'], best: 'xa' },
  { region: 'south', visited: ['sh', 'xa'], best: 'xa' },
];
const id = (i: number) => `00000000-0000-4000-8000-00000000000${i + 1}`;
const jsonl = answers
  .map((a, i) => JSON.stringify({ format: 'survey-response/1', survey: 'travel', responseId: id(i), language: 'zh', answers: a }))
  .join('\n');
const csv =
  'responseId,region,visited.bj,visited.sh,visited.xa,best\n' +
  answers.map((a, i) => [id(i), a.region, ...['bj', 'sh', 'xa'].map((c) => (a.visited.includes(c) ? 1 : 0)), a.best].join(',')).join('\n');

const compiled = compileText(source);
const input = surveyInputOf(compiled);

describe.each([
  ['JSON Lines', 'r.jsonl', jsonl],
  ['CSV', 'r.csv', csv],
])('shares of options offered to some respondents (%s)', async (_name, file, text) => {
  const dir = tempFiles({ [file]: text });
  const r = await run(input, [join(dir, file)]);
  const dist = (v: string) =>
    Object.fromEntries(r.items.find((x) => x.variable === v)!.distribution.map((d) => [d.value, [d.count, d.offeredTo, d.share]]));

  it('analyses all six responses', () => {
    expect(compiled.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(r.counts.analysed).toBe(6);
  });

  it('takes a filtered option’s share over the respondents it was offered to', () => {
    const d = dist('visited');
    // Beijing: offered to the 3 northerners, chosen by 2 → 2/3 (not 2/6); Xi'an: offered to all 6, chosen by 4.
    expect(d.bj).toEqual([2, 3, 2 / 3]);
    expect(d.sh).toEqual([2, 3, 2 / 3]);
    expect(d.xa).toEqual([4, undefined, 4 / 6]);
  });

  it('takes a carried option’s share over those who chose it in the source', () => {
    const d = dist('best');
    // Beijing offered to the 2 who visited it, both chose it; Shanghai 1 of 2; Xi'an 3 of 4.
    expect(d.bj).toEqual([2, 2, 1]);
    expect(d.sh).toEqual([1, 2, 1 / 2]);
    expect(d.xa).toEqual([3, 4, 3 / 4]);
  });
});
