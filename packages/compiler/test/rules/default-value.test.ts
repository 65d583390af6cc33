// Defaults (SVY2074, SVY2075), with the order rule (SVY2005) on the answers they read.
import { describe, expect, it } from 'vitest';
import { codes, structuralCodes, survey } from '../helpers.ts';

const region = `  single region "您所在的地区" en: "Your region" { north "北方" en: "North"  south "南方" en: "South" }`;
describe('defaults', () => {
  it('accepts values and formulas that fit the question', () => {
    const text = survey(`${region}
  number people "同行人数" en: "People" min 1 max 10 default 2
  number copies "份数" en: "Copies" default people * 2
  rating sat "满意度" en: "Satisfaction" on sat5 default 3
  single where "地点" en: "Where" { home "家" en: "Home"  work "单位" en: "Work" } default home
  multi langs "语言" en: "Languages" { zh "中文" en: "Chinese"  en "英文" en: "English" } default zh
  single region2 "地区" en: "Region" { north "北方" en: "North"  south "南方" en: "South" } default region
  yesno ok "同意吗?" en: "Agree?" default yes
  date day "日期" en: "Date" default today()
  text name "姓名" en: "Name" optional default "匿名"`);
    expect(structuralCodes(text)).toEqual([]);
  });

  it('reports a default that does not fit (SVY2074) or a kind without defaults (SVY2075)', () => {
    const text = survey(`  number people "人数" en: "People" min 1 max 10 default 0
  rating sat "满意度" en: "Satisfaction" on sat5 default 7
  single where "地点" en: "Where" { home "家" en: "Home"  work "单位" en: "Work" } default school
  date day "日期" en: "Date" default "tomorrow"
  text name "姓名" en: "Name" default 3
  matrix m "评价" en: "Rate" on sat5 { row r1 "速度" en: "Speed" } default 3`);
    expect(codes(text, { only: ['SVY2074', 'SVY2075'] })).toEqual([
      "11:56 SVY2074 '0'",
      "12:55 SVY2074 '7'",
      "13:87 SVY2074 'school'",
      '14:36 SVY2074 \'"tomorrow"\'',
      "15:37 SVY2074 '3'",
      "16:64 SVY2075 'default 3'",
    ]);
  });

  it('reads only earlier answers (SVY2005)', () => {
    const text = survey(`  number a "甲" en: "A" default b + 1
  number b "乙" en: "B"`);
    expect(codes(text, { only: ['SVY2005'] })).toEqual(["11:32 SVY2005 'b'"]);
  });
});
