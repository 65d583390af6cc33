import { describe, expect, it } from 'vitest';
import { codes, survey } from '../helpers.ts';

describe('score-structure (SVY2009, SVY2023)', () => {
  it('reports scores that depend on each other', () => {
    const text = survey('  rating q "满意度" en: "Satisfaction" on sat5\n  score a = b + q\n  score b = a * 2');
    expect(codes(text, { only: ['SVY2009'] })).toEqual(["12:9 SVY2009 'a'"]);
  });
  it('reports a require count above the number of items', () => {
    const text = survey(
      '  rating q1 "服务" en: "Service" on sat5\n  rating q2 "质量" en: "Quality" on sat5\n  score s = mean(q1, q2) require 3',
    );
    expect(codes(text, { only: ['SVY2023'] })).toEqual(["13:26 SVY2023 'require 3'"]);
  });
  it('counts matrix rows as items', () => {
    const text = survey(
      '  matrix m "评价" en: "Rate" on sat5 { row r1 "一" en: "One" row r2 "二" en: "Two" row r3 "三" en: "Three" }\n  score s = mean(m) require 2',
    );
    expect(codes(text, { only: ['SVY2023', 'SVY2009'] })).toEqual([]);
  });
});
