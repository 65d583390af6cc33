import { describe, expect, it } from 'vitest';
import { codes } from '../helpers.ts';
import { en, zhen } from '../methodology/kit.ts';

describe('double-barreled (SVY4001)', () => {
  it('reports a conjunction joining two asks, in Chinese and English, at the conjunction', () => {
    const text = zhen(
      '  rating q "您对我们的培训和技术支持是否满意?" en: "How satisfied are you with our training and technical support?" on sat5',
    );
    expect(codes(text)).toEqual(["8:20 SVY4001 '和'", "8:77 SVY4001 'and'"]);
  });

  it('reports 以及, 或者 and "as well as"', () => {
    expect(
      codes(zhen('  rating q "您对价格以及质量满意吗?" en: "Are you satisfied with the price as well as the quality?" on sat5'), {
        only: ['SVY4001'],
      }),
    ).toEqual(["8:17 SVY4001 '以及'", "8:65 SVY4001 'as well as'"]);
    expect(
      codes(zhen('  yesno q "您是否通过电话或者邮件联系过我们?" en: "Did you contact us by phone or email?"'), { only: ['SVY4001'] }),
    ).toEqual(["8:19 SVY4001 '或者'", "8:64 SVY4001 'or'"]);
  });

  it('does not split words the segmenter keeps whole: 和谐, 及时', () => {
    expect(codes(zhen('  rating q "您对我们回复的及时性满意吗?" en: "How satisfied are you with how quickly we reply?" on sat5'))).toEqual(
      [],
    );
    expect(
      codes(zhen('  rating q "您对门店环境的和谐程度满意吗?" en: "How satisfied are you with the store atmosphere?" on sat5')),
    ).toEqual([]);
  });

  it('accepts fixed phrases, people and comparisons', () => {
    expect(
      codes(
        zhen(
          '  rating q "您对研究与开发部门的响应速度满意吗?" en: "How satisfied are you with the research and development team?" on sat5',
        ),
      ),
    ).toEqual([]);
    expect(
      codes(zhen('  number q "您与我们合作多少年了?" en: "How many years have you and your team worked with us?" min 0 max 50')),
    ).toEqual([]);
    expect(
      codes(zhen('  rating q "与竞争对手相比,我们的服务如何?" en: "Compared with other suppliers, how is our service?" on sat5')),
    ).toEqual([]);
  });

  it('accepts numbers, ranges, balanced alternatives and instructions', () => {
    expect(codes(en('  rating q "Between 1 and 5, do you agree or disagree that the app is fast?" on sat5'))).toEqual([]);
    expect(codes(en('  rating q "Think about your last visit and tell us how satisfied you were." on sat5'))).toEqual([]);
    expect(codes(en('  number q "In the past 7 days, did you call us 2 or 3 times? Give the number." min 0 max 20'))).toEqual([]);
  });

  it('accepts or in a single choice and and in a multiple choice, whose options are the answer', () => {
    expect(codes(en('  single q "Do you prefer tea or coffee?" { tea "Tea" coffee "Coffee" }'))).toEqual([]);
    expect(codes(en('  multi q "In the past month, which products and services did you use?" { a "Products" b "Services" }'))).toEqual([]);
  });

  it('extends the fixed phrases from survey.config.json', () => {
    const text = en('  rating q "How satisfied are you with our Sales and Marketing department?" on sat5');
    expect(codes(text, { only: ['SVY4001'] })).toEqual(["7:50 SVY4001 'and'"]);
    expect(codes(text, { config: { options: { SVY4001: { phrases: ['sales and marketing'] } } } })).toEqual([]);
  });

  it('covers the conjunction exactly when the string has escapes before it', () => {
    expect(
      codes(zhen('  rating q "您对\\"售后\\"和售前服务满意吗?" en: "How satisfied are you with \\"after-sales\\" service?" on sat5')),
    ).toEqual(["8:21 SVY4001 '和'"]);
  });
});
