import { describe, expect, it } from 'vitest';
import { codes } from '../helpers.ts';
import { zhen } from '../methodology/kit.ts';

const long = zhen(
  '  rating q "考虑到您在过去一年中与我们的销售人员、客服人员、技术支持人员打交道的经历,您对我们公司提供的整体服务质量的满意程度如何?" en: "Thinking about your dealings with our sales staff, our customer service staff and our technical support staff over the past year, how satisfied are you overall with us?" on sat5',
);

describe('question-length (SVY3003)', () => {
  it('reports characters beyond 40 (Chinese) and words beyond 25 (English), covering the excess', () => {
    expect(codes(long, { only: ['SVY3003'] })).toEqual([
      "8:56 SVY3003 '提供的整体服务质量的满意程度如何?'",
      "8:232 SVY3003 'overall with us?'",
    ]);
  });

  it('takes its limits from survey.config.json', () => {
    expect(codes(long, { only: ['SVY3003'], config: { options: { SVY3003: { maxWords: 40, maxChars: 80 } } } })).toEqual([]);
  });

  it('accepts short questions', () => {
    expect(codes(zhen('  rating q "您对本次服务满意吗?" en: "How satisfied are you with this service?" on sat5'))).toEqual([]);
  });
});
