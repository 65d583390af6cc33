import { describe, expect, it } from 'vitest';
import { codes, compile, survey } from '../helpers.ts';

describe('fixed-outside-random (SVY2144)', () => {
  it('accepts anchors in a randomised section and in a shuffle group', () => {
    const text = survey(`  section s "服务" en: "Service" randomize {
    rating a "总体" en: "Overall" on sat5 fixed
    rating b "员工" en: "Staff" on sat5
    rating c "价格" en: "Price" on sat5
  }
  shuffle brands {
    section b1 "品牌一" en: "Brand one" { yesno x "买过吗?" en: "Bought it?" }
    section b2 "品牌二" en: "Brand two" { yesno y "买过吗?" en: "Bought it?" }
    section b3 "其他" en: "Others" fixed { yesno z "买过吗?" en: "Bought it?" }
  }`);
    expect(codes(text, { only: ['SVY2144'] })).toEqual([]);
    const f = compile(text).survey!.flow;
    expect(f.randomSections).toEqual([{ section: 's', fixed: ['a'] }]);
    expect(f.groups.map((g) => [g.id, g.sections, g.fixed])).toEqual([['brands', ['b1', 'b2', 'b3'], ['b3']]]);
  });

  it('reports a fixed question outside a randomised section and a fixed section outside a group', () => {
    const text = survey(`  section s "Service" {
    rating a "Overall" on sat5 fixed
    rating b "Staff" on sat5
  }
  section t "Price" fixed { rating c "Price" on sat5 }`);
    expect(codes(text, { only: ['SVY2144'] })).toEqual(["12:12 SVY2144 'a'", "15:11 SVY2144 't'"]);
  });
});
