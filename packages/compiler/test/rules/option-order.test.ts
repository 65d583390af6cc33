import { describe, expect, it } from 'vitest';
import { codes } from '../helpers.ts';
import { diagnostics, en, zhen } from '../methodology/kit.ts';

describe('options-out-of-order (SVY5016)', () => {
  it('reports how-often options out of order in Chinese, at the first option that breaks the order', () => {
    const text = zhen(`  single freq "过去三个月,您多久使用一次我们的应用?" en: "In the past three months, how often did you use our app?" {
    a "每天" en: "Every day"
    b "每月" en: "Once a month"
    c "每周" en: "Once a week"
    d "从不" en: "Never"
  }`);
    expect(codes(text)).toEqual(["11:8 SVY5016 '每周'"]);
    expect(diagnostics(text, 'SVY5016')[0]!.message).toBe(
      "The options of 'freq' are ordered answers listed out of order: 'c' (\"每周\") comes after 'b' (\"每月\"). List them from lowest to highest or highest to lowest, so respondents find their answer where they expect it.",
    );
  });

  it('reports how-much-of-the-time adverbs and number ranges out of order in English, shared lists once', () => {
    const text = en(`  choices often { 1 "Never" 2 "Sometimes" 3 "Rarely" 4 "Often" 5 "Always" }
  choices visits { a "None" b "1-2 times" c "6 or more times" d "3-5 times" }
  single late "In the past month, how often was your train late?" from often
  single rude "In the past month, how often were staff rude to you?" from often
  single count "In the past year, how many times did you visit a branch?" from visits`);
    expect(diagnostics(text, 'SVY5016').map((d) => d.message.split(' comes')[0])).toEqual([
      "The options of list 'often' (used by 'late') are ordered answers listed out of order: '3' (\"Rarely\")",
      "The options of list 'visits' (used by 'count') are ordered answers listed out of order: 'd' (\"3-5 times\")",
    ]);
  });

  it('accepts ordered lists either way, skipped unordered options, shuffled and multi-select questions, and mixed dimensions', () => {
    expect(
      codes(
        zhen(`  single a "您多久锻炼一次?" en: "How often do you exercise?" { 1 "从不" en: "Never" 2 "每年几次" en: "A few times a year" 3 "每月一次" en: "Once a month" 4 "每周一次" en: "Once a week" 5 "每天" en: "Every day" 9 "不知道" en: "Don't know" }
  single b "您多久加班一次?" en: "How often do you work overtime?" { 1 "总是" en: "Always" 2 "经常" en: "Often" 3 "有时" en: "Sometimes" 4 "很少" en: "Rarely" 5 "从不" en: "Never" }
  single c "过去一年您搬过几次家?" en: "How many times did you move house in the past year?" { 1 "0次" en: "None" 2 "1-2次" en: "1-2 times" 3 "3次及以上" en: "3 or more times" }
  single d "您多久回一次老家?" en: "How often do you visit your hometown?" randomize { 1 "每年" en: "Every year" 2 "每周" en: "Every week" 3 "每月" en: "Every month" }
  multi e "您通常在哪些时段上网?" en: "When do you usually go online?" { 1 "每天" en: "Every day" 2 "每月" en: "Every month" 3 "每周" en: "Every week" }
  single f "您多久网购一次?" en: "How often do you shop online?" { 1 "经常" en: "Often" 2 "每月" en: "Monthly" 3 "从不" en: "Never" }`),
      ).filter((c) => c.includes('SVY5016')),
    ).toEqual([]);
  });
});
