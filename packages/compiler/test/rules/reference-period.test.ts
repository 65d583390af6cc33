import { describe, expect, it } from 'vitest';
import { codes } from '../helpers.ts';
import { zhen } from '../methodology/kit.ts';

describe('reference-period (SVY4007)', () => {
  it('reports a behaviour question without a reference period, at the verb', () => {
    const text = zhen(
      '  multi q "您使用过我们的哪些服务?" en: "Which of our services have you used?" { a "咨询" en: "Advice" b "维修" en: "Repair" }',
    );
    expect(codes(text)).toEqual(["8:13 SVY4007 '使用'", "8:62 SVY4007 'used'"]);
  });

  it('reports only the language that lacks the period', () => {
    const text = zhen('  yesno q "过去 30 天内,您联系过我们吗?" en: "Have you contacted us?"');
    expect(codes(text)).toEqual(["8:45 SVY4007 'contacted'"]);
  });

  it('accepts a period, the present and "ever"', () => {
    const text = zhen(
      '  multi q "过去 12 个月中,您使用过我们的哪些服务?" en: "In the past 12 months, which of our services have you used?" { a "咨询" en: "Advice" b "维修" en: "Repair" }\n' +
        '  single q2 "您目前使用哪家的产品?" en: "Whose product do you use now?" { a "甲" en: "A" b "乙" en: "B" }\n' +
        '  yesno q3 "您曾经购买过我们的会员卡吗?" en: "Have you ever bought our membership card?"',
    );
    expect(codes(text)).toEqual([]);
  });

  it('leaves opinions alone: a rating needs no period', () => {
    expect(codes(zhen('  rating q4 "您对您使用的产品满意吗?" en: "How satisfied are you with the product you use?" on sat5'))).toEqual([]);
  });
});
