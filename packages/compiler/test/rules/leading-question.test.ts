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

describe('leading-question (SVY4002): premises, loaded words, own praise, majorities', () => {
  const got = (text: string) => codes(text, { only: ['SVY4002'] }).map((c) => c.split(' ').slice(1).join(' '));
  const enq = (q: string) =>
    `survey t {\n  title "Test"\n  languages en\n  scale sat5 1..5 { 1 "Very dissatisfied" 2 "Dissatisfied" 3 "Neither" 4 "Satisfied" 5 "Very satisfied" }\n  ${q}\n}\n`;
  const zhq = (q: string) =>
    `survey t {\n  title "测试"\n  languages zh\n  scale sat5 1..5 { 1 "非常不满意" 2 "不满意" 3 "一般" 4 "满意" 5 "非常满意" }\n  ${q}\n}\n`;

  it('reports a premise of liking, a loaded word, praise of the own offer and an appeal to the majority', () => {
    expect(got(enq('rating q "How much did you enjoy your stay with us?" on sat5'))).toEqual(["SVY4002 'How much did you enjoy'"]);
    expect(got(enq('yesno q "Should the council stop wasting money on the stadium?"'))).toEqual(["SVY4002 'wasting'"]);
    expect(got(enq('rating q "How pleased are you with our friendly staff?" on sat5'))).toEqual(["SVY4002 'friendly'"]);
    expect(got(enq('yesno q "Most parents support longer school days. Do you?"'))).toEqual(["SVY4002 'Most parents'"]);
    expect(got(zhq('rating q "您有多喜欢我们的新功能?" on sat5'))).toEqual(["SVY4002 '有多喜欢'"]);
    expect(got(zhq('rating q "您对我们专业的团队满意吗?" on sat5'))).toEqual(["SVY4002 '专业'"]);
    expect(got(zhq('yesno q "大多数家长都支持延长在校时间,您支持吗?"'))).toEqual(["SVY4002 '大多数家长'"]);
  });

  it('accepts praise among balanced answers, liking offered both ways, compounds and neutral wording', () => {
    expect(
      got(enq('single q "In general, would you say your health is excellent, very good, good, fair, or poor?" { a "A" b "B" }')),
    ).toEqual([]);
    expect(got(zhq('single q "您对本产品的质量评价是优秀、良好、一般还是较差?" { a "甲" b "乙" }'))).toEqual([]);
    expect(got(enq('rating q "How much do you like or dislike the new menu?" on sat5'))).toEqual([]);
    expect(got(enq('rating q "How would you rate your experience with our fast track lane?" on sat5'))).toEqual([]);
    expect(got(zhq('yesno q "您觉得我们的员工专业吗?"'))).toEqual([]);
    expect(got(zhq('yesno q "您认为公司会奖励优秀表现吗?"'))).toEqual([]);
  });
});
