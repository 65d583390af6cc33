import { describe, expect, it } from 'vitest';
import { codes, compile, survey } from '../helpers.ts';

const only = ['SVY2054', 'SVY2008'];
const message = (text: string) =>
  compile(text)
    .diagnostics.filter((d) => d.code === 'SVY2054')
    .map((d) => d.message);

describe('never-true-condition (SVY2054)', () => {
  it('reports a comparison outside the scale, not an unknown code (SVY2008)', () => {
    const text = survey(
      [
        '  rating q1 "总体满意度" en: "Overall satisfaction" on sat5',
        '  text why "原因" en: "Why?" when q1 > 5',
        '  text other "其他" en: "Other" when q1 == 7',
      ].join('\n'),
    );
    expect(codes(text, { only })).toEqual(["12:33 SVY2054 'q1 > 5'", "13:42 SVY2008 '7'"]);
    expect(message(text)[0]).toBe(
      "This condition can never be true: 'q1' can only be 1, 2, 3, 4 or 5, so 'why' is never shown. Compare with a value it can take.",
    );
  });

  it('reports contradictory and on one answer, and number ranges that cannot meet (en)', () => {
    const text = survey(
      [
        '  rating q1 "Overall satisfaction" on sat5',
        '  number age "How old are you?" min 0 max 120 integer',
        '  text a "Why?" when q1 == 1 and q1 == 2',
        '  text b "Why?" when age > 65 and age < 18',
        '  text c "Why?" when age < 0',
        '  text d "Why?" when age > 17 and age < 18',
      ].join('\n'),
    );
    expect(codes(text, { only })).toEqual([
      "13:22 SVY2054 'q1 == 1 and q1 == 2'",
      "14:22 SVY2054 'age > 65 and age < 18'",
      "15:22 SVY2054 'age < 0'",
      "16:22 SVY2054 'age > 17 and age < 18'",
    ]);
    expect(message(text)[0]).toBe(
      "This condition can never be true: no answer to 'q1' satisfies both sides of `and`, so 'a' is never shown. Fix the values, or use `or` if either should do.",
    );
    expect(message(text)[2]).toContain("'age' can only be from 0 to 120");
  });

  it('reports only the dead branch of an or, and accepts what can hold', () => {
    const text = survey(
      [
        '  rating q1 "总体满意度" en: "Overall" on sat5',
        '  text a "原因" en: "Why?" when q1 <= 2 or q1 > 9',
        '  text b "原因" en: "Why?" when q1 == 1 or q1 == 2',
        '  text c "原因" en: "Why?" when q1 >= 2 and q1 <= 4 and q1 != 3',
      ].join('\n'),
    );
    expect(codes(text, { only })).toEqual(["12:42 SVY2054 'q1 > 9'"]);
    // The question is still shown when q1 <= 2: the message says only this part is dead.
    expect(message(text)).toEqual([
      "This part of the condition can never be true: 'q1' can only be 1, 2, 3, 4 or 5. The rest of the `or` still decides; remove this part, or compare with a value it can take.",
    ]);
  });

  it('says the whole condition is dead when every side of an or is, and names a dead and inside a live or', () => {
    const text = survey(
      [
        '  rating q1 "总体满意度" en: "Overall" on sat5',
        '  text a "原因" en: "Why?" when q1 > 5 or q1 < 1',
        '  text b "原因" en: "Why?" when q1 == 1 or (q1 == 2 and q1 == 3)',
        '  check q1 > 0 or q1 > 8 "请检查" en: "Please check"',
      ].join('\n'),
    );
    expect(message(text)).toEqual([
      "This condition can never be true: 'q1' can only be 1, 2, 3, 4 or 5, so 'a' is never shown. Compare with a value it can take.",
      "This condition can never be true: 'q1' can only be 1, 2, 3, 4 or 5, so 'a' is never shown. Compare with a value it can take.",
      "This part of the condition can never be true: no answer to 'q1' satisfies both sides of `and`. The rest of the `or` still decides; remove this part, or fix its values.",
      "This part of the condition can never be true: 'q1' can only be 1, 2, 3, 4 or 5. The rest of the `or` still decides; remove this part, or compare with a value it can take.",
    ]);
  });

  it('reports a question whose condition contradicts its section', () => {
    const text = survey(
      [
        '  single buyer "您是否购买过?" en: "Have you bought?" { y "是" en: "Yes"  n "否" en: "No" }',
        '  section usage "使用" en: "Use" when buyer == y {',
        '    text why_not "为什么没买?" en: "Why not?" when buyer == n',
        '  }',
      ].join('\n'),
    );
    expect(codes(text, { only })).toEqual(["13:47 SVY2054 'buyer == n'"]);
    expect(message(text)[0]).toContain(
      "'why_not' is never shown: its condition cannot hold together with its section's condition (section 'usage', on 'buyer')",
    );
  });

  it('reports a question that reads an answer asked only when its own condition fails', () => {
    const text = survey(
      [
        '  yesno bought "您是否购买过?" en: "Have you bought?"',
        '  rating sat "满意度" en: "Satisfaction" on sat5 when bought == yes',
        '  text fix "如何改进?" en: "What to improve?" when bought == no and sat <= 2',
      ].join('\n'),
    );
    expect(codes(text, { only })).toEqual(["13:48 SVY2054 'bought == no and sat <= 2'"]);
    expect(message(text)[0]).toContain("'fix' is never shown: its condition reads 'sat'");
  });

  it('reports a check that no response can pass', () => {
    const text = survey('  number a "员工人数" en: "Employees" min 0 max 100\n  check a > 200 "人数不能超过 200" en: "At most 200"');
    expect(message(text)).toEqual([
      "This condition can never be true: 'a' can only be from 0 to 100, so no response can pass this check. Compare with a value it can take.",
    ]);
  });

  it('accepts missing codes compared on purpose and open number ranges', () => {
    const text = `survey t {
  languages en
  scale s 1..5 { 1 "Bad" 5 "Good" 9 "Don't know" missing }
  rating q "Rate" on s
  number n "Count" min 0
  text a "Why?" when q == 9
  text b "Why?" when q != 9 and q >= 4
  text c "Why?" when n > 1000000
}
`;
    expect(codes(text, { only })).toEqual([]);
  });
});

describe('anchored scales', () => {
  it('every grid point of an anchored scale is an answer: no SVY2008 for 3, SVY2054 past the end', () => {
    const text = `survey t {
  languages en
  scale agree7 1..7 anchored { 1 "Strongly disagree" 7 "Strongly agree" }
  rating q "The course was useful" on agree7
  text a "Why?" when q == 3
  text b "Why?" when q >= 8
}
`;
    expect(codes(text, { only })).toEqual(["6:22 SVY2054 'q >= 8'"]);
  });
});
