import { describe, expect, it } from 'vitest';
import { codes, survey } from '../helpers.ts';

const qs = `  number age "您的年龄" en: "Your age" min 0 max 120 integer
  number spend "消费金额" en: "Spend" min 0 optional
  hidden panel text "样本来源" en: "Panel"`;

describe('flow-condition (SVY2141)', () => {
  it('accepts conditions some respondents meet, on answers or hidden values', () => {
    const text = survey(
      qs +
        '\n  screenout minor "谢谢" en: "Thank you" when age < 18\n  screenout spender "谢谢" en: "Thank you" when spend >= 0\n  screenout other "谢谢" en: "Thank you" when panel == "x"\n  end thanks "谢谢" en: "Thanks" when age >= 0',
    );
    expect(codes(text, { only: ['SVY2141'] })).toEqual([]);
  });

  it('reports a screen-out that holds for everyone or reads nothing, and a condition that is a number', () => {
    const text = survey(
      qs +
        '\n  screenout everyone "谢谢" en: "Thank you" when age >= 0\n  screenout none "谢谢" en: "Thank you" when 1 < 2\n  end odd "谢谢" en: "Thanks" when age + 1',
    );
    expect(codes(text, { only: ['SVY2141'] })).toEqual(["14:48 SVY2141 'age >= 0'", "15:44 SVY2141 '1 < 2'", "16:34 SVY2141 'age + 1'"]);
  });
});
