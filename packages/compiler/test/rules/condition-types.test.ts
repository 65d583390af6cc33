import { describe, expect, it } from 'vitest';
import { codes, compile, survey } from '../helpers.ts';

const base = `  single vendor "供应商" en: "Vendor" { a "甲" en: "A" other "其他" en: "Other" specify }
  multi helpful "有帮助的方面" en: "Helpful areas" { s "销售" en: "Sales" k "客服" en: "Support" }
  text comment "意见" en: "Comments" optional
  rating overall "总体满意度" en: "Overall" on sat5
  yesno rec "会推荐吗" en: "Recommend?"`;

describe('condition-types (SVY2007, SVY2008)', () => {
  it('accepts well-typed conditions', () => {
    const text = survey(
      base + '\n  text t "说明" en: "Explain" when vendor == other and helpful has k and overall <= 2 and comment != "" and rec == yes',
    );
    expect(codes(text, { only: ['SVY2007', 'SVY2008'] })).toEqual([]);
  });

  it('reports text compared with a number', () => {
    const text = survey(base + '\n  text t "说明" en: "Explain" when comment > 3');
    expect(codes(text, { only: ['SVY2007'] })).toEqual(["16:34 SVY2007 'comment > 3'"]);
  });

  it('reports a code that is not in the list, with a suggestion', () => {
    const text = survey(base + '\n  text t "说明" en: "Explain" when vendor == others');
    expect(codes(text, { only: ['SVY2008'] })).toEqual(["16:44 SVY2008 'others'"]);
    const d = compile(text).diagnostics.find((x) => x.code === 'SVY2008')!;
    expect(d.message).toContain("Did you mean 'other'?");
    expect(d.fixes?.[0].edits[0].newText).toBe('other');
  });

  it('reports a value off the scale', () => {
    const text = survey(base + '\n  text t "说明" en: "Explain" when overall == 7');
    expect(codes(text, { only: ['SVY2008'] })).toEqual(["16:45 SVY2008 '7'"]);
  });

  it('reports ordering on a choice, == on a multi, has on a single', () => {
    const text = survey(
      base +
        '\n  text t1 "说明" en: "Explain" when vendor > a\n  text t2 "说明" en: "Explain" when helpful == s\n  text t3 "说明" en: "Explain" when vendor has a',
    );
    expect(codes(text, { only: ['SVY2007'] })).toEqual([
      "16:35 SVY2007 'vendor > a'",
      "17:35 SVY2007 'helpful == s'",
      "18:35 SVY2007 'vendor has a'",
    ]);
  });

  it('reports arithmetic on text in a score', () => {
    const text = survey(base + '\n  score s = overall + comment');
    expect(codes(text, { only: ['SVY2007'] })).toEqual(["16:13 SVY2007 'overall + comment'"]);
  });
});

describe('condition-types on hidden variables (SVY2007, SVY2008)', () => {
  const hidden = `  choices channels { app "应用" en: "App" web "网站" en: "Website" }
  hidden channel from channels
  hidden customer_id text "客户编号" en: "Customer id"
  hidden wave number optional`;
  it('accepts well-typed comparisons', () => {
    const text = survey(hidden + '\n  text t "说明" en: "Explain" when channel == web and customer_id != "" and wave >= 2');
    expect(codes(text, { only: ['SVY2007', 'SVY2008', 'SVY2002'] })).toEqual([]);
  });

  it('reports a code not in the list, a text compared with a number and an ordered code', () => {
    const text = survey(hidden + '\n  text t "说明" en: "Explain" when channel == shop or customer_id > 3 or channel < app');
    expect(codes(text, { only: ['SVY2007', 'SVY2008'] })).toEqual([
      "15:45 SVY2008 'shop'",
      "15:53 SVY2007 'customer_id > 3'",
      "15:72 SVY2007 'channel < app'",
    ]);
  });
});
