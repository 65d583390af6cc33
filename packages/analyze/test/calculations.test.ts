// The analysis recomputes calculated values (`let`) from each response's answers, with
// the form's conventions: a missing code is no value, a score reading a calculated value
// has that value's answers as its items.
import { describe, expect, it } from 'vitest';
import { compileText } from '@survey/compiler';
import { surveyInputOf } from '../src/index.ts';
import { Evaluator } from '../src/evaluate.ts';

const source = (zh: boolean) => `survey c {
  title "${zh ? '计算' : 'Calculations'}"
  languages ${zh ? 'zh' : 'en'}
  confidentiality "${zh ? '保密' : 'Confidential'}"
  scale sat5 1..5 {
    1 "${zh ? '很差' : 'Poor'}"
    2 "2"
    3 "3"
    4 "4"
    5 "${zh ? '很好' : 'Good'}"
    missing 9 "${zh ? '不知道' : "Don't know"}"
  }
  rating a "${zh ? '服务' : 'Service'}" on sat5
  rating b "${zh ? '价格' : 'Prices'}" on sat5
  date born "${zh ? '出生日期' : 'Born'}"
  let overall = round(mean(a, b), 1)
  let first = coalesce(a, b)
  let low = min(a, b) <= 2
  let age = floor(days_between(born, today()) / 365.25)
  score csat = rescale(overall, sat5)
}`;

describe.each([true, false])('calculated values in the analysis (zh: %s)', (zh) => {
  const input = surveyInputOf(compileText(source(zh)));
  const ev = new Evaluator(input.analysis, input.sections);
  const ctx = (answers: Record<string, unknown>) => ({ answers, hidden: {}, scores: {}, today: '2026-12-02' });

  it('recomputes each from the answers, leaving missing codes out', () => {
    const r = ctx({ a: 9, b: 2, born: '1990-06-15' });
    expect(ev.calculated('overall', r)).toBe(2);
    expect(ev.calculated('first', r)).toBe(2);
    expect(ev.calculated('low', r)).toBe(true);
    expect(ev.calculated('age', r)).toBe(36);
    expect(ev.calculated('overall', ctx({}))).toBeUndefined();
  });

  it('a score reads a calculated value, and its items are the answers behind it', () => {
    const s = input.analysis.scores.find((x) => x.id === 'csat')!;
    expect(s.items).toEqual(['a', 'b']);
    expect(ev.score(s, ctx({ a: 4, b: 5 }))).toBeCloseTo(87.5, 9);
    expect(ev.score(s, ctx({ a: 4 }))).toBeUndefined(); // require all: b unanswered
  });
});
