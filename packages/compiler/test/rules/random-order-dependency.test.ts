import { describe, expect, it } from 'vitest';
import { codes, survey } from '../helpers.ts';

describe('random-order-dependency (SVY2146)', () => {
  it('accepts reading a question on an earlier page, a fixed pair, or outside the group', () => {
    const text = survey(`  rating overall "总体" en: "Overall" on sat5
  section s "服务" en: "Service" randomize {
    rating a "员工" en: "Staff" on sat5
    rating b "价格" en: "Price" on sat5
    page
    text why "请说明原因" en: "Why?" when a <= 2
    text other "其他" en: "Other" optional
    rating c "环境" en: "Setting" on sat5 fixed
    text why_c "环境原因" en: "Why the setting?" when c <= 2 fixed
  }
  shuffle g {
    section g1 "一" en: "One" { yesno x "买过吗?" en: "Bought?" when overall >= 3 }
    section g2 "二" en: "Two" { yesno y "买过吗?" en: "Bought?" }
  }`);
    expect(codes(text, { only: ['SVY2146'] })).toEqual([]);
  });

  it('reports reading a question of the same randomised page, or of a shuffled sibling section', () => {
    const text = survey(`  section s "Service" randomize {
    rating a "Staff" on sat5
    text why "Why {a}?" when a <= 2
  }
  shuffle g {
    section g1 "One" { yesno x "Bought?" }
    section g2 "Two" { yesno y "Bought?" when x == yes }
  }`);
    expect(codes(text, { only: ['SVY2146'] })).toEqual(["13:10 SVY2146 'why'", "17:30 SVY2146 'y'"]);
  });
});
