// estimateTime (the code lens's minutes) is the estimate SVY3002 compares with the
// budget: the same seconds appear in the warning, and it fires exactly past the limit.
import { describe, expect, it } from 'vitest';
import { compileText, estimateTime } from '../src/index.ts';

const survey = (extra: string) => `survey visit {
  title "就诊体验" en: "Clinic visit"
  languages zh, en
  confidentiality "匿名" en: "Anonymous"
  limit minutes 1
  scale sat5 1..5 { 1 "很差" en: "Poor" 2 "较差" en: "Fair" 3 "一般" en: "Neutral" 4 "较好" en: "Good" 5 "很好" en: "Very good" }
  rating wait "候诊时间如何?" en: "How was the wait?" on sat5
  rating doctor "医生如何?" en: "How was the doctor?" on sat5
  text why "原因?" en: "Why?" optional when wait <= 2
${extra}}
`;

describe('estimateTime', () => {
  it('gives the seconds of the longest path under the budget, and SVY3002 stays quiet', () => {
    const r = compileText(survey(''));
    expect(estimateTime(r.survey!, r.config)).toEqual({ seconds: 40, questions: 3 });
    expect(r.diagnostics.map((d) => d.code)).not.toContain('SVY3002');
  });
  it('gives the seconds SVY3002 reports once over the budget', () => {
    const r = compileText(survey('  text more "还有建议吗?" en: "Any suggestions?"\n'));
    expect(estimateTime(r.survey!, r.config)).toEqual({ seconds: 85, questions: 4 });
    expect(r.diagnostics.find((d) => d.code === 'SVY3002')?.message).toMatch(/85 s on the longest path \(4 questions\)/);
  });
});
