// Aggregates over a repeat group's question by its dotted path (`sum(members.age)`) and
// conditional counts of instances (`count(members where age < 18)`): canonical spacing,
// comments kept, and formatting twice changes nothing.
import { describe, expect, it } from 'vitest';
import { checkFormatted, formatSurvey } from '../src/index.ts';

describe('roster expressions', () => {
  it('prints a dotted path and a where clause with one space around the keyword', async () => {
    const src = 'survey s {\n  let kids = count(  members   where age<18 )\n  let total = sum( members.income )+max(members.age)\n}\n';
    const out = await formatSurvey(src);
    expect(out).toBe('survey s {\n  let kids = count(members where age < 18)\n  let total = sum(members.income) + max(members.age)\n}\n');
    expect(await formatSurvey(out)).toBe(out);
    expect(await checkFormatted(out)).toBe(true);
  });

  it('keeps a comment inside the condition', async () => {
    const src = 'survey s {\n  let adults = count(members where /* 成年 adult */ age >= 18)\n}\n';
    const out = await formatSurvey(src);
    expect(out).toContain('/* 成年 adult */');
    expect(out).toContain('where');
    expect(await formatSurvey(out)).toBe(out);
  });
});
