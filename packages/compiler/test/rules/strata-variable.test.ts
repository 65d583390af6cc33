import { describe, expect, it } from 'vitest';
import { codes, survey } from '../helpers.ts';

const sizes = `  choices sizes { large "大型" en: "Large" medium "中型" en: "Medium" small "小型" en: "Small" }
  hidden size from sizes "企业规模" en: "Company size"
  rating overall "总体满意度" en: "Overall satisfaction" on sat5`;

describe('strata-variable (SVY2031, SVY2032)', () => {
  it('accepts strata that are exactly the codes of the linked variable', () => {
    const text = survey(sizes + '\n  sample { population 700 strata size by size { large 100 medium 200 small 400 } }');
    expect(codes(text, { only: ['SVY2031', 'SVY2032', 'SVY2002'] })).toEqual([]);
  });

  it('reports a stratum that is not a code, and a code without a stratum', () => {
    const text = survey(sizes + '\n  sample { population 700 strata size by size { large 100 big 200 small 400 } }');
    expect(codes(text, { only: ['SVY2031', 'SVY2032'] })).toEqual(["14:34 SVY2032 'size'", "14:59 SVY2031 'big'"]);
  });

  it('reports a link to a hidden variable that has no choice list', () => {
    const text = survey('  hidden wave number\n  sample { population 700 strata w by wave { a 100 b 600 } }');
    expect(codes(text, { only: ['SVY2031'] })).toEqual(["12:39 SVY2031 'wave'"]);
  });

  it('reports a link to an unknown name or to a question (SVY2002)', () => {
    const text = survey(sizes + '\n  sample { population 700 strata s by overall { large 100 medium 200 small 400 } }');
    expect(codes(text, { only: ['SVY2002'] })).toEqual(["14:39 SVY2002 'overall'"]);
  });
});
