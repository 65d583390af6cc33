import { describe, expect, it } from 'vitest';
import { codes } from '../helpers.ts';
import { applyFix, zhen, en } from '../methodology/kit.ts';

describe('label-value (SVY5004)', () => {
  it('reports labels whose number is not their value, with a fix', () => {
    const text = zhen(
      '  scale stars 1..5 { 1 "5 星" en: "5 stars" 2 "4 星" en: "4 stars" 3 "3 星" en: "3 stars" 4 "2 星" en: "2 stars" 5 "1 星" en: "1 star" }',
    );
    expect(codes(text)).toEqual(["8:25 SVY5004 '5'", "8:47 SVY5004 '4'", "8:91 SVY5004 '2'", "8:113 SVY5004 '1'"]);
    expect(applyFix(text, 'SVY5004')).toContain('1 "1 星" en: "5 stars"');
  });

  it('reads "5 - Very satisfied" and 5分', () => {
    const text = en('  scale s 1..2 { 1 "2 - Poor" 2 "1 - Good" }');
    expect(codes(text, { only: ['SVY5004'] })).toEqual(["7:21 SVY5004 '2'", "7:34 SVY5004 '1'"]);
  });

  it('accepts matching numbers and labels without numbers', () => {
    expect(
      codes(
        zhen(
          '  scale stars 1..5 { 1 "1 星" en: "1 star" 2 "2 星" en: "2 stars" 3 "3 星" en: "3 stars" 4 "4 星" en: "4 stars" 5 "5 星" en: "5 stars" }',
        ),
      ),
    ).toEqual([]);
    expect(codes(zhen('  scale y 1..2 { 1 "3 年以下的客户" en: "Clients" 2 "其他" en: "Others" }'), { only: ['SVY5004'] })).toEqual([]);
  });
});

describe('label-value (SVY5004) and ranges', () => {
  it('does not read a range or a count as the point number', () => {
    expect(
      codes(zhen('  scale n 1..3 { 1 "0 次" en: "None" 2 "1-2 次" en: "1-2 times" 3 "3 次以上" en: "3 times or more" }'), {
        only: ['SVY5004'],
      }),
    ).toEqual([]);
  });
});
