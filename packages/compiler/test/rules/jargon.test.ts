import { describe, expect, it } from 'vitest';
import { codes } from '../helpers.ts';
import { zhen } from '../methodology/kit.ts';

describe('jargon (SVY4009)', () => {
  it('reports words from the jargon list in both languages', () => {
    expect(codes(zhen('  rating q "您对我们各服务触点的体验如何?" en: "How do you rate our service touchpoints?" on sat5'))).toEqual([
      "8:20 SVY4009 '触点'",
      "8:63 SVY4009 'touchpoints'",
    ]);
  });

  it('accepts everyday words', () => {
    expect(
      codes(zhen('  rating q "您对通过电话联系我们的体验满意吗?" en: "How satisfied are you with calling us by phone?" on sat5')),
    ).toEqual([]);
  });

  it('extends the list from survey.config.json', () => {
    const text = zhen('  rating q "您对我们的工单流转满意吗?" en: "How satisfied are you with our ticket routing?" on sat5');
    expect(codes(text)).toEqual([]);
    expect(codes(text, { config: { options: { jargon: { words: { zh: ['流转'], en: ['ticket routing'] } } } } })).toEqual([
      "8:20 SVY4009 '流转'",
      "8:64 SVY4009 'ticket routing'",
    ]);
  });
});

describe('jargon (SVY4009): inflections, glossary forms and everyday senses', () => {
  const got = (text: string) => codes(text, { only: ['SVY4009'] }).map((c) => c.split(' ').slice(1).join(' '));

  it('reports inflected jargon and accepts the plural of a glossary term', () => {
    expect(got(zhen('  yesno q "您认为公司是否为员工赋能?" en: "Do you feel the company leverages your skills?"'))).toEqual([
      "SVY4009 '赋能'",
      "SVY4009 'leverages'",
    ]);
    expect(
      got(
        zhen(
          '  rating q "您对我们的服务满意吗?" en: "How satisfied are you with our touchpoints?" on sat5',
          '\n  glossary { touchpoint "触点" en: "a place where you deal with us" }',
        ),
      ),
    ).toEqual([]);
  });

  it('accepts 打通电话 (getting through on the phone)', () => {
    expect(got(zhen('  yesno q "您是否能够顺利打通客服电话?" en: "Could you get through to us by phone?"'))).toEqual([]);
  });
});
