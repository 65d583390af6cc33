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
