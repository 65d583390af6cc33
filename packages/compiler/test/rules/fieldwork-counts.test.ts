import { describe, expect, it } from 'vitest';
import { codes, survey } from '../helpers.ts';

describe('fieldwork-counts (SVY2027)', () => {
  it('accepts possible counts', () => {
    const text = survey('  sample { population 500 invited 140 strata size { large 100 invited 60 small 400 invited 80 } }');
    expect(codes(text, { only: ['SVY2027'] })).toEqual([]);
  });

  it('reports more invited than a stratum holds', () => {
    const text = survey('  sample { population 500 strata size { large 100 invited 120 small 400 invited 80 } }');
    expect(codes(text, { only: ['SVY2027'] })).toEqual(["11:59 SVY2027 '120'"]);
  });

  it('reports more invited than the population, and strata that do not add up', () => {
    const text = survey('  sample { population 500 invited 600 strata size { large 100 invited 60 small 400 invited 80 } }');
    expect(codes(text, { only: ['SVY2027'] })).toEqual(["11:27 SVY2027 'invited 600'", "11:46 SVY2027 'size'"]);
  });
});
