import { describe, expect, it } from 'vitest';
import { codes } from '../helpers.ts';
import { applyFix, diagnostics, en, zhen } from '../methodology/kit.ts';

describe('double-barreled (SVY4001)', () => {
  it('reports a conjunction joining two asks, in Chinese and English, at the conjunction', () => {
    const text = zhen(
      '  rating q "您对我们的培训和技术支持是否满意?" en: "How satisfied are you with our training and technical support?" on sat5',
    );
    expect(codes(text)).toEqual(["8:20 SVY4001 '和'", "8:77 SVY4001 'and'"]);
  });

  it('reports 以及 and "as well as"', () => {
    expect(
      codes(zhen('  rating q "您对价格以及质量满意吗?" en: "Are you satisfied with the price as well as the quality?" on sat5'), {
        only: ['SVY4001'],
      }),
    ).toEqual(["8:17 SVY4001 '以及'", "8:65 SVY4001 'as well as'"]);
  });

  it('reports 并, 且 and 又 (既…又…), but not 并不 or 又一次', () => {
    expect(codes(zhen('  yesno q "您是否阅读并理解了本说明?" en: "Have you read these instructions?"'), { only: ['SVY4001'] })).toEqual([
      "8:17 SVY4001 '并'",
    ]);
    expect(codes(zhen('  yesno q "您认为价格合理且质量可靠吗?" en: "Is the price fair?"'), { only: ['SVY4001'] })).toEqual([
      "8:19 SVY4001 '且'",
    ]);
    expect(codes(zhen('  yesno q "您觉得这款产品既便宜又好用吗?" en: "Is this product good value?"'), { only: ['SVY4001'] })).toEqual([
      "8:22 SVY4001 '又'",
    ]);
    expect(codes(zhen('  yesno q "这种情况并不少见吗?" en: "Is this common?"'), { only: ['SVY4001'] })).toEqual([]);
    expect(codes(zhen('  yesno q "您是否又一次联系了客服?" en: "Did you contact the service desk again?"'), { only: ['SVY4001'] })).toEqual(
      [],
    );
  });

  it('reports 父母的 (two people in one question)', () => {
    expect(
      codes(
        zhen('  single q "您父母的文化程度是什么?" en: "What is your education?" { a "小学" en: "Primary" b "中学" en: "Secondary" }'),
        { only: ['SVY4001'] },
      ),
    ).toEqual(["8:14 SVY4001 '父母'"]);
  });

  it('names whole Chinese words around the conjunction in its message', () => {
    const d = diagnostics(
      zhen('  rating q "您对我们的培训和技术支持是否满意?" en: "How satisfied are you with our training?" on sat5'),
      'SVY4001',
    );
    expect(d[0].message).toContain("'和' joins two asks ('培训' … '技术支持')");
  });

  it('accepts or: inclusive ("a friend or colleague", 电话或者邮件) and balanced alternatives (同意或不同意)', () => {
    expect(
      codes(zhen('  yesno q "您是否通过电话或者邮件联系过我们?" en: "Did you contact us by phone or email?"'), { only: ['SVY4001'] }),
    ).toEqual([]);
    expect(
      codes(
        zhen(
          '  rating q "您向朋友或同事推荐本公司的可能性有多大?" en: "How likely is it that you would recommend our company to a friend or colleague?" on sat5',
        ),
        { only: ['SVY4001'] },
      ),
    ).toEqual([]);
    expect(codes(zhen('  rating q "您在多大程度上同意或不同意以下说法?" en: "How easy or difficult was it?" on agree5'))).toEqual([]);
  });

  it('accepts fixed names: 条款与条件, institutions, "Marks and Spencer", opposite pairs and ranges', () => {
    expect(codes(zhen('  yesno q "您是否已阅读条款与条件?" en: "Have you read the terms and conditions?"'))).toEqual([]);
    expect(
      codes(
        zhen(
          '  rating q "您对人力资源和社会保障局的服务满意吗?" en: "How satisfied are you with the Department of Health and Human Services?" on sat5',
        ),
      ),
    ).toEqual([]);
    expect(codes(en('  rating q "How satisfied are you with your last purchase at Marks and Spencer?" on sat5'))).toEqual([]);
    expect(codes(en('  rating q "How satisfied are you with the advantages and disadvantages explained to you?" on sat5'))).toEqual([]);
    expect(codes(zhen('  text q "您家中18岁及以上的成员有几位?" en: "How many people aged 18 and over live in your household?"'))).toEqual(
      [],
    );
    // an institution suffix inside an ordinary word (布局) does not make a name
    expect(
      codes(zhen('  rating q "您对酒店泳池以及门店布局是否满意?" en: "How satisfied are you?" on sat5'), { only: ['SVY4001'] }),
    ).toEqual(["8:19 SVY4001 '以及'"]);
  });

  it('reports "you and" when the second part is an ask, not a person', () => {
    expect(codes(en('  yesno q "Did the doctor listen to you and explain your treatment?"'), { only: ['SVY4001'] })).toEqual([
      "7:41 SVY4001 'and'",
    ]);
    expect(codes(en('  yesno q "In the past year, have you and your family used our products?"'), { only: ['SVY4001'] })).toEqual([]);
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
    expect(
      codes(en('  rating q "Between 1 and 5, do you agree or disagree that the app is fast?" on sat5'), { only: ['SVY4001'] }),
    ).toEqual([]);
    expect(codes(en('  rating q "Think about your last visit and tell us how satisfied you were." on sat5'))).toEqual([]);
    expect(codes(en('  number q "In the past 7 days, did you call us 2 or 3 times? Give the number." min 0 max 20'))).toEqual([]);
  });

  it('accepts or in a single choice and and in a multiple choice, whose options are the answer', () => {
    expect(codes(en('  single q "Do you prefer tea or coffee?" { tea "Tea" coffee "Coffee" }'))).toEqual([]);
    expect(codes(en('  multi q "In the past month, which products and services did you use?" { a "Products" b "Services" }'))).toEqual([]);
  });

  it('extends the fixed phrases from survey.config.json', () => {
    const text = en('  rating q "How satisfied are you with our sales and marketing department?" on sat5');
    expect(codes(text, { only: ['SVY4001'] })).toEqual(["7:50 SVY4001 'and'"]);
    expect(codes(text, { config: { options: { SVY4001: { phrases: ['sales and marketing'] } } } })).toEqual([]);
  });

  it('covers the conjunction exactly when the string has escapes before it', () => {
    expect(
      codes(zhen('  rating q "您对\\"售后\\"和售前服务满意吗?" en: "How satisfied are you with \\"after-sales\\" service?" on sat5')),
    ).toEqual(["8:21 SVY4001 '和'"]);
  });
});

describe('double-barreled quick fix: split into two questions', () => {
  it('splits every language of the question and the result checks clean', () => {
    const text = zhen(
      '  rating support "您对我们的培训和技术支持是否满意?" en: "How satisfied are you with our training and technical support?" on sat5',
    );
    const fixed = applyFix(text, 'SVY4001');
    expect(fixed).toContain('rating support "您对我们的培训是否满意?" en: "How satisfied are you with our training?" on sat5');
    expect(fixed).toContain(
      'rating support_2 "您对我们的技术支持是否满意?" en: "How satisfied are you with our technical support?" on sat5',
    );
    expect(codes(fixed)).toEqual([]);
  });

  it('keeps one determiner and the words after the pair ("the speed and accuracy of our service")', () => {
    const fixed = applyFix(
      zhen('  rating q "您对产品的价格和质量是否满意?" en: "How satisfied are you with the speed and accuracy of our service?" on sat5'),
      'SVY4001',
    );
    expect(fixed).toContain('rating q "您对产品的价格是否满意?" en: "How satisfied are you with the speed of our service?" on sat5');
    expect(fixed).toContain('rating q_2 "您对产品的质量是否满意?" en: "How satisfied are you with the accuracy of our service?" on sat5');
    const fixed2 = applyFix(en('  yesno pay "Are you satisfied with your job and your pay?"'), 'SVY4001');
    expect(fixed2).toContain('yesno pay "Are you satisfied with your job?"');
    expect(fixed2).toContain('yesno pay_2 "Are you satisfied with your pay?"');
    expect(codes(fixed2)).toEqual([]);
  });

  it('offers no split when one language of the text has no pair to split', () => {
    const d = diagnostics(zhen('  rating q "您对薪酬和福利满意吗?" en: "How satisfied are you with your pay?" on sat5'), 'SVY4001');
    expect(d).toHaveLength(1);
    expect(d[0].fixes).toBeUndefined();
  });
});
