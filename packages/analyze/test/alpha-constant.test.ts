// Cronbach's alpha on a sample where one battery row does not vary (every student
// "strongly agrees" that the instructor was clear): the raw alpha is still defined and
// equals the formula on the covariance matrix, the standardised alpha and that row's
// item-total correlation are left out instead of printed as NaN, and a warning says why.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exampleInput, run, tempFiles } from './helpers/survey.ts';

const course = exampleInput('course-evaluation/course.survey');
const header =
  'class_group,study_year,enrolment,classes_attended,study_hours,clear,organised,hard_to_follow,feedback,unclear_criteria,interest,overall\n';
// clear is constant; the other rows vary (and no row set is a straight line).
const battery = [
  [5, 4, 2, 4, 1, 5],
  [5, 3, 3, 2, 2, 4],
  [5, 5, 1, 5, 2, 4],
  [5, 2, 4, 3, 4, 2],
  [5, 4, 2, 4, 3, 3],
  [5, 3, 2, 2, 1, 5],
];
const csv = (rows: number[][]) => header + rows.map((b) => ['a', 'y1', 'elective', 10, 4, ...b, 4].join(',')).join('\n') + '\n';

/** Raw alpha from the sample covariance of the oriented items (reverse rows: 6 - x on agree5). */
function rawAlpha(rows: number[][], reversed: number[]): number {
  const x = rows.map((r) => r.map((v, i) => (reversed.includes(i) ? 6 - v : v)));
  const n = x.length;
  const k = x[0].length;
  const mean = (j: number) => x.reduce((a, r) => a + r[j], 0) / n;
  const cov = (i: number, j: number) => x.reduce((a, r) => a + (r[i] - mean(i)) * (r[j] - mean(j)), 0) / (n - 1);
  let total = 0;
  let diag = 0;
  for (let i = 0; i < k; i++) {
    diag += cov(i, i);
    for (let j = 0; j < k; j++) total += cov(i, j);
  }
  return (k / (k - 1)) * (1 - diag / total);
}

describe('alpha with a battery row that does not vary', async () => {
  const dir = tempFiles({ 'r.csv': csv(battery), 'all.csv': csv(battery.map(() => [5, 4, 2, 4, 1, 5])) });
  const r = await run(course, [join(dir, 'r.csv')]);
  const a = r.alpha[0];

  it('reports the raw alpha, and no NaN anywhere', () => {
    expect(r.counts.analysed).toBe(6);
    expect(a.n).toBe(6);
    expect(a.alpha).toBeCloseTo(rawAlpha(battery, [2, 4]), 12);
    expect(a.standardizedAlpha).toBeUndefined();
    expect(JSON.stringify(a)).not.toMatch(/NaN|null/);
    const clear = a.itemTotal.find((t) => t.item === 'clear')!;
    expect(clear.correctedItemTotal).toBeUndefined();
    for (const t of a.itemTotal.filter((t) => t.item !== 'clear')) expect(Number.isFinite(t.correctedItemTotal)).toBe(true);
  });
  it('says which row does not vary', () => {
    expect(r.notes.map((n) => n.message)).toContain(
      'alpha of battery: clear does not vary among the 6 complete responses, so the standardised alpha and its item-total correlation are left out',
    );
  });
  it('gives no alpha when no row varies', async () => {
    const all = await run(course, [join(dir, 'all.csv')]);
    expect(all.alpha[0].alpha).toBeUndefined();
    expect(all.alpha[0].n).toBe(6);
    expect(all.notes.some((n) => /no alpha can be computed/.test(n.message))).toBe(true);
  });
});
