import { describe, expect, it } from 'vitest';
import { codes, survey } from '../helpers.ts';

describe('fieldwork-counts (SVY2033)', () => {
  it('accepts possible counts', () => {
    const text = survey('  sample { population 500 invited 140 strata size { large 100 invited 60 small 400 invited 80 } }');
    expect(codes(text, { only: ['SVY2033'] })).toEqual([]);
  });

  it('reports more invited than a stratum holds', () => {
    const text = survey('  sample { population 500 strata size { large 100 invited 120 small 400 invited 80 } }');
    expect(codes(text, { only: ['SVY2033'] })).toEqual(["11:59 SVY2033 '120'"]);
  });

  it('reports more invited than the population, and strata that do not add up', () => {
    const text = survey('  sample { population 500 invited 600 strata size { large 100 invited 60 small 400 invited 80 } }');
    expect(codes(text, { only: ['SVY2033'] })).toEqual(["11:27 SVY2033 'invited 600'", "11:46 SVY2033 'size'"]);
  });
});
