import { describe, expect, it } from 'vitest';
import { designWeight, kishDeff, kishEffectiveN, netPromoterScore, stratifiedMean, stratumWeights } from '../../src/sampling/index.ts';

describe('stratified mean', () => {
  it('apistrat api00: mean 662.2874, SE 9.408941 (R survey: svymean(~api00, dstrat))', () => {
    const r = stratifiedMean([
      { size: 4421, n: 100, mean: 674.43, variance: 15687.42 },
      { size: 755, n: 50, mean: 625.82, variance: 11947.09 },
      { size: 1018, n: 50, mean: 636.6, variance: 13824.86 },
    ]);
    expect(r.mean).toBeCloseTo(662.2874, 3);
    expect(r.se).toBeCloseTo(9.408941, 4);
  });
});

describe('design weights and Kish', () => {
  it('w_h = N_h / n_h; equal weights have deff 1 (Kish 1965)', () => {
    expect(designWeight(4421, 100)).toBeCloseTo(44.21, 10);
    expect(kishDeff([3, 3, 3])).toBe(1);
    expect(kishEffectiveN([3, 3, 3])).toBe(3);
  });

  it('apistrat weights 44.21 × 100, 15.1 × 50, 20.36 × 50: deff = n Σw² / (Σw)²', () => {
    const w = stratumWeights([
      { size: 4421, n: 100 },
      { size: 755, n: 50 },
      { size: 1018, n: 50 },
    ]);
    const s1 = 4421 + 755 + 1018;
    const s2 = 100 * 44.21 ** 2 + 50 * 15.1 ** 2 + 50 * 20.36 ** 2;
    expect(w).toHaveLength(200);
    expect(kishDeff(w)).toBeCloseTo((200 * s2) / (s1 * s1), 10);
    expect(kishEffectiveN(w)).toBeCloseTo(200 / kishDeff(w), 10);
  });
});

describe('NPS', () => {
  it('one answer at each of 0..10 gives -45.45 (methodology.md: 100 × (2 − 7) / 11)', () => {
    expect(netPromoterScore([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10])).toBeCloseTo(-45.45, 2);
    expect(netPromoterScore([])).toBeUndefined();
  });
});
