// The function table: every entry is complete, and its range facts hold for its
// evaluation (a value computed from arguments inside their ranges lies inside the range).
import { describe, expect, it } from 'vitest';
import { functions, type EvalHost, type Interval, type RangeHost } from '../src/functions/index.ts';

/** Hosts over plain numeric arguments, each known to lie in [lo, hi]. */
function hosts(xs: Array<number | undefined>, lo: number, hi: number): { ev: EvalHost; rg: RangeHost } {
  const ev: EvalHost = {
    count: xs.length,
    value: (i) => xs[i],
    num: (i) => xs[i],
    truth: (i) => (xs[i] ?? 0) !== 0,
    items: (i) => (xs[i] === undefined ? [] : [xs[i]!]),
    scaleRange: () => [lo, hi],
    descending: () => false,
    literal: () => undefined,
    sectionUnits: () => undefined,
    today: () => '2026-12-02',
  };
  const rg: RangeHost = {
    count: xs.length,
    range: (): Interval => [lo, hi],
    itemRanges: () => undefined,
    sectionPoints: () => undefined,
    optionCount: () => undefined,
    literal: () => undefined,
  };
  return { ev, rg };
}

describe('function table', () => {
  it('every function has a doc, a type and an evaluation, and at least as many kinds as it needs', () => {
    for (const [name, f] of Object.entries(functions)) {
      expect(f.name).toBe(name);
      expect(f.doc.length, name).toBeGreaterThan(10);
      expect(f.args.length >= f.minArgs || f.variadic, name).toBe(true);
    }
  });

  it('range facts contain the evaluated values (numeric functions, 1–5 arguments)', () => {
    const numeric = Object.values(functions).filter((f) => f.range && f.args.every((k) => k === 'value' || k === 'item' || k === 'number'));
    expect(numeric.map((f) => f.name).sort()).toEqual(
      ['answered', 'floor', 'max', 'mean', 'min', 'nps', 'reverse', 'round', 'sum', 'topbox'].sort(),
    );
    let seed = 3;
    const rnd = () => ((seed = (seed * 16807) % 2147483647), seed / 2147483647);
    for (const f of numeric)
      for (let t = 0; t < 200; t++) {
        const n = f.variadic ? 1 + Math.floor(rnd() * 4) : f.args.length;
        // sum()'s range assumes every item answered (what a score's default `require all` ensures).
        const xs = Array.from({ length: n }, () => (rnd() < 0.2 && f.name !== 'sum' ? undefined : 1 + Math.round(rnd() * 40) / 10));
        const { ev, rg } = hosts(xs, 1, 5);
        const v = f.evaluate(ev);
        const r = f.range!(rg);
        if (typeof v !== 'number' || !r) continue;
        expect(v, `${f.name}(${xs.join(', ')})`).toBeGreaterThanOrEqual(r[0]);
        expect(v, `${f.name}(${xs.join(', ')})`).toBeLessThanOrEqual(r[1]);
      }
  });

  it('evaluates the calculation functions', () => {
    const call = (name: string, xs: Array<number | string | undefined | string[]>) =>
      functions[name].evaluate({ ...hosts([], 0, 1).ev, count: xs.length, value: (i) => xs[i], num: (i) => xs[i] as number });
    expect(call('round', [2.5])).toBe(3);
    expect(call('round', [-2.5])).toBe(-3);
    expect(call('coalesce', [undefined, 'b', 'c'])).toBe('b');
    expect(call('count_selected', [['a', 'b']])).toBe(2);
    expect(call('count_selected', [undefined])).toBe(0);
    expect(call('length', ['满意度高'])).toBe(4);
    expect(call('concat', ['张', undefined, 3])).toBe('张3');
    expect(call('days_between', ['2026-01-31', '2026-03-01'])).toBe(29);
    expect(call('days_between', ['2026-13-01', '2026-03-01'])).toBeUndefined();
    expect(call('today', [])).toBe('2026-12-02');
  });
});
