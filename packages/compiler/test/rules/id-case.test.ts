import { describe, expect, it } from 'vitest';
import { codes, compile, survey } from '../helpers.ts';

const only = ['SVY2057', 'SVY2001'];

describe('id-case (SVY2057)', () => {
  it('reports answer variables whose ids differ only by case, at the later one', () => {
    const text = survey(
      [
        '  rating Q1 "总体满意度" en: "Overall satisfaction" on sat5',
        '  rating q1 "服务满意度" en: "Service satisfaction" on sat5',
        '  matrix m "请评价" en: "Rate" on sat5 { row Speed "速度" en: "Speed"  row speed2 "价格" en: "Price" }',
        '  hidden SPEED text "编号"',
      ].join('\n'),
    );
    expect(codes(text, { only })).toEqual(["12:10 SVY2057 'q1'", "14:10 SVY2057 'SPEED'"]);
    expect(compile(text).diagnostics.find((d) => d.code === 'SVY2057')!.message).toBe(
      "'q1' differs from 'Q1' only by case: in SPSS, SAS, Excel and SQL they are one column, and one overwrites the other. Rename one of them.",
    );
  });

  it('leaves identical ids to SVY2001 and accepts distinct ids', () => {
    const text = survey('  rating a "一" en: "One" on sat5\n  rating a "二" en: "Two" on sat5\n  rating b "三" en: "Three" on sat5');
    expect(codes(text, { only })).toEqual(["12:10 SVY2001 'a'"]);
  });
});
