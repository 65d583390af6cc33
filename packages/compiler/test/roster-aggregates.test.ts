// Aggregates over a repeat group's instances, read outside the group: count(members) is
// its number of instances (a count of conditions otherwise); their ranges follow the
// group's bound — sum(age) over at most 4 members of 0..120 is 0..480, count(members)
// 0..4, mean/min/max stay within one answer's range; calculated values chain them.
import { describe, expect, it } from 'vitest';
import { compileText, rangeOf, rangeOfScore } from '../src/index.ts';
import { codes, survey } from './helpers.ts';

const household = `  number size "您家有几口人?" en: "How many people live in your household?" min 1 max 4 integer
  repeat members "家庭成员" en: "Household member" for size {
    number age "年龄" en: "Age" min 0 max 120 integer
    rating health "健康状况" en: "Health" on sat5
    repeat visits "就诊" en: "Visit" 2 {
      number fee "费用" en: "Cost" min 10 max 500
    }
  }
  multi brands "用过哪些品牌?" en: "Which brands have you used?" { a "品牌 A" en: "Brand A" b "品牌 B" en: "Brand B" c "品牌 C" en: "Brand C" }
  repeat brand_loop "品牌评价" en: "Brand rating" for each brands {
    rating liking "满意度" en: "Satisfaction" on sat5
  }`;

function compiled(body: string) {
  const r = compileText(survey(`${household}\n${body}`), { path: 's.survey' });
  return r;
}

describe('aggregates over repeat groups / 花名册聚合', () => {
  it('count(members) counts instances; count of a number is still an error', () => {
    expect(
      codes(survey(`${household}\n  let n = count(members)\n  let m = count(members) + members`), { only: ['SVY2019', 'SVY2102'] }),
    ).toEqual([]);
    expect(codes(survey(`${household}\n  let n = count(size)`), { only: ['SVY2019'] })).toEqual([expect.stringContaining('SVY2019')]);
    // Without an aggregate, a member's age outside the group is still SVY2102.
    expect(codes(survey(`${household}\n  let n = age + 1`), { only: ['SVY2102'] })).toEqual([expect.stringContaining("SVY2102 'age'")]);
  });

  it('ranges follow the bound of the group (and of the groups around it)', () => {
    const r = compiled(`  score total_age = sum(age)
  score mean_health = mean(health)
  score oldest = max(age)
  score people = count(members)
  score spent = sum(fee)
  score rated = count(brand_loop)
  let size_check = members`);
    expect(r.ok).toBe(true);
    const s = r.survey!;
    // At least one member answers (a sum of nobody is no value), at most 4 of 120.
    expect(rangeOfScore(s, 'total_age')).toEqual([0, 480]);
    expect(rangeOfScore(s, 'mean_health')).toEqual([1, 5]);
    expect(rangeOfScore(s, 'oldest')).toEqual([0, 120]);
    expect(rangeOfScore(s, 'people')).toEqual([0, 4]);
    // 4 members × 2 visits, each 10..500: one visit at least, eight at most.
    expect(rangeOfScore(s, 'spent')).toEqual([10, 4000]);
    expect(rangeOfScore(s, 'rated')).toEqual([0, 3]);
    expect(rangeOf(s, s.calculations.get('size_check')!.expr)).toEqual([0, 4]);
  });
});
