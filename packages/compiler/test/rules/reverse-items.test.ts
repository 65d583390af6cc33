import { describe, expect, it } from 'vitest';
import { codes } from '../helpers.ts';
import { applyFix, zhen } from '../methodology/kit.ts';

const battery = (scores: string) =>
  zhen(`  matrix m "您是否同意以下说法?" en: "Do you agree with each statement?" on agree5 { row clear "讲解清楚" en: "The teaching was clear." row confusing "讲解令人困惑" en: "The teaching was confusing." reverse row dull "课程乏味" en: "The course was dull." }
${scores}`);

describe('reverse-items (SVY5009, SVY5010)', () => {
  it('reports a reverse-coded row averaged as it is, with a fix', () => {
    const text = battery('  score a = mean(clear, confusing)');
    expect(codes(text)).toEqual(["9:25 SVY5009 'confusing'"]);
    expect(applyFix(text, 'SVY5009')).toContain('score a = mean(clear, reverse(confusing))');
  });

  it('reports a wrong reversal constant, and a matrix read as a whole', () => {
    expect(codes(battery('  score b = mean(clear, 7 - confusing)'))).toEqual(["9:25 SVY5009 '7 - confusing'"]);
    expect(codes(battery('  score c = mean(m)'))).toEqual(["9:18 SVY5009 'm'"]);
  });

  it('reports a reversed item that is not marked reverse, with a fix that marks it', () => {
    const text = battery('  score d = mean(clear, reverse(confusing), reverse(dull))');
    expect(codes(text)).toEqual(["8:193 SVY5010 'dull'"]);
    const fixed = applyFix(text, 'SVY5010');
    expect(fixed).toContain('row dull "课程乏味" en: "The course was dull." reverse }');
    expect(codes(fixed)).toEqual([]);
  });

  it('accepts reverse(x), (min + max) − x (the course example: 6 − x on 1..5) and counting functions', () => {
    expect(
      codes(battery('  score e = mean(clear, 6 - confusing)\n  score f = topbox(confusing)\n  score g = share(confusing >= 4)')),
    ).toEqual([]);
  });

  it('index(section) reverses reverse-coded items itself, as docs/language.md says: no SVY5009', () => {
    const text = `survey t {
  languages zh, en
  points 10
  scale agree5 1..5 { 1 "非常不同意" en: "Strongly disagree" 2 "不同意" en: "Disagree" 3 "一般" en: "Neutral" 4 "同意" en: "Agree" 5 "非常同意" en: "Strongly agree" }
  section teaching "教学" en: "Teaching" points 10 {
    matrix m "您是否同意?" en: "Do you agree?" on agree5 { row clear "讲解清楚" en: "Clear" row confusing "讲解令人困惑" en: "Confusing" reverse }
  }
  score idx = index(teaching)
}
`;
    expect(codes(text, { only: ['SVY5009'] })).toEqual([]);
  });
});
