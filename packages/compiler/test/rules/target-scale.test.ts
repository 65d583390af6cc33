import { describe, expect, it } from 'vitest';
import { codes } from '../helpers.ts';
import { applyFix, diagnostics, en, zhen } from '../methodology/kit.ts';

const zh = (targets: string) =>
  zhen(`  rating overall "您对本次服务的总体满意度如何?" en: "Overall, how satisfied are you with the service?" on sat5
  score csat "满意度(0–100)" en: "Satisfaction (0–100)" = rescale(overall, sat5)
  score mean_sat "平均满意度" en: "Mean satisfaction" = mean(overall)
${targets}`);

const english = (targets: string) =>
  en(`  rating overall "Overall, how satisfied are you with the service?" on sat5
  score csat = rescale(overall, sat5)
  score top2 = topbox(overall, 2)
${targets}`);

describe('target-scale (SVY6023)', () => {
  it('reports a 0–100 target written on the 1–5 item scale, with a fix (zh)', () => {
    const text = zh('  target csat >= 4.5');
    expect(codes(text)).toEqual(["11:3 SVY6023 'target csat >= 4.5'"]);
    expect(diagnostics(text, 'SVY6023')[0]!.message).toBe(
      "Target `csat >= 4.5` looks written on the 1–5 scale of the items, but 'csat' is on 0–100, where almost any result meets it. On 0–100, 4.5 on the 1–5 scale is 87.5: write `csat >= 87.5`.",
    );
    expect(codes(applyFix(text, 'SVY6023'))).toEqual([]);
  });

  it('reports a top-box share target written on the item scale (en)', () => {
    expect(codes(english('  target top2 > 4'))).toEqual(["10:3 SVY6023 'target top2 > 4'"]);
  });

  it('accepts targets on the score’s own scale, upper limits and means on the item scale', () => {
    expect(codes(zh('  target csat >= 80\n  target mean_sat >= 4.5'))).toEqual([]);
    expect(codes(english('  target csat >= 75\n  target top2 <= 3'))).toEqual([]);
  });
});
