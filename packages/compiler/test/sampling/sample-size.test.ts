import { describe, expect, it } from 'vitest';
import { cochranMean, cochranProportion, marginForMean, marginForProportion, zFor } from '../../src/sampling/index.ts';

describe('normal quantile', () => {
  it('matches R qnorm(0.975) = 1.959963984540054', () => {
    expect(zFor(0.95)).toBeCloseTo(1.959963984540054, 14);
    // R: qnorm(0.995) = 2.575829303548901, qnorm(0.95) = 1.644853626951472
    expect(zFor(0.99)).toBeCloseTo(2.575829303548901, 14);
    expect(zFor(0.9)).toBeCloseTo(1.644853626951472, 14);
  });
});

describe('Cochran, proportion', () => {
  it('p = 0.5, 95%: e = 0.05 / 0.03 / 0.01 gives 385 / 1068 / 9604 (PracTools vignette, nPropMoe)', () => {
    expect(cochranProportion({ p: 0.5, margin: 0.05 }).n).toBe(385);
    expect(cochranProportion({ p: 0.5, margin: 0.03 }).n).toBe(1068);
    expect(cochranProportion({ p: 0.5, margin: 0.01 }).n).toBe(9604);
  });

  it('finite population N = 300, e = 0.05 gives 169 (samplingbook tests, sample.size.prop)', () => {
    expect(cochranProportion({ p: 0.5, margin: 0.05, population: 300 }).n).toBe(169);
    expect(cochranProportion({ p: 0.5, margin: 0.05, population: 300, fpc: 'simple' }).n).toBe(169);
  });

  it('the two FPC forms: n0/(1+(n0-1)/N) (Cochran 1977 eq. 4.2, default) and n0/(1+n0/N)', () => {
    // N = 2000, e = 0.03: n0 = 1067.07; 1067.07 / 1.533035 = 696.06 -> 697; 1067.07 / 1.533535 = 695.83 -> 696.
    const cochran = cochranProportion({ margin: 0.03, population: 2000 });
    const simple = cochranProportion({ margin: 0.03, population: 2000, fpc: 'simple' });
    expect(cochran.n0).toBeCloseTo(1067.0718, 3);
    const n0 = cochran.n0;
    expect(cochran.exact).toBeCloseTo(n0 / (1 + (n0 - 1) / 2000), 9);
    expect(simple.exact).toBeCloseTo(n0 / (1 + n0 / 2000), 9);
    expect([cochran.n, simple.n]).toEqual([697, 696]);
  });

  it('the margin a sample reaches inverts the sample size (both FPC forms)', () => {
    for (const fpc of ['cochran', 'simple'] as const) {
      const { exact } = cochranProportion({ margin: 0.04, population: 5000, fpc });
      expect(marginForProportion(exact, { population: 5000, fpc })).toBeCloseTo(0.04, 12);
    }
  });
});

describe('Cochran, mean (methodology.md: n = S^2 / (e^2/z^2 + S^2/N))', () => {
  it('S = 1, e = 0.1, 95%: n0 = 384.15; N = 2000 gives 323', () => {
    const r = cochranMean({ sd: 1, margin: 0.1, population: 2000 });
    expect(r.n0).toBeCloseTo(384.1459, 4);
    const z = zFor(0.95);
    expect(r.exact).toBeCloseTo(1 / (0.01 / (z * z) + 1 / 2000), 9);
    expect(r.n).toBe(323);
    expect(cochranMean({ sd: 1, margin: 0.1, population: 2000, fpc: 'cochran' }).n).toBe(323);
    expect(cochranMean({ sd: 1, margin: 0.1 }).n).toBe(385);
  });

  it('the margin a sample reaches inverts the sample size', () => {
    const { exact } = cochranMean({ sd: 0.9, margin: 0.08, population: 900 });
    expect(marginForMean(exact, { sd: 0.9, population: 900 })).toBeCloseTo(0.08, 12);
  });
});
