import { describe, expect, it } from 'vitest';
import { codes } from '../helpers.ts';
import { zhen } from '../methodology/kit.ts';

describe('absolute-term (SVY4005)', () => {
  it('reports 总是 and always', () => {
    expect(codes(zhen('  yesno q "我们的快递总是准时送达吗?" en: "Does our courier always deliver on time?"'))).toEqual([
      "8:17 SVY4005 '总是'",
      "8:49 SVY4005 'always'",
    ]);
  });

  it('reports 所有 and every', () => {
    expect(codes(zhen('  rating q "您对所有门店的服务满意吗?" en: "Is every store clean enough for you?" on sat5'))).toEqual([
      "8:15 SVY4005 '所有'",
      "8:36 SVY4005 'every'",
    ]);
  });

  it('accepts "select all that apply" and questions without absolutes', () => {
    const text = zhen(
      '  multi q "过去 30 天内,您使用过哪些功能?" en: "In the past 30 days, which features did you use? Select all that apply." { a "搜索" en: "Search" b "收藏" en: "Favourites" }',
    );
    expect(codes(text)).toEqual([]);
  });

  it('can ignore a word through survey.config.json', () => {
    const text = zhen('  yesno q "我们的快递总是准时送达吗?" en: "Does our courier always deliver on time?"');
    expect(codes(text, { config: { options: { SVY4005: { ignore: ['always', '总是'] } } } })).toEqual([]);
  });
});

describe('absolute-term (SVY4005): classes from the wording corpus', () => {
  const got = (text: string) => codes(text, { only: ['SVY4005'] }).map((c) => c.split(' ').slice(1).join(' '));

  it('reports all, at all times, 每…都, 全都 and 任何时候, which the docs list', () => {
    expect(got(zhen('  yesno q "每位老师都讲解了评分规则吗?" en: "Were all the staff helpful?"'))).toEqual([
      "SVY4005 '每位'",
      "SVY4005 'all'",
    ]);
    expect(got(zhen('  yesno q "您的团队成员全都参加了培训吗?" en: "Is the website available at all times?"'))).toEqual([
      "SVY4005 '全都'",
      "SVY4005 'at all times'",
    ]);
    expect(got(zhen('  yesno q "您是否任何时候都能联系到客服?" en: "Can you reach us?"'))).toEqual(["SVY4005 '任何时候'"]);
  });

  it('accepts "all things considered", "select all that apply" and every/每次 in a question about an amount', () => {
    expect(
      got(zhen('  rating q "综合考虑所有因素,您对生活满意吗?" en: "All things considered, how satisfied are you with your life?" on sat5')),
    ).toEqual([]);
    expect(got(zhen('  text q "您每次购物平均花费多少元?" en: "How much do you spend on groceries every week?"'))).toEqual([]);
    expect(got(zhen('  text q "您对所有权转让流程有何意见?" en: "Considering all of your experiences, what would you change?"'))).toEqual(
      [],
    );
  });
});
