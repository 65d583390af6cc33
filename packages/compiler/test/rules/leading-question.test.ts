import { describe, expect, it } from 'vitest';
import { codes } from '../helpers.ts';
import { zhen } from '../methodology/kit.ts';

describe('leading-question (SVY4002)', () => {
  it('reports 是否同意…很好, "don\'t you agree" and praise words', () => {
    const text = zhen('  rating q "您是否同意我们的服务很好?" en: "Don\'t you agree that our service is excellent?" on agree5');
    expect(codes(text)).toEqual(["8:16 SVY4002 '同意我们的服务很好'", "8:33 SVY4002 'Don't you agree'", "8:69 SVY4002 'excellent'"]);
  });

  it('reports 难道, 一流, "wouldn\'t you say" and hyphenated praise', () => {
    const text = zhen('  rating q "难道您不认为我们的产品是一流的吗?" en: "Wouldn\'t you say our product is first-class?" on sat5');
    expect(codes(text)).toEqual([
      "8:13 SVY4002 '难道'",
      "8:15 SVY4002 '您不认为'",
      "8:25 SVY4002 '一流'",
      "8:37 SVY4002 'Wouldn't you say'",
      "8:69 SVY4002 'first-class'",
    ]);
  });

  it('reports appeals to what others think', () => {
    const text = zhen(
      '  rating q "大多数客户都认为我们的售后很好,您的看法如何?" en: "Most customers love our after-sales service. How satisfied are you?" on sat5',
    );
    expect(codes(text)).toEqual(["8:13 SVY4002 '大多数客户'", "8:43 SVY4002 'Most customers'"]);
  });

  it('accepts neutral questions, including agreement with a plain statement', () => {
    expect(codes(zhen('  rating q "您对我们的服务满意吗?" en: "How satisfied are you with our service?" on sat5'))).toEqual([]);
    expect(
      codes(
        zhen('  rating q "您在多大程度上同意我们的说明清楚易懂?" en: "How much do you agree that our instructions were clear?" on agree5'),
      ),
    ).toEqual([]);
  });

  it('extends the praise list from survey.config.json', () => {
    const text = zhen('  rating q "您对我们贴身的服务满意吗?" en: "How satisfied are you with our brilliant service?" on sat5');
    expect(codes(text)).toEqual([]);
    expect(codes(text, { config: { options: { 'leading-question': { praise: ['brilliant', '贴身'] } } } })).toEqual([
      "8:17 SVY4002 '贴身'",
      "8:64 SVY4002 'brilliant'",
    ]);
  });
});
