import { describe, expect, it } from 'vitest';
import { codes, compile, survey } from '../helpers.ts';
import { impossibleDate } from '../../src/rules/invalid-date.rule.ts';

const only = ['SVY2055'];

describe('invalid-date (SVY2055)', () => {
  it('knows the calendar: month lengths and leap years', () => {
    expect(impossibleDate('2025-02-30')).toBe('February 2025 has 28 days');
    expect(impossibleDate('2024-02-29')).toBeUndefined();
    expect(impossibleDate('2100-02-29')).toBe('February 2100 has 28 days');
    expect(impossibleDate('2000-02-29')).toBeUndefined();
    expect(impossibleDate('2024-13-01')).toBe('there is no month 13');
    expect(impossibleDate('2024-04-31')).toBe('April 2024 has 30 days');
    expect(impossibleDate('2024-04-00')).toBe('April 2024 has 30 days');
    expect(impossibleDate('yesterday')).toBeUndefined();
  });

  it('reports a date bound that does not exist (zh), at the string', () => {
    const text = survey('  date delivered "交付日期" en: "Delivery date" min "2025-02-30" max "2025-12-31"');
    expect(codes(text, { only })).toEqual(['11:49 SVY2055 \'"2025-02-30"\'']);
    expect(compile(text).diagnostics.find((d) => d.code === 'SVY2055')!.message).toBe(
      '"2025-02-30" is not a date: February 2025 has 28 days. Use a day that exists, such as "2025-02-28".',
    );
  });

  it('reports a date in a condition on a date answer or a hidden date (en)', () => {
    const text = survey(
      [
        '  hidden visit date "Date of visit"',
        '  date delivered "Delivery date" en: "Delivery date"',
        '  text late "Why late?" en: "Why late?" when delivered > "2025-04-31"',
        '  text early "Why?" en: "Why?" when "2024-13-01" <= visit',
      ].join('\n'),
    );
    expect(codes(text, { only })).toEqual(['13:58 SVY2055 \'"2025-04-31"\'', '14:37 SVY2055 \'"2024-13-01"\'']);
  });

  it('accepts real dates, leap days included', () => {
    const text = survey('  date d "日期" en: "Date" min "2024-02-29" max "2025-12-31"\n  text t "说明" en: "Note" when d < "2025-03-01"');
    expect(codes(text, { only })).toEqual([]);
  });
});
