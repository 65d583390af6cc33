import { describe, expect, it } from 'vitest';
import { codes } from '../helpers.ts';
import { zhen } from '../methodology/kit.ts';

const survey = (score: string) =>
  zhen(`  scale s5 1..5 { 1 "非常不满意" en: "Very dissatisfied" 2 "不满意" en: "Dissatisfied" 3 "一般" en: "Neither satisfied nor dissatisfied" 4 "满意" en: "Satisfied" 5 "非常满意" en: "Very satisfied" missing 9 "不适用" en: "Not applicable" }
  rating overall "您对本次服务满意吗?" en: "How satisfied are you with this service?" on s5
${score}`);

describe('missing-code-in-score (SVY5008)', () => {
  it('reports a score that compares an item with its "not applicable" code', () => {
    expect(codes(survey('  score na = share(overall == 9)'))).toEqual(["10:31 SVY5008 '9'"]);
    expect(codes(survey('  score n = count(overall >= 9, overall == 5)'))).toEqual(["10:30 SVY5008 '9'"]);
  });

  it('accepts comparisons with scale points and answered()', () => {
    expect(codes(survey('  score top2 = share(overall >= 4)\n  score answered_share = share(answered(overall))'))).toEqual([]);
  });
});
