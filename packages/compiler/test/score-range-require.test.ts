// A score's range under `require k`: sum() adds the answered items, so with k of n
// items required its lowest value is the k smallest low ends (negative ones always
// count), not all n; mean() and `require all` keep the full range.
import { describe, expect, it } from 'vitest';
import { compileText, rangeOfScore } from '../src/index.ts';

const survey = (scores: string) => `survey s {
  title "总分" en: "Totals"
  languages zh, en
  scale agree5 1..5 { 1 "非常不同意" en: "Strongly disagree" 5 "非常同意" en: "Strongly agree" } anchored
  scale bipolar -2..2 { -2 "很差" en: "Very poor" 2 "很好" en: "Very good" } anchored
  rating a "服务" en: "Service" on agree5 optional
  rating b "价格" en: "Price" on agree5 optional
  rating c "环境" en: "Place" on agree5 optional
  rating p "体验" en: "Experience" on bipolar optional
  rating q "速度" en: "Speed" on bipolar optional
${scores}
}
`;

function range(scores: string, id: string) {
  const r = compileText(survey(scores), { path: 's.survey' });
  return rangeOfScore(r.survey!, id);
}

describe('score ranges with require k / 至少回答 k 项时的分数范围', () => {
  it('sum of 3 items on 1..5, require 2: 2..15 (require all: 3..15)', () => {
    expect(range('score t = sum(a, b, c) require 2', 't')).toEqual([2, 15]);
    expect(range('score t = sum(a, b, c) require all', 't')).toEqual([3, 15]);
    expect(range('score t = sum(a, b, c)', 't')).toEqual([3, 15]);
  });
  it('require 1: a single answered item, 1..15', () => {
    expect(range('score t = sum(a, b, c) require 1', 't')).toEqual([1, 15]);
  });
  it('negative low ends always lower the bound: sum(p, q, a) require 1 on -2..2 and 1..5 is -4..9', () => {
    expect(range('score t = sum(p, q, a) require 1', 't')).toEqual([-4, 9]);
  });
  it('mean keeps the hull of its items', () => {
    expect(range('score t = mean(a, b, c) require 2', 't')).toEqual([1, 5]);
  });
  it('a sum inside a formula: (sum(a, b, c) require 2) × 2', () => {
    expect(range('score t = sum(a, b, c) * 2 require 2', 't')).toEqual([4, 30]);
  });
});
