// Carry-forward (SVY2072, SVY2073), with the order rule (SVY2005) on its source.
import { describe, expect, it } from 'vitest';
import { codes, compile, structuralCodes, survey } from '../helpers.ts';

const region = `  single region "您所在的地区" en: "Your region" { north "北方" en: "North"  south "南方" en: "South" }`;
const brands = `  multi brands "您用过哪些品牌?" en: "Which brands have you used?" {
    a "品牌 A" en: "Brand A"
    b "品牌 B" en: "Brand B" when region == north
    c "品牌 C" en: "Brand C" when region == south
  }`;

describe('carry-forward', () => {
  it('takes the options of the earlier question, selected or not', () => {
    const text = survey(`${region}\n${brands}
  single fav "最喜欢的品牌" en: "Favourite brand" from brands selected
  multi others "还想试哪些?" en: "Which would you try?" from brands not selected optional`);
    expect(structuralCodes(text)).toEqual([]);
    const s = compile(text).survey!;
    const fav = s.questions.find((q) => q.id === 'fav')!;
    const others = s.questions.find((q) => q.id === 'others')!;
    expect(fav.carry).toEqual({ source: 'brands', selected: true });
    expect(others.carry).toEqual({ source: 'brands', selected: false });
    expect(fav.choices?.options.map((o) => o.code)).toEqual(['a', 'b', 'c']);
  });

  it('needs an earlier single or multi question (SVY2072, SVY2005)', () => {
    const text = survey(`  rating overall "总体" en: "Overall" on sat5
  choices vendors { a "A" en: "A"  b "B" en: "B" }
  single x "X" en: "X" from overall selected
  single y "Y" en: "Y" from vendors selected
  single z "Z" en: "Z" from later selected
  multi later "稍后" en: "Later" { a "A" en: "A"  b "B" en: "B" }`);
    expect(codes(text, { only: ['SVY2072', 'SVY2005'] })).toEqual([
      "13:29 SVY2072 'overall'",
      "14:29 SVY2072 'vendors'",
      "15:29 SVY2005 'later'",
    ]);
  });

  it('warns on `selected` from a single question (SVY2073), not on `not selected`', () => {
    const text = survey(`${region}
  single again "再选" en: "Again" from region selected
  multi other "其他" en: "Others" from region not selected optional`);
    expect(codes(text, { only: ['SVY2073'] })).toEqual(["12:38 SVY2073 'region'"]);
  });
});
