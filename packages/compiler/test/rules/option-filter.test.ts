// Choice filters (SVY2071; SVY2070 is no longer reported), with the order rule (SVY2005) that applies to them like to any `when`.
import { describe, expect, it } from 'vitest';
import { codes, compile, structuralCodes, survey } from '../helpers.ts';

const region = `  single region "您所在的地区" en: "Your region" { north "北方" en: "North"  south "南方" en: "South" }`;
const brands = `  multi brands "您用过哪些品牌?" en: "Which brands have you used?" {
    a "品牌 A" en: "Brand A"
    b "品牌 B" en: "Brand B" when region == north
    c "品牌 C" en: "Brand C" when region == south
  }`;

describe('choice filters', () => {
  it('accepts conditions on earlier answers and keeps them on the options', () => {
    const text = survey(`${region}\n${brands}`);
    expect(structuralCodes(text)).toEqual([]);
    const q = compile(text).survey!.variables.get('brands')!;
    expect('choices' in q && q.choices?.options.map((o) => !!o.when)).toEqual([false, true, true]);
  });

  it('checks the order, the codes and the type of an option condition', () => {
    const text = survey(`  multi brands "品牌" en: "Brands" {
    a "A" en: "A" when later == 1
    b "B" en: "B" when region == west
    c "C" en: "C" when region
  }
${region}
  number later "稍后" en: "Later"`);
    const found = structuralCodes(text);
    // `region` is declared after the options that read it, too.
    expect(found.filter((c) => c.includes('SVY2005'))).toEqual([
      "12:24 SVY2005 'later'",
      "13:24 SVY2005 'region'",
      "14:24 SVY2005 'region'",
    ]);
    expect(codes(text, { only: ['SVY2071'] })).toEqual(["14:24 SVY2071 'region'"]);
  });

  it('accepts a filter in a shared list and checks that it is a condition (SVY2071)', () => {
    const ok = survey(`${region}
  choices cities { bj "北京" en: "Beijing" when region == north  sh "上海" en: "Shanghai" }
  single city "城市" en: "City" from cities`);
    expect(structuralCodes(ok)).toEqual([]);
    const bad = survey(`${region}
  choices cities { bj "北京" en: "Beijing" when region  sh "上海" en: "Shanghai" }
  single city "城市" en: "City" from cities`);
    expect(codes(bad, { only: ['SVY2070', 'SVY2071'] })).toEqual(["12:47 SVY2071 'region'"]);
  });
});
