import { describe, expect, it } from 'vitest';
import { codes } from '../helpers.ts';
import { zhen, en } from '../methodology/kit.ts';

describe('negation (SVY4003 info, SVY4004 warning)', () => {
  it('reports two negations as a double negative', () => {
    expect(
      codes(zhen('  yesno q "您不是不满意我们的服务吗?" en: "Is it not true that you never use our app?"'), { only: ['SVY4004'] }),
    ).toEqual(["8:13 SVY4004 '不是不'", "8:38 SVY4004 'not true that you never'"]);
  });

  it('counts a negative word after a negation ("not dissatisfied")', () => {
    expect(codes(en('  rating q "Were you not dissatisfied with our service?" on sat5'))).toEqual(["7:22 SVY4004 'not dissatisfied'"]);
  });

  it('reports one negation in a yes/no question or an agreement item, as info', () => {
    const text = zhen(
      '  yesno q "我们的回复不及时吗?" en: "Was our reply not fast enough?"\n' +
        '  matrix m "您是否同意以下说法?" en: "Do you agree with each statement?" on agree5 { row a "说明不清楚" en: "The instructions were not clear." }',
    );
    expect(codes(text, { only: ['SVY4003', 'SVY4004'] })).toEqual([
      "8:17 SVY4003 '不'",
      "8:43 SVY4003 'not'",
      "9:86 SVY4003 '不'",
      "9:118 SVY4003 'not'",
    ]);
    const r = compileSeverity(text);
    expect(r).toEqual(['info']);
  });

  it('accepts one negation where the answer format does not double it', () => {
    expect(codes(zhen('  text q "本次购物中,最让您不满意的是什么?" en: "What did you not like about this purchase?" optional'))).toEqual(
      [],
    );
  });

  it('does not count 不同, 非常, 无论 or 未来 as negations', () => {
    expect(
      codes(zhen('  yesno q "无论价格如何,您未来会非常愿意选择不同的套餐吗?" en: "Would you choose another plan in future?"')),
    ).toEqual([]);
  });
});

import { compile } from '../helpers.ts';
function compileSeverity(text: string): string[] {
  return [
    ...new Set(
      compile(text)
        .diagnostics.filter((d) => d.code === 'SVY4003')
        .map((d) => d.severity),
    ),
  ];
}

describe('negation: classes from the wording corpus', () => {
  const got = (text: string) => codes(text, { only: ['SVY4003', 'SVY4004'] }).map((c) => c.split(' ').slice(1).join(' '));

  it('reports "not" with a negative-prefix word and "oppose a ban" as double negatives', () => {
    expect(got(en('  yesno q "Is it not unusual for you to work late?"'))).toEqual(["SVY4004 'not unusual'"]);
    expect(got(en('  yesno q "Do you oppose a ban on fireworks?"'))).toEqual(["SVY4004 'oppose a ban'"]);
    expect(got(zhen('  yesno q "您是否反对禁止在公园吸烟?" en: "Do you support smoke-free parks?"'))).toEqual(["SVY4004 '反对禁止'"]);
  });

  it('finds Chinese negations the segmenter keeps inside a word (不合理, 找不到, 我不是, 并不)', () => {
    expect(got(zhen('  rating q "价格不合理。" en: "The price is fair." on agree5'))).toEqual(["SVY4003 '不合理'"]);
    expect(got(zhen('  rating q "我在网站上找不到需要的信息。" en: "I find what I need." on agree5'))).toEqual(["SVY4003 '不'"]);
    expect(got(zhen('  rating q "我不是不愿意加班。" en: "I am willing to work overtime." on agree5'))).toEqual(["SVY4004 '不是不愿意'"]);
    expect(got(zhen('  rating q "说明并不是不清楚。" en: "The instructions are clear." on agree5'))).toEqual(["SVY4004 '并不是不'"]);
    expect(got(zhen('  yesno q "您没有不同意这项政策吗?" en: "Do you agree with this policy?"'))).toEqual(["SVY4004 '没有不'"]);
  });

  it('does not count balanced alternatives, A-not-A questions, "why not" or lexicalised words', () => {
    expect(got(zhen('  rating q "您在多大程度上同意或不同意以下说法?" en: "How far do you agree or disagree?" on agree5'))).toEqual([]);
    expect(got(zhen('  yesno q "您有没有收到确认邮件?" en: "Were you satisfied or not with the delivery?"'))).toEqual([]);
    expect(got(zhen('  yesno q "您是否愿意接受不定期的回访?" en: "No matter where you bought it, did it arrive on time?"'))).toEqual([]);
  });
});
