import { describe, expect, it } from 'vitest';
import { codes } from '../helpers.ts';
import { diagnostics, zhen } from '../methodology/kit.ts';

describe('numeric-ranges (SVY5011, SVY5012)', () => {
  it('reports overlapping and gapped ranges, at the later option', () => {
    const text = zhen('  choices years { a "1-5年" en: "1-5 years" b "5-10年" en: "5-10 years" c "12年以上" en: "12 years or more" }');
    expect(codes(text)).toEqual(["8:47 SVY5011 '5-10年'", "8:74 SVY5012 '12年以上'"]);
    expect(diagnostics(text, 'SVY5011')[0].message).toContain('5 fits both');
    expect(diagnostics(text, 'SVY5012')[0].message).toContain("No option covers 11, between 'b'");
  });

  it('reads 以上/以下 as including the number and 不满/未满/超过 as excluding it', () => {
    const ok = zhen(
      '  choices tenure { under1 "不满 1 年" en: "Less than 1 year" y1to3 "1 年至未满 3 年" en: "1 year to less than 3 years" y3to5 "3 年至未满 5 年" en: "3 years to less than 5 years" y5plus "5 年以上" en: "5 years or more" }',
    );
    expect(codes(ok)).toEqual([]);
    const bad = zhen(
      '  choices tenure { a "不满 1 年" en: "Under 1 year" b "1-3 年" en: "1-3 years" c "3-5 年" en: "3-5 years" d "5 年以上" en: "5+ years" }',
    );
    expect(codes(bad)).toEqual(["8:79 SVY5011 '3-5 年'", "8:105 SVY5011 '5 年以上'"]);
  });

  it('treats decimal bounds as continuous', () => {
    const text = zhen(
      '  choices hours { a "0.5 小时以下" en: "Under 0.5 hours" b "0.5-1 小时" en: "0.5 to 1 hour" c "超过 1 小时" en: "More than 1 hour" }',
    );
    expect(codes(text)).toEqual(["8:57 SVY5011 '0.5-1 小时'"]);
  });

  it('ignores lists that are not ranges, and non-numeric options in range lists', () => {
    expect(codes(zhen('  choices ver { a "Windows 10" b "Windows 11" c "其他" en: "Other" specify }'))).toEqual([]);
    expect(
      codes(
        zhen(
          '  choices age { a "18-24岁" en: "18-24" b "25-34岁" en: "25-34" c "35-44岁" en: "35-44" d "45岁及以上" en: "45 or older" none "不便透露" en: "Prefer not to say" exclusive }',
        ),
      ),
    ).toEqual([]);
  });
});

describe('a range list that starts open and stops at a number (SVY5012)', () => {
  it('reports the missing top, in Chinese and English lists', () => {
    const text = zhen(`  single income "您的月收入是?" en: "What is your monthly income?" {
    a "3000 元以下" en: "Under 3000"
    b "3000–4999 元" en: "3000–4999"
    c "5000–7999 元" en: "5000–7999"
  }
  single staff "贵公司有多少员工?" en: "How many employees does your company have?" {
    a "0–9 人" en: "0–9"
    b "10–49 人" en: "10–49"
    c "50 人以上" en: "50 or more"
  }
  single age "您的年龄是?" en: "What is your age?" {
    a "18–29 岁" en: "18–29"
    b "30–44 岁" en: "30–44"
    c "45–60 岁" en: "45–60"
  }`);
    expect(diagnostics(text, 'SVY5012').map((d) => d.message)).toEqual([
      'No option covers answers above 7999: the highest option is \'c\' ("5000–7999 元") and the list starts open ("3000 元以下"). Add an option such as "超过7999" so every answer fits one.',
    ]);
  });
});
