// Published values (methodology.md): R survey's stratified mean of apistrat
// (svydesign(id=~1, strata=~stype, fpc=~fpc, weights=~pw); Lumley 2010, ch. 2) from its
// per-stratum sample sizes, means and variances; and weights N_h / m_h.
import { describe, expect, it } from 'vitest';
import { designMean, designRatio, kish, type Design, type MomentCell } from '../src/estimate/design.ts';

function apistrat(): { design: Design; cells: MomentCell[] } {
  const strata = [
    { h: 'E', N: 4421, n: 100, mean: 674.43, variance: 15687.42 },
    { h: 'H', N: 755, n: 50, mean: 625.82, variance: 11947.09 },
    { h: 'M', N: 1018, n: 50, mean: 636.6, variance: 13824.86 },
  ];
  return {
    design: { size: new Map(strata.map((s) => [s.h, s.N])), responses: new Map(strata.map((s) => [s.h, s.n])) },
    cells: strata.map((s) => ({ h: s.h, m: s.n, n: s.n, s1: s.n * s.mean, s2: (s.n - 1) * s.variance + s.n * s.mean * s.mean })),
  };
}

describe('stratified mean with fpc (R survey, apistrat)', () => {
  it('gives mean 662.2874 and SE 9.408941', () => {
    const { design, cells } = apistrat();
    const r = designMean(design, cells)!;
    expect(r.estimate).toBeCloseTo(662.2874, 3);
    expect(r.se).toBeCloseTo(9.408941, 3);
  });
  it('equals the textbook formula sum W_h^2 (1 - f_h) s_h^2 / n_h', () => {
    const { design, cells } = apistrat();
    const N = 4421 + 755 + 1018;
    let v = 0;
    for (const c of cells) {
      const Nh = design.size.get(c.h)!;
      const s2 = (c.s2 - (c.s1 * c.s1) / c.n) / (c.n - 1);
      v += (Nh / N) ** 2 * (1 - c.n / Nh) * (s2 / c.n);
    }
    expect(designMean(design, cells)!.se).toBeCloseTo(Math.sqrt(v), 10);
  });
  it('without strata or population is the simple mean with s / sqrt(n)', () => {
    const ys = [1, 2, 3, 4, 5, 5];
    const d: Design = { size: new Map([['all', Infinity]]), responses: new Map([['all', ys.length]]) };
    const r = designMean(d, [{ h: 'all', m: 6, n: 6, s1: 20, s2: ys.reduce((a, y) => a + y * y, 0) }])!;
    const mean = 20 / 6;
    const sd = Math.sqrt(ys.reduce((a, y) => a + (y - mean) ** 2, 0) / 5);
    expect(r.estimate).toBeCloseTo(mean, 12);
    expect(r.se).toBeCloseTo(sd / Math.sqrt(6), 12);
  });
  it('a ratio of identical columns is 1 with SE 0', () => {
    const d: Design = { size: new Map([['all', 100]]), responses: new Map([['all', 3]]) };
    const r = designRatio(d, [{ h: 'all', m: 3, n: 3, sy: 6, sx: 6, syy: 14, sxx: 14, sxy: 14 }])!;
    expect(r.estimate).toBe(1);
    expect(r.se).toBeCloseTo(0, 12);
  });
  it('Kish deff of equal weights is 1', () => {
    expect(kish([{ w: 2, count: 10 }]).deff).toBeCloseTo(1, 12);
    expect(
      kish([
        { w: 1, count: 1 },
        { w: 3, count: 1 },
      ]).effectiveN,
    ).toBeCloseTo(16 / 10, 12);
  });
});
