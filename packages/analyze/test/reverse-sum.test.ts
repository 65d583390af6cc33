// Reverse-coded items in top-box shares and the TOP-N ranking, and `sum` scores under
// `require k`: computed by hand, the same on the set-based and the row-by-row path.
// A reverse-coded item ("等待太久" / "The wait is too long") has its favourable end
// at its lowest codes: its top-2-box and topbox() count 1 and 2, the TOP-N
// dissatisfaction ranking compares its reversed value. A `sum` with `require 2` of 3
// items adds the answered ones (SPSS's SUM.2), so its range starts at 2 × 1, not 3 × 1.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/index.ts';
import { id, reverseInput, waitCsv } from './fixtures/waits.ts';
import { tempFiles } from './helpers/survey.ts';

async function both(files: string[]) {
  const paths: string[] = [];
  const set = await analyze(reverseInput, { responses: files, trace: (_f, p) => paths.push(p) });
  const rows = await analyze(reverseInput, { responses: files, rowByRow: true });
  expect(JSON.stringify(set)).toBe(JSON.stringify(rows));
  expect(paths).toEqual(['set-based']);
  return set;
}

describe('reverse-coded items: top box at the low end / 反向题的上位框在低分端', async () => {
  const r = await both([join(tempFiles({ 'w.csv': waitCsv() }), 'w.csv')]);

  it('top-2-box of the reverse-coded item counts codes 1 and 2 (1, 2, 1 of 6)', () => {
    const c = r.items.find((i) => i.variable === 'c')!;
    expect(c.top2Box!.count).toBe(3);
    expect(c.top2Box!.estimate).toBe(0.5);
    // Wilson 95% on 3 of 6 (R: prop.test(3, 6, correct = FALSE)$conf.int)
    expect(c.top2Box!.ci[0]).toBeCloseTo(0.18761630648265057, 12);
    expect(c.top2Box!.ci[1]).toBeCloseTo(0.8123836935173494, 12);
    // a normal item keeps 4 and 5: 5, 4, 4, 5 of 6
    const a = r.items.find((i) => i.variable === 'a')!;
    expect(a.top2Box!.count).toBe(4);
  });
  it('topbox(c) scores each respondent 100 when c is 1 or 2: 50%', () => {
    const s = r.scores.find((x) => x.id === 'c_top')!;
    expect(s.mean).toBe(50);
    expect(s.n).toBe(6);
  });
  it('TOP-N compares the reversed value of c (6 − c: 5, 4, 1, 2, 5, 3 → 2 of 6 at most 2)', () => {
    const t = r.top.find((x) => x.name === 'dissatisfied')!;
    const c = t.entries.find((e) => e.id === 'c')!;
    expect([c.count, c.n, c.reverse]).toEqual([2, 6, true]);
    expect(t.entries.find((e) => e.id === 'a')!.count).toBe(2); // 2, 1
    expect(t.entries.find((e) => e.id === 'd')!.count).toBe(0);
  });
});

describe('sum with require k / 至少回答 k 项的总分', async () => {
  const r = await both([join(tempFiles({ 'w.csv': waitCsv() }), 'w.csv')]);

  it('adds the answered items when at least 2 of 3 are answered: 14, 8, 10, 4, 3, 14', () => {
    const s = r.scores.find((x) => x.id === 'total')!;
    const xs = [14, 8, 10, 4, 3, 14];
    const mean = xs.reduce((a, x) => a + x, 0) / 6;
    expect(s.n).toBe(6);
    expect(s.mean).toBeCloseTo(mean, 12);
    expect(s.sd).toBeCloseTo(Math.sqrt(xs.reduce((a, x) => a + (x - mean) ** 2, 0) / 5), 12);
    expect([s.min, s.max]).toEqual([3, 14]);
  });
  it('its range starts at 2 (two items at 1), and the interval is cut there, not at 3', async () => {
    const low = await both([
      join(
        tempFiles({
          'low.csv': waitCsv([
            [1, 1, 3, ''], // 2
            [1, 1, 3, ''], // 2
            [1, 2, 3, ''], // 3
            [1, 1, 3, 1], // 3
          ]),
        }),
        'low.csv',
      ),
    ]);
    const s = low.scores.find((x) => x.id === 'total')!;
    expect(s.range).toEqual([2, 15]);
    // 2, 2, 3, 3: mean 2.5, sd 0.57735…, SE 0.288675…, Wald 2.5 ± 0.5658 → [1.934, 3.066], cut at 2
    expect(s.n).toBe(4);
    expect(s.mean).toBeCloseTo(2.5, 12);
    expect(s.estimate!.ci[0]).toBe(2);
    expect(s.estimate!.ci[1]).toBeCloseTo(2.5 + 1.959963984540054 * (Math.sqrt(1 / 3) / 2), 9);
  });
  it('leaves the score missing with fewer than 2 answered items (d alone is not enough)', async () => {
    const one = await both([join(tempFiles({ 'one.csv': `responseId,a,b,c,d\n${id(1)},4,4,2,5\n${id(2)},,,,5\n` }), 'one.csv')]);
    const s = one.scores.find((x) => x.id === 'total')!;
    // the second response is invalid (a, b, c are required), so it never reaches the score
    expect(one.counts.invalid).toBe(1);
    expect([s.n, s.mean]).toEqual([1, 13]);
  });
});
