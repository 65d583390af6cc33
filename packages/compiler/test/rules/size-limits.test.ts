import { describe, expect, it } from 'vitest';
import { codes, survey } from '../helpers.ts';
import { LIMITS, gridPointCount } from '../../src/limits.ts';

const only = { only: ['SVY2040', 'SVY2041', 'SVY2042', 'SVY2043'] };

function options(n: number): string {
  return Array.from({ length: n }, (_, i) => `    c${i} "选项${i}" en: "Option ${i}"`).join('\n');
}

describe('size-limits (SVY2040-2043)', () => {
  it('accepts a 0..100 thermometer, a 1000-option list, 15-digit numbers and a 100000-character text', () => {
    const text = survey(`  scale thermo 0..100 anchored {
    0 "非常冷淡" en: "Very cold"
    100 "非常热情" en: "Very warm"
  }
  rating warmth "您对本店的感觉?" en: "How do you feel about the shop?" on thermo
  choices many {
${options(1000)}
  }
  single pick "选一个" en: "Pick one" from many
  number visits "来访次数?" en: "How many visits?" min 0 max 999999999999999
  text story "请描述" en: "Describe it" max 100000`);
    expect(codes(text, only)).toEqual([]);
  });

  it('reports a scale of billions of points at its range, once per scale', () => {
    const text = survey(`  scale huge 1..5000000000 anchored {
    1 "最低" en: "Lowest"
    5000000000 "最高" en: "Highest"
  }
  rating q1 "收入水平?" en: "Income level?" on huge`);
    expect(codes(text, only)).toEqual(["11:14 SVY2040 '1..5000000000'"]);
  });

  it('counts points by step: 0..1000 step 10 is 101 points, 0..1000 step 5 is too many', () => {
    expect(gridPointCount(0, 1000, 10)).toBe(101);
    expect(gridPointCount(0, 1, 0.1)).toBe(11);
    const text = survey(`  scale fine 0..1000 step 5 anchored {
    0 "无" en: "None"
    1000 "很多" en: "A lot"
  }`);
    expect(codes(text, only)).toEqual(["11:14 SVY2040 '0..1000'"]);
  });

  it('reports a list of more than 1000 options and a matrix of more than 200 rows', () => {
    const rows = Array.from({ length: LIMITS.rows + 1 }, (_, i) => `    row r${i} "项目${i}" en: "Item ${i}"`).join('\n');
    const text = survey(`  choices many {
${options(LIMITS.options + 1)}
  }
  single pick "选一个" en: "Pick one" from many
  matrix grid "请评价" en: "Please rate" on sat5 {
${rows}
  }`);
    expect(codes(text, only)).toEqual(["11:11 SVY2041 'many'", `${LIMITS.options + 15}:10 SVY2041 'grid'`]);
  });

  it('reports numbers that a double cannot hold exactly, wherever they are written', () => {
    const text = survey(`  number visits "来访次数?" en: "How many visits?" min 0 max 99999999999999999999
  number share "占比?" en: "Share?" min 0.1234567890123456 max 1`);
    expect(codes(text, only)).toEqual(["11:58 SVY2042 '99999999999999999999'", "12:39 SVY2042 '0.1234567890123456'"]);
  });

  it('reports a text answer allowed to be longer than 100000 characters', () => {
    const text = survey(`  text comments "其他意见?" en: "Other comments?" optional max 999999999`);
    expect(codes(text, only)).toEqual(["11:60 SVY2043 '999999999'"]);
  });
});

describe('text-too-long (SVY2044)', () => {
  it('reports a literal over the limit once, at the literal, and checks its wording only up to the limit', () => {
    const long = '请问您对本次服务的满意度如何,'.repeat(2000);
    const text = survey(`  text story "${long}" en: "Tell us" optional`);
    const found = codes(text, { only: ['SVY2044'] });
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^11:14 SVY2044 '"请问/);
  });

  it('accepts a long consent text under the limit', () => {
    const text = survey(`  text story "${'同意'.repeat(LIMITS.literal / 2)}" en: "Tell us" optional`);
    expect(codes(text, { only: ['SVY2044'] })).toEqual([]);
  });
});

describe('a text far over the limit (issue 16: a 5 MB text never finished)', () => {
  it('is read by the wording rules only up to the limit: one SVY2044, no length warning, wording found in its start', () => {
    // A double negative at the start, then 2.6 million characters.
    const long = '您不会不满意吧,' + '请问您对本次服务的满意度如何'.repeat(200_000);
    const text = survey(`  text story "${long}" en: "Tell us" optional`);
    const found = codes(text);
    expect(found.filter((c) => c.includes('SVY2044'))).toHaveLength(1);
    expect(found.filter((c) => c.includes('SVY3003'))).toEqual([]);
    expect(found.some((c) => c.includes('SVY4004'))).toBe(true);
  });
});
