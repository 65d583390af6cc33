import { describe, expect, it } from 'vitest';
import { codes } from '../helpers.ts';
import { applyFix, diagnostics, en, zhen } from '../methodology/kit.ts';

describe('implausible-bound (SVY2189)', () => {
  it('reports an age above 120, a percentage above 100 and hours past a day (zh first)', () => {
    const text = zhen(`  number age "您的年龄是?" en: "What is your age?" min 0 max 300 integer
  number share "上个月网购占您消费的百分之几?" en: "Last month, what percent of your spending was online?" min 0 max 1000
  number tv "您每天看电视几小时?" en: "How many hours a day do you watch TV?" min 0 max 48`);
    expect(codes(text)).toEqual(["8:57 SVY2189 '300'", "9:104 SVY2189 '1000'", "10:80 SVY2189 '48'"]);
    expect(diagnostics(text, 'SVY2189')[0]!.message).toBe(
      '\'age\' asks for an age ("年龄") but allows answers up to 300; no answer can be above 120. Set `max 120` (or lower) so the form catches typing slips.',
    );
  });

  it('reports a negative count and days past a week (en), and the fixes set the limits', () => {
    const text = en(`  number visits "How many times did you visit us last month?" min -5 max 100 integer
  number gym "How many days a week do you exercise?" min 0 max 10 integer`);
    expect(diagnostics(text, 'SVY2189').map((d) => d.message.slice(0, 60))).toEqual([
      '\'visits\' asks for a count ("How many") but allows answers do',
      '\'gym\' asks for days in a week ("days a week") but allows ans',
    ]);
    const once = applyFix(text, 'SVY2189');
    expect(once).toContain('min 0 max 100 integer');
    expect(codes(applyFix(once, 'SVY2189'))).toEqual([]);
  });

  it('accepts bounds within the limits, changes in percent, and ages of things', () => {
    expect(
      codes(
        zhen(`  number age "您的年龄是?" en: "What is your age?" min 16 max 99 integer
  number growth "与去年相比,您的收入变化了百分之几?" en: "By what percent did your income change since last year?" min -100 max 500
  number firm_age "贵公司成立多少年了?" en: "What is the age of your company in years?" min 0 max 400 integer
  number temp "您家冬天室温大约几度?" en: "About what temperature is your home in winter?" min -30 max 40`),
      ),
    ).toEqual([]);
  });
});
