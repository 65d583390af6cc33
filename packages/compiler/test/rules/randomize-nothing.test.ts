import { describe, expect, it } from 'vitest';
import { codes, survey } from '../helpers.ts';

describe('randomize-nothing (SVY2147)', () => {
  it('accepts a section and a group with two movable items', () => {
    const text = survey(`  section s "服务" en: "Service" randomize {
    rating a "员工" en: "Staff" on sat5
    rating b "价格" en: "Price" on sat5
  }
  shuffle g {
    section g1 "一" en: "One" { yesno x "买过吗?" en: "Bought?" }
    section g2 "二" en: "Two" { yesno y "买过吗?" en: "Bought?" }
  }`);
    expect(codes(text, { only: ['SVY2147'] })).toEqual([]);
  });

  it('reports a section whose pages hold one movable question each, and a group of one', () => {
    const text = survey(`  section s "Service" randomize {
    rating a "Staff" on sat5
    page
    rating b "Price" on sat5
  }
  shuffle g {
    section g1 "One" { yesno x "Bought?" }
    section g2 "Two" fixed { yesno y "Bought?" }
  }`);
    expect(codes(text, { only: ['SVY2147'] })).toEqual(["11:11 SVY2147 's'", "16:11 SVY2147 'g'"]);
  });
});
