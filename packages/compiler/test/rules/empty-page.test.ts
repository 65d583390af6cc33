import { describe, expect, it } from 'vitest';
import { codes, compile, survey } from '../helpers.ts';
import { pageStarts } from '../../src/index.ts';

describe('empty-page (SVY2143)', () => {
  it('accepts breaks between questions, in sections and in the survey block', () => {
    const text = survey(`  rating a "服务" en: "Service" on sat5
  page
  rating b "价格" en: "Price" on sat5
  section s "员工" en: "Staff" {
    rating c "态度" en: "Attitude" on sat5
    page
    rating d "速度" en: "Speed" on sat5
    rating e "专业" en: "Expertise" on sat5
  }`);
    expect(codes(text, { only: ['SVY2143'] })).toEqual([]);
    const s = compile(text).survey!;
    expect(s.flow.pageBreaks.map((b) => [b.section, b.before])).toEqual([
      ['_part1', 1],
      ['s', 1],
    ]);
    expect(pageStarts(s.flow, 's', 3)).toEqual([0, 1]);
  });

  it('reports breaks at a section start or end, twice in a row, and between sections', () => {
    const text = survey(`  section s "Staff" {
    page
    rating c "Attitude" on sat5
    page
    page
    rating d "Speed" on sat5
    page
  }
  page
  section t "Price" { rating e "Price" on sat5 }`);
    expect(codes(text, { only: ['SVY2143'] })).toEqual([
      "12:5 SVY2143 'page'",
      "15:5 SVY2143 'page'",
      "17:5 SVY2143 'page'",
      "19:3 SVY2143 'page'",
    ]);
  });
});
