import { describe, expect, it } from 'vitest';
import { codes, survey } from '../helpers.ts';

describe('hidden-in-score (SVY2030)', () => {
  it('reports a hidden variable inside a score formula', () => {
    const text = survey(`  hidden wave number "调查轮次" en: "Wave"
  rating overall "总体满意度" en: "Overall satisfaction" on sat5
  score s = overall + wave`);
    expect(codes(text, { only: ['SVY2030', 'SVY2002'] })).toEqual(["13:23 SVY2030 'wave'"]);
  });

  it('accepts hidden variables in conditions and breakdowns', () => {
    const text = survey(`  choices channels { app "应用" en: "App" web "网站" en: "Website" }
  hidden channel from channels
  rating overall "总体满意度" en: "Overall satisfaction" on sat5
  text why "原因" en: "Why" optional when channel == app and overall <= 2
  score s = rescale(overall, sat5)
  analysis { breakdown by channel }`);
    expect(codes(text).filter((c) => / SVY2\d{3} /.test(c))).toEqual([]);
  });
});
