import { describe, expect, it } from 'vitest';
import { codes, compile, survey } from '../helpers.ts';

describe('unknown-reference (SVY2002)', () => {
  it('reports an unknown scale with a did-you-mean fix', () => {
    const text = survey('  rating q "满意度" en: "Satisfaction" on sat_5');
    expect(codes(text, { only: ['SVY2002'] })).toEqual(["11:40 SVY2002 'sat_5'"]);
    const d = compile(text).diagnostics.find((x) => x.code === 'SVY2002')!;
    expect(d.message).toBe("Unknown scale 'sat_5'. Did you mean 'sat5'?");
    expect(d.fixes?.[0].edits[0].newText).toBe('sat5');
  });

  it('reports unknown questions in conditions and formulas, and unknown scores in targets', () => {
    const text = survey(
      '  rating q "满意度" en: "Satisfaction" on sat5\n  text why "原因" en: "Why" when qq <= 2\n  score s = mean(q, zz)\n  target ss >= 90',
    );
    expect(codes(text, { only: ['SVY2002'] })).toEqual(["12:32 SVY2002 'qq'", "13:21 SVY2002 'zz'", "14:10 SVY2002 'ss'"]);
  });

  it('accepts built-in nps and response_rate', () => {
    const text = survey('  nps rec "推荐意愿" en: "Recommend"\n  score n = nps(rec)\n  target n >= 50\n  target response_rate >= 0.8');
    expect(codes(text, { only: ['SVY2002'] })).toEqual([]);
  });

  it('reports an unknown shared section', () => {
    expect(codes(survey('  section missing_part'), { only: ['SVY2002'] })).toEqual(["11:11 SVY2002 'missing_part'"]);
  });

  it('says what a name is when it is declared as something else', () => {
    const messages = (body: string) =>
      compile(survey(body))
        .diagnostics.filter((d) => d.code === 'SVY2002')
        .map((d) => d.message);
    expect(messages('  nps rec "推荐意愿" en: "Recommend"\n  target rec >= 50')).toEqual([
      "A target compares a score, and 'rec' is a question. Declare a score over it, e.g. `score rec_score = nps(rec)`, and set the target on that.",
    ]);
    expect(messages('  rating q "满意度" en: "Satisfaction" on sat5\n  target q >= 4')).toEqual([
      "A target compares a score, and 'q' is a question. Declare a score over it, e.g. `score q_score = mean(q)`, and set the target on that.",
    ]);
    expect(messages('  rating q "满意度" en: "Satisfaction" on sat5\n  rating r "总体" en: "Overall" on q')).toEqual([
      "'q' is a question, but a scale is expected here. Refer to a scale, or rename one of the two.",
    ]);
  });
});
