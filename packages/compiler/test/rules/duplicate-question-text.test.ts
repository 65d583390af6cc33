import { describe, expect, it } from 'vitest';
import { codes, compile } from '../helpers.ts';
import { zhen } from '../methodology/kit.ts';

describe('duplicate-question-text (SVY4010)', () => {
  const text = zhen(
    '  rating q1 "您对我们的服务满意吗?" en: "How satisfied are you with our service?" on sat5\n' +
      '  rating q2 "您对我们的服务满意吗？" en: "How satisfied are you with our service ?" on sat5',
  );

  it('reports texts equal up to punctuation, spacing and full-width forms, once per question', () => {
    expect(codes(text)).toEqual(["9:14 SVY4010 '您对我们的服务满意吗？'"]);
  });

  it('points at the earlier question', () => {
    const d = compile(text).diagnostics.find((x) => x.code === 'SVY4010')!;
    expect(d.message).toContain("'q2' has the same text as 'q1'");
    expect(d.related?.[0].message).toBe("'q1' has the same text");
  });

  it('accepts parallel items that differ in one word', () => {
    const parallel = zhen(
      '  rating q1 "过去 3 个月中,您对我司产品质量的满意度如何?" en: "In the past 3 months, how satisfied were you with our product quality?" on sat5\n' +
        '  rating q2 "过去 3 个月中,您对我司服务质量的满意度如何?" en: "In the past 3 months, how satisfied were you with our service quality?" on sat5',
    );
    expect(codes(parallel)).toEqual([]);
  });
});
