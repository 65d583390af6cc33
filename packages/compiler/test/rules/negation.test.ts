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
