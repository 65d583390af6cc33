import { describe, expect, it } from 'vitest';
import { codes, compile, survey } from '../helpers.ts';

describe('screenout-order (SVY2140)', () => {
  it('accepts a screen-out after the questions it reads, and records where it stands', () => {
    const text = survey(`  yesno customer "您是我们的客户吗?" en: "Are you our customer?"
  screenout not_customer "感谢您!本调查只面向客户。" en: "Thank you! This survey is for customers only." when customer == no
  section s "服务" en: "Service" {
    rating q1 "总体满意度" en: "Overall" on sat5
    screenout unhappy "谢谢" en: "Thank you" when q1 == 1
    rating q2 "员工" en: "Staff" on sat5
  }`);
    expect(codes(text, { only: ['SVY2140'] })).toEqual([]);
    const s = compile(text).survey!;
    expect(s.flow.screenOuts.map((x) => [x.id, x.after, x.section, x.items, x.message.en])).toEqual([
      ['not_customer', 1, '_part1', ['customer'], 'Thank you! This survey is for customers only.'],
      ['unhappy', 2, 's', ['q1'], 'Thank you'],
    ]);
  });

  it('reports a screen-out that reads a later question (English and Chinese texts)', () => {
    const text = survey(`  screenout minor "本调查仅面向成年人。" en: "This survey is for adults only." when age < 18
  number age "您的年龄" en: "Your age" min 0 max 120
  section s "Service" {
    screenout early "Thank you" when q1 == 1
    rating q1 "Overall" on sat5
  }`);
    expect(codes(text, { only: ['SVY2140'] })).toEqual(["11:75 SVY2140 'age < 18'", "14:38 SVY2140 'q1 == 1'"]);
  });
});
