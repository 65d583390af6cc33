import { describe, expect, it } from 'vitest';
import { codes, compile, survey } from '../helpers.ts';

describe('duplicate-id (SVY2001)', () => {
  it('reports the second question with the same id, pointing at the first', () => {
    const text = survey('  rating q1 "服务态度" en: "Attitude" on sat5\n  rating q1 "响应速度" en: "Speed" on sat5');
    expect(codes(text, { only: ['SVY2001'] })).toEqual(["12:10 SVY2001 'q1'"]);
    const r = compile(text);
    const d = r.diagnostics.find((x) => x.code === 'SVY2001')!;
    expect(d.related?.[0].message).toContain('first declared');
  });

  it('treats matrix rows and questions as one namespace', () => {
    const text = survey(
      '  matrix m "评价" en: "Rate" on sat5 { row speed "速度" en: "Speed" row att "态度" en: "Attitude" }\n  rating speed "速度" en: "Speed" on sat5',
    );
    expect(codes(text, { only: ['SVY2001'] })).toEqual(["12:10 SVY2001 'speed'"]);
  });

  it('allows the same code in different lists and the same name in different namespaces', () => {
    const text = survey(
      '  choices a { x "甲" en: "A" y "乙" en: "B" }\n  choices b { x "甲" en: "A" y "乙" en: "B" }\n  single sat5x "选择" en: "Pick" from a',
    );
    expect(codes(text, { only: ['SVY2001'] })).toEqual([]);
  });

  it('reports a scale declared in the survey and in an imported file', () => {
    const text = 'import "common.survey"\n' + survey('  rating q "满意度" en: "Satisfaction" on sat5');
    const files = { 'common.survey': 'scale sat5 1..2 { 1 "差" en: "Bad" 2 "好" en: "Good" }' };
    expect(codes(text, { files, only: ['SVY2001'] })).toEqual(["5:9 SVY2001 'sat5'"]);
  });
});
