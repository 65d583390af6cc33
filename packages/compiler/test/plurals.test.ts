// Messages that count say "1 option", "2 options": a count is written through the
// registry's `{n, plural, one {…} other {…}}` (Intl.PluralRules), never "1 options".
import { describe, expect, it } from 'vitest';
import { compile, survey } from './helpers.ts';

const message = (text: string, code: string) => compile(text).diagnostics.find((d) => d.code === code)?.message;

describe('singular and plural in messages', () => {
  it('one option, one selection (zh)', () => {
    const text = survey('  multi areas "您最看重哪个方面?" optional { a "价格"  b "质量" exclusive } min 2');
    expect(message(text, 'SVY2050')).toBe(
      "'areas' needs at least 2 selections but only 1 option can be chosen together ('b' is exclusive): nobody can answer it. Lower `min` to 1 or less, or add options.",
    );
  });

  it('one option in a question, no option in a shared list (en)', () => {
    const lists = compile(survey('  choices none { }\n  single q "Pick one" { x "Only" }'))
      .diagnostics.filter((d) => d.code === 'SVY2014')
      .map((d) => d.message);
    expect(lists).toContain("'q' offers one option. A choice needs at least two options.");
    expect(lists).toContain("Choice list 'none' has no options. A choice needs at least two options.");
  });

  it('one member, one complete in a sample (zh)', () => {
    const text = `survey t {\n  languages zh\n  title "客户满意度"\n  rating q "您对本次服务满意吗?" on nps\n  sample {\n    population 1\n    completes 2\n  }\n}\n`;
    expect(message(text, 'SVY6004')).toBe(
      'The sample asks for 2 completes but the population has only 1 member. Lower `completes` (or take everyone: 1).',
    );
  });

  it('one point without a label', () => {
    const text = `scale s 1..3 { 1 "差" 3 "好" }\n${survey('  rating q "评价" on s')}`;
    expect(message(text, 'SVY2010')).toMatch(/^Scale 's' has no label for point 2\. /);
  });
});
