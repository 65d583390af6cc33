import { describe, expect, it } from 'vitest';
import { codes } from '../helpers.ts';
import { zhen } from '../methodology/kit.ts';

describe('vague-quantifier (SVY4006)', () => {
  it('reports 经常 and regularly', () => {
    const text = zhen(
      '  yesno q "过去 30 天内,您经常联系我们的客服吗?" en: "In the past 30 days, did you contact our service desk regularly?"',
    );
    expect(codes(text)).toEqual(["8:22 SVY4006 '经常'", "8:94 SVY4006 'regularly'"]);
  });

  it('accepts how often, 最近一次, 最近 3 个月 and "how many times"', () => {
    const text = zhen(
      '  number q "过去 30 天内,您多久使用一次我们的应用?" en: "In the past 30 days, how often did you use our app?" min 0 max 100\n' +
        '  yesno q2 "您最近一次联系客服时问题解决了吗?" en: "Was your problem solved the most recent time you contacted us?"\n' +
        '  number q3 "最近 3 个月,您联系过我们几次?" en: "In the past 3 months, how many times did you contact us?" min 0 max 100',
    );
    expect(codes(text)).toEqual([]);
  });

  it('adds words from survey.config.json', () => {
    const text = zhen('  yesno q "过去 30 天内,您时不时联系我们吗?" en: "In the past 30 days, did you contact us now and then?"');
    expect(codes(text, { only: ['SVY4006'] })).toEqual(["8:78 SVY4006 'now and then'"]);
    expect(codes(text, { only: ['SVY4006'], config: { options: { SVY4006: { words: { zh: ['时不时'] } } } } })).toEqual([
      "8:22 SVY4006 '时不时'",
      "8:78 SVY4006 'now and then'",
    ]);
  });
});
