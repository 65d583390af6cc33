import { describe, expect, it } from 'vitest';
import { codes } from '../helpers.ts';
import { applyFix, zhen } from '../methodology/kit.ts';

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

describe('vague-quantifier (SVY4006): classes from the wording corpus', () => {
  const got = (text: string) => codes(text, { only: ['SVY4006'] }).map((c) => c.split(' ').slice(1).join(' '));

  it('reports a vague word the segmenter glues to an auxiliary (有时会)', () => {
    expect(got(zhen('  yesno q "您有时会感到工作压力大吗?" en: "Do you sometimes feel stressed at work?"'))).toEqual([
      "SVY4006 '有时'",
      "SVY4006 'sometimes'",
    ]);
  });

  it('accepts "how frequently", "most often", framing adverbs, typical amounts and 最近 meaning nearest', () => {
    expect(
      got(
        zhen('  single q "过去两周,感觉疲倦的情况有多频繁?" en: "Which channel do you use most often?" { a "甲" en: "A" b "乙" en: "B" }'),
      ),
    ).toEqual([]);
    expect(
      got(zhen('  rating q "总体而言,您对社区满意吗?" en: "Generally, how satisfied are you with your neighbourhood?" on sat5')),
    ).toEqual([]);
    expect(got(zhen('  text q "您每晚通常睡几个小时?" en: "How many hours do you usually sleep?"'))).toEqual([]);
    expect(got(zhen('  text q "您家距离最近的公交站有多远?" en: "How far is the nearest bus stop?"'))).toEqual([]);
  });
});

describe('vague-quantifier quick fix', () => {
  it('turns a vague frequency into a count in the past 30 days, as a single choice, and the result checks clean', () => {
    const text = zhen('  yesno shop "您经常网上购物吗?" en: "Do you often shop online?"');
    const fixed = applyFix(text, 'SVY4006');
    expect(fixed).toContain(
      'single shop "过去30天内,您网上购物吗?" en: "In the past 30 days, do you shop online?" { f0 "0 次" en: "Not at all" f1 "1 次" en: "Once"',
    );
    expect(codes(fixed)).toEqual([]);
  });

  it('replaces the scale of a rating item', () => {
    const fixed = applyFix(zhen('  rating tired "我经常在下班后感到疲惫。" en: "I often feel tired after work." on agree5'), 'SVY4006');
    expect(fixed).toMatch(/single tired "过去30天内,我在下班后感到疲惫。" en: "In the past 30 days, I feel tired after work." \{ f0 /);
    expect(codes(fixed, { only: ['SVY4006', 'SVY1003'] })).toEqual([]);
  });

  it('replaces a vague time word by the past 30 days', () => {
    const fixed = applyFix(
      zhen('  yesno contact "您最近联系过我们的客服吗?" en: "Have you contacted our service desk recently?"'),
      'SVY4006',
    );
    expect(fixed).toContain(
      'yesno contact "您过去30天内联系过我们的客服吗?" en: "Have you contacted our service desk in the past 30 days?"',
    );
    expect(codes(fixed)).toEqual([]);
  });
});
