import { describe, expect, it } from 'vitest';
import { codes } from '../helpers.ts';
import { survey } from '../helpers.ts';

describe('condition-order (SVY2005)', () => {
  it('reports a condition on a later question', () => {
    const text = survey('  text why "不满意的原因？" en: "Why?" when overall <= 2\n  rating overall "总体满意度" en: "Overall" on sat5');
    expect(codes(text, { only: ['SVY2005'] })).toEqual(["11:38 SVY2005 'overall'"]);
  });

  it('reports a condition on the question itself', () => {
    const text = survey('  rating overall "总体满意度" en: "Overall" on sat5 when overall > 1');
    expect(codes(text, { only: ['SVY2005'] })).toEqual(["11:53 SVY2005 'overall'"]);
  });

  it('reports piping of a later answer and accepts an earlier one', () => {
    const text = survey(
      '  text a "您对{b}满意吗？" en: "About {b}?"\n  single b "供应商" en: "Vendor" { x "甲" en: "A" y "乙" en: "B" }\n  text c "关于{b}" en: "About {b}"',
    );
    expect(codes(text, { only: ['SVY2005'] })).toEqual(["11:14 SVY2005 'b'", "11:34 SVY2005 'b'"]);
  });

  it('accepts conditions on earlier questions and rows', () => {
    const text = survey(
      '  matrix m "评价" en: "Rate" on sat5 { row r1 "速度" en: "Speed" row r2 "态度" en: "Attitude" }\n  text why "原因" en: "Why" when r1 <= 2 or r2 <= 2',
    );
    expect(codes(text, { only: ['SVY2005'] })).toEqual([]);
  });
});
