import { describe, expect, it } from 'vitest';
import { codes } from '../helpers.ts';
import { applyFix, zhen } from '../methodology/kit.ts';

const anchored = zhen(`  scale sat7 1..7 anchored {
    1 "非常不满意" en: "Very dissatisfied"
    7 "非常满意" en: "Very satisfied"
  }
  rating q "您对我们的服务满意吗?" en: "How satisfied are you with our service?" on sat7`);

describe('scale-balance (SVY5002, SVY5003)', () => {
  it('reports more positive than negative labels, in both languages', () => {
    const text = zhen(
      '  scale q5 1..5 { 1 "差" en: "Poor" 2 "一般" en: "Fair" 3 "好" en: "Good" 4 "很好" en: "Very good" 5 "非常好" en: "Excellent" }',
    );
    expect(codes(text)).toEqual(["8:9 SVY5002 'q5'"]);
  });

  it('accepts balanced scales, with or without a midpoint', () => {
    const text = zhen(
      '  scale q5 1..5 { 1 "很差" en: "Very poor" 2 "较差" en: "Poor" 3 "一般" en: "Fair" 4 "较好" en: "Good" 5 "很好" en: "Very good" }\n' +
        '  scale c5 1..5 { 5 "好很多" en: "Much better" 4 "好一些" en: "Somewhat better" 3 "差不多" en: "About the same" 2 "差一些" en: "Somewhat worse" 1 "差很多" en: "Much worse" }\n' +
        '  scale a4 1..4 { 1 "非常不同意" en: "Strongly disagree" 2 "不同意" en: "Disagree" 3 "同意" en: "Agree" 4 "非常同意" en: "Strongly agree" }',
    );
    expect(codes(text)).toEqual([]);
  });

  it('leaves scales alone when a language cannot classify its labels (frequency, unipolar)', () => {
    const text = zhen(
      '  scale f5 1..5 { 1 "从不" en: "Never" 2 "很少" en: "Rarely" 3 "有时" en: "Sometimes" 4 "经常" en: "Often" 5 "总是" en: "Always" }',
    );
    expect(codes(text)).toEqual([]);
  });

  it('reports an anchored bipolar scale without a midpoint label, with a fix that adds one', () => {
    expect(codes(anchored)).toEqual(["8:9 SVY5003 'sat7'"]);
    const fixed = applyFix(anchored, 'SVY5003');
    expect(fixed).toContain(
      '    1 "非常不满意" en: "Very dissatisfied"\n    4 "一般" en: "Neither satisfied nor dissatisfied"\n    7 "非常满意" en: "Very satisfied"',
    );
    expect(codes(fixed)).toEqual([]);
  });

  it('accepts anchored unipolar and 0–10 scales', () => {
    const text = zhen(
      '  scale likely 0..10 anchored { 0 "完全不可能" en: "Not at all likely" 10 "极有可能" en: "Extremely likely" }\n' +
        '  scale use5 1..5 anchored { 1 "从不" en: "Never" 5 "总是" en: "Always" }',
    );
    expect(codes(text)).toEqual([]);
  });
});
