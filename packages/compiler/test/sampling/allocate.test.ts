import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { allocate, largestRemainder } from '../../src/sampling/index.ts';

const sizes = (...n: number[]) => n.map((size, i) => ({ id: `h${i + 1}`, size }));
const ns = (r: Array<{ n: number }>) => r.map((h) => h.n);

describe('proportional allocation', () => {
  it('n = 500 over N_h = 5234, 2586, 649, 157 gives 303, 150, 38, 9 (samplingbook stratasamp)', () => {
    expect(ns(allocate(sizes(5234, 2586, 649, 157), 500, 'proportional'))).toEqual([303, 150, 38, 9]);
  });
});

describe('Neyman and optimal allocation (methodology.md formulas, by hand)', () => {
  it('neyman: n_h ∝ N_h S_h', () => {
    // N_h S_h = 100·1.2, 400·0.9, 700·0.8 = 120, 360, 560 (sum 1040); n = 104 -> 12, 36, 56
    const r = allocate(
      [
        { id: 'large', size: 100, sd: 1.2 },
        { id: 'medium', size: 400, sd: 0.9 },
        { id: 'small', size: 700, sd: 0.8 },
      ],
      104,
      'neyman',
    );
    expect(ns(r)).toEqual([12, 36, 56]);
  });

  it('neyman for a proportion uses S_h = sqrt(P_h (1 - P_h))', () => {
    // 1000·0.5 = 500, 1000·0.3 = 300 (P = 0.1) -> 100 · 5/8, 100 · 3/8 = 62.5, 37.5 -> 63, 37 (tie to the first)
    const r = allocate(
      [
        { id: 'a', size: 1000, proportion: 0.5 },
        { id: 'b', size: 1000, proportion: 0.1 },
      ],
      100,
      'neyman',
    );
    expect(r[0].exact).toBeCloseTo(62.5, 9);
    expect(r[1].exact).toBeCloseTo(37.5, 9);
    expect(ns(r)).toEqual([63, 37]);
  });

  it('optimal with costs: n_h ∝ N_h S_h / sqrt(c_h)', () => {
    // 400·1/2 = 200, 400·1/1 = 400 -> 30 · 1/3, 30 · 2/3
    const r = allocate(
      [
        { id: 'far', size: 400, sd: 1, cost: 4 },
        { id: 'near', size: 400, sd: 1, cost: 1 },
      ],
      30,
      'optimal',
    );
    expect(ns(r)).toEqual([10, 20]);
  });

  it('equal and fixed', () => {
    expect(ns(allocate(sizes(100, 200, 300), 30, 'equal'))).toEqual([10, 10, 10]);
    expect(
      ns(
        allocate(
          [
            { id: 'a', size: 50, completes: 7 },
            { id: 'b', size: 80, completes: 12 },
          ],
          0,
          'fixed',
        ),
      ),
    ).toEqual([7, 12]);
  });
});

describe('constraints', () => {
  it('a share above N_h is capped at N_h and the rest reallocated', () => {
    // Neyman shares 100·(10·5)/(10·5+990·1) = 4.8 ... make the small stratum very variable:
    const r = allocate(
      [
        { id: 'tiny', size: 10, sd: 50 },
        { id: 'big', size: 990, sd: 1 },
      ],
      100,
      'neyman',
    );
    expect(r[0]).toMatchObject({ n: 10, reason: 'capped' });
    expect(r[1]).toMatchObject({ n: 90, reason: 'allocated' });
  });

  it('a share below 2 is raised to 2 (or N_h when smaller) and the rest reallocated', () => {
    const r = allocate(sizes(5, 1, 994), 100, 'proportional');
    expect(ns(r)).toEqual([2, 1, 97]);
    expect(r.map((h) => h.reason)).toEqual(['minimum', 'minimum', 'allocated']);
  });

  it('take-all strata get N_h; the remainder is shared among the others', () => {
    const r = allocate([{ id: 'key', size: 40, takeAll: true }, ...sizes(300, 700)], 140, 'proportional');
    expect(ns(r)).toEqual([40, 30, 70]);
  });

  it('an oversampling factor multiplies the share; the total stays n', () => {
    // weights 500·2 = 1000 and 500 -> 90 · 2/3, 90 · 1/3
    const r = allocate(
      [
        { id: 'key', size: 500, oversample: 2 },
        { id: 'rest', size: 500 },
      ],
      90,
      'proportional',
    );
    expect(ns(r)).toEqual([60, 30]);
  });

  it('property: totals kept and 2 <= n_h <= N_h whenever n fits', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 2, max: 5000 }), { minLength: 1, maxLength: 12 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.constantFrom('proportional', 'neyman', 'equal'),
        (sz, frac, method) => {
          const total = sz.reduce((s, x) => s + x, 0);
          const n = Math.max(2 * sz.length, Math.round(frac * total));
          const r = allocate(
            sz.map((size, i) => ({ id: `h${i}`, size, sd: 1 + (i % 3) })),
            n,
            method as 'proportional',
          );
          expect(r.reduce((s, h) => s + h.n, 0)).toBe(n);
          r.forEach((h, i) => {
            expect(h.n).toBeGreaterThanOrEqual(2);
            expect(h.n).toBeLessThanOrEqual(sz[i]);
          });
        },
      ),
    );
  });
});

describe('largest remainder', () => {
  it('keeps the total and moves each quota by less than one', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 1000, noNaN: true }), { minLength: 1, maxLength: 20 }), (q) => {
        const r = largestRemainder(q);
        expect(r.reduce((s, x) => s + x, 0)).toBe(Math.round(q.reduce((s, x) => s + x, 0)));
        r.forEach((x, i) => expect(Math.abs(x - q[i])).toBeLessThan(1 + 1e-9));
      }),
    );
  });
});
