import { describe, expect, it } from 'vitest';
import { codes, compile } from '../helpers.ts';
import { survey } from '../helpers.ts';

describe('condition-order (SVY2005)', () => {
  it('reports a condition on a later question', () => {
    const text = survey('  text why "不满意的原因？" en: "Why?" when overall <= 2\n  rating overall "总体满意度" en: "Overall" on sat5');
    expect(codes(text, { only: ['SVY2005'] })).toEqual(["11:38 SVY2005 'overall'"]);
  });

  it('reports a condition on the question itself', () => {
    const text = survey('  rating overall "总体满意度" en: "Overall" on sat5 when overall > 1');
    expect(codes(text, { only: ['SVY2005'] })).toEqual(["11:53 SVY2005 'overall'"]);
  });

  it('reports piping of a later answer and accepts an earlier one', () => {
    const text = survey(
      '  text a "您对{b}满意吗？" en: "About {b}?"\n  single b "供应商" en: "Vendor" { x "甲" en: "A" y "乙" en: "B" }\n  text c "关于{b}" en: "About {b}"',
    );
    expect(codes(text, { only: ['SVY2005'] })).toEqual(["11:14 SVY2005 'b'", "11:34 SVY2005 'b'"]);
  });

  it('accepts conditions on earlier questions and rows', () => {
    const text = survey(
      '  matrix m "评价" en: "Rate" on sat5 { row r1 "速度" en: "Speed" row r2 "态度" en: "Attitude" }\n  text why "原因" en: "Why" when r1 <= 2 or r2 <= 2',
    );
    expect(codes(text, { only: ['SVY2005'] })).toEqual([]);
  });
});

describe('condition-order messages read well', () => {
  const messages = (body: string) =>
    compile(survey(body))
      .diagnostics.filter((d) => d.code === 'SVY2005')
      .map((d) => d.message);

  it('a question that reads its own answer (zh)', () => {
    expect(messages('  rating q1 "满意度" en: "Satisfaction" on sat5 when q1 >= 4')).toEqual([
      "'q1' is shown depending on its own answer, which is not given yet when it is shown. Base the condition on an earlier question, or remove it.",
    ]);
    expect(messages('  text t "您说“{t}”是什么意思?" en: "What did you mean by {t}?"')[0]).toBe(
      "'t' pipes its own answer into its text, which is not given yet when it is shown. Pipe an earlier question, or remove {t}.",
    );
  });

  it('a section whose condition reads its own questions (en)', () => {
    expect(
      messages(
        '  section s "部分" en: "Part" when q3 >= 4 {\n    rating q2 "满意度" en: "Sat" on sat5\n    rating q3 "服务" en: "Service" on sat5\n  }',
      ),
    ).toEqual([
      "Section 's' is shown only when a condition on 'q3' holds, but 'q3' is inside the section: it cannot be answered before the section is shown. Base the condition on a question before the section, or move 'q3' before it.",
    ]);
  });

  it('a later question keeps its numbers', () => {
    expect(messages('  text why "原因" en: "Why?" when later <= 2\n  rating later "满意度" en: "Satisfaction" on sat5')).toEqual([
      "'later' is question 2, after this one (1): a condition may only read earlier questions. Move 'why' after 'later' or change the condition.",
    ]);
  });
});
