import { describe, expect, it } from 'vitest';
import { codes } from '../helpers.ts';
import { applyFix, diagnostics, en, zhen } from '../methodology/kit.ts';

const reversed = (extra = '') =>
  zhen(`  scale rev5 1..5${extra} { 1 "非常满意" en: "Very satisfied" 2 "满意" en: "Satisfied" 3 "一般" en: "Neither satisfied nor dissatisfied" 4 "不满意" en: "Dissatisfied" 5 "非常不满意" en: "Very dissatisfied" }
  rating q "您对本次服务满意吗?" en: "How satisfied are you with this service?" on rev5`);

describe('scale-direction (SVY5013)', () => {
  it('reports 1 = 非常满意 without `descending`, naming both ends, at the scale name', () => {
    expect(codes(reversed())).toEqual(["8:9 SVY5013 'rev5'"]);
    expect(diagnostics(reversed(), 'SVY5013')[0].message).toBe(
      'Scale \'rev5\' puts its favourable labels at the low codes (1 "非常满意" … 5 "非常不满意") but is not declared `descending`, so scores, top-box shares and the dissatisfaction ranking count it backwards. Add `descending`, or renumber the points so the favourable end has the highest code.',
    );
  });

  it('fixes it by declaring `descending`, after the step when there is one', () => {
    const fixed = applyFix(reversed(), 'SVY5013');
    expect(fixed).toContain('scale rev5 1..5 descending {');
    expect(codes(fixed)).toEqual([]);
    const stepped =
      en(`  scale odd 1..9 step 2 { 1 "Strongly agree" 3 "Agree" 5 "Neither agree nor disagree" 7 "Disagree" 9 "Strongly disagree" }
  rating q "The staff were helpful." on odd`);
    expect(applyFix(stepped, 'SVY5013')).toContain('scale odd 1..9 step 2 descending {');
  });

  it('reports `descending` on a scale whose labels favour the high codes', () => {
    const text = en(`  scale grades 1..5 descending { 1 "Very poor" 2 "Poor" 3 "Fair" 4 "Good" 5 "Very good" }
  rating q "How would you rate the food?" on grades`);
    expect(diagnostics(text, 'SVY5013').map((d) => d.message)).toEqual([
      'Scale \'grades\' is declared `descending` (lowest code most favourable) but its labels put the favourable end at the high codes (1 "Very poor" … 5 "Very good"), so scores and top-box shares count it backwards. Remove `descending`, or renumber the points.',
    ]);
  });

  it('accepts declared directions, unipolar and unlabelled-middle scales, and mixed or unknown labels', () => {
    expect(codes(reversed(' descending'))).toEqual([]);
    // German school grades: 1 is best, declared.
    expect(
      diagnostics(
        en(`  scale grade 1..6 descending { 1 "Very good" 2 "Good" 3 "Satisfactory" 4 "Sufficient" 5 "Poor" 6 "Fail" }
  rating q "How would you grade the course?" on grade`),
        'SVY5013',
      ),
    ).toEqual([]);
    // Unipolar: no negative label, so no favourable end to compare.
    const likely =
      en(`  scale likely 0..4 { 0 "Not at all likely" 1 "Slightly likely" 2 "Moderately likely" 3 "Very likely" 4 "Extremely likely" }
  rating q "How likely are you to return?" on likely`);
    expect(diagnostics(likely, 'SVY5013')).toEqual([]);
    // Effort: neither end is "good" by its words.
    const effort = zhen(`  scale effort 1..5 anchored { 1 "毫不费力" en: "No effort" 5 "非常费力" en: "Very high effort" }
  rating q "办理这件事费了多大力气?" en: "How much effort did it take?" on effort`);
    expect(diagnostics(effort, 'SVY5013')).toEqual([]);
  });
});
