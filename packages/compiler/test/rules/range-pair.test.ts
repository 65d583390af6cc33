import { describe, expect, it } from 'vitest';
import { codes } from '../helpers.ts';
import { applyFix, diagnostics, en, zhen } from '../methodology/kit.ts';

describe('range-pair (SVY2188)', () => {
  it('reports a 最少/最多 pair of questions by their texts (zh first)', () => {
    const text = zhen(`  number q5 "您每周最少学习几小时?" en: "What is the fewest hours you study in a week?" min 0 max 40
  number q6 "您每周最多学习几小时?" en: "What is the most hours you study in a week?" min 0 max 40`);
    expect(codes(text)).toEqual(["9:10 SVY2188 'q6'"]);
    expect(diagnostics(text, 'SVY2188')[0]!.message).toBe(
      "'q5' and 'q6' ask for the low and the high end of one range (\"最少\" and \"最多\" in their texts), but nothing stops 'q5' from being larger than 'q6'. Add `check q5 <= q6` with a message.",
    );
  });

  it('reports a pair by ids in either order, and dates (en)', () => {
    const text = en(`  number price_max "What is the most you would pay?" min 0
  number price_min "What is the least you would pay?" min 0
  date trip_start "When did the trip start?"
  date trip_end "When did it end?"`);
    expect(codes(text)).toEqual(["8:10 SVY2188 'price_min'", "10:8 SVY2188 'trip_end'"]);
    expect(diagnostics(text, 'SVY2188')[1]!.message).toContain("('start' and 'end' in their ids)");
  });

  it('adds the check and the result is clean', () => {
    const text = zhen(`  number hours_min "您每周最少学习几小时?" en: "What is the fewest hours you study in a week?" min 0 max 40
  number hours_max "您每周最多学习几小时?" en: "What is the most hours you study in a week?" min 0 max 40`);
    const fixed = applyFix(text, 'SVY2188');
    expect(fixed).toContain(
      '\n  check hours_min <= hours_max "下限不能大于上限。" en: "The lower value cannot be more than the upper value."\n',
    );
    expect(codes(fixed)).toEqual([]);
  });

  it('accepts checked pairs, pairs whose bounds keep the order, and unrelated questions', () => {
    expect(
      codes(
        zhen(`  number hours_min "您每周最少学习几小时?" en: "What is the fewest hours you study in a week?" min 0 max 40
  number hours_max "您每周最多学习几小时?" en: "What is the most hours you study in a week?" min 0 max 40
  check hours_max >= hours_min "最多小时数不能小于最少小时数。" en: "The most hours cannot be less than the fewest."
  number low_band "您能接受的最低价格是多少元?" en: "What is the lowest price you would accept, in yuan?" min 0 max 100
  number high_band "您能接受的最高价格是多少元?" en: "What is the highest price you would accept, in yuan?" min 100 max 1000
  number visits "您上个月来了几次?" en: "How many times did you visit last month?" min 0 max 31 integer
  number spend "您上个月消费了多少元?" en: "How much did you spend last month, in yuan?" min 0`),
      ),
    ).toEqual([]);
  });
});
