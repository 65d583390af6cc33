import { describe, expect, it } from 'vitest';
import { codes } from '../helpers.ts';
import { applyFix, diagnostics, zhen } from '../methodology/kit.ts';

const sat7 =
  '  scale sat7 1..7 { 1 "非常不满意" en: "Very dissatisfied" 2 "不满意" en: "Dissatisfied" 3 "有点不满意" en: "Somewhat dissatisfied" 4 "一般" en: "Neither satisfied nor dissatisfied" 5 "有点满意" en: "Somewhat satisfied" 6 "满意" en: "Satisfied" 7 "非常满意" en: "Very satisfied" }';

const battery = (second: string) =>
  zhen(`${sat7}
  section s "服务" en: "Service" {
    rating speed "您对响应速度满意吗?" en: "How satisfied are you with our response time?" on sat5
    rating staff "您对服务态度满意吗?" en: "How satisfied are you with our staff?" on ${second}
  }`);

describe('battery-consistency (SVY5001)', () => {
  it('reports a battery that switches from 5 to 7 points, at the scale name', () => {
    expect(codes(battery('sat7'))).toEqual(["11:78 SVY5001 'sat7'"]);
    expect(diagnostics(battery('sat7'), 'SVY5001')[0].related?.[0].message).toBe("'speed' uses 'sat5'");
  });

  it("offers the battery's first scale as a fix", () => {
    expect(codes(applyFix(battery('sat7'), 'SVY5001'))).toEqual([]);
  });

  it('reports a battery that switches direction', () => {
    const text =
      zhen(`  scale desc5 1..5 descending { 1 "非常满意" en: "Very satisfied" 2 "满意" en: "Satisfied" 3 "一般" en: "Neither satisfied nor dissatisfied" 4 "不满意" en: "Dissatisfied" 5 "非常不满意" en: "Very dissatisfied" }
  rating a "您对响应速度满意吗?" en: "How satisfied are you with our response time?" on sat5
  rating b "您对服务态度满意吗?" en: "How satisfied are you with our staff?" on desc5`);
    expect(codes(text)).toEqual(["10:72 SVY5001 'desc5'"]);
  });

  it('accepts different label sets of one shape, and questions in different sections', () => {
    // The satisfaction stems on an agreement scale are SVY5015's business, not the battery's.
    expect(codes(battery('agree5'), { only: ['SVY5001'] })).toEqual([]);
    const text = zhen(`${sat7}
  section a "服务" en: "Service" {
    rating speed "您对响应速度满意吗?" en: "How satisfied are you with our response time?" on sat5
  }
  section b "总体" en: "Overall" {
    rating staff "您对服务态度满意吗?" en: "How satisfied are you with our staff?" on sat7
  }`);
    expect(codes(text)).toEqual([]);
  });
});
