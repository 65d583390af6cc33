import { describe, expect, it } from 'vitest';
import { structuralCodes as codes } from '../helpers.ts';

const sec = (id: string, pts: string) => `  section ${id} "类别" ${pts} {\n    yesno ${id}_q "满意吗" \n  }`;

describe('points-total (SVY2017)', () => {
  it('accepts points that add up to the declared total (seed 000: 300)', () => {
    const body = [
      ['a', 50],
      ['b', 30],
      ['c', 20],
      ['d', 20],
      ['e', 30],
      ['f', 50],
      ['g', 50],
      ['h', 50],
    ]
      .map(([i, p]) => sec(String(i), `points ${p}`))
      .join('\n');
    expect(codes(`survey t {\n  languages zh\n  points 300\n${body}\n}`)).toEqual([]);
  });

  it('reports points that do not add up, at the declared total', () => {
    const body = sec('a', 'points 50') + '\n' + sec('b', 'points 30');
    expect(codes(`survey t {\n  languages zh\n  points 300\n${body}\n}`, { only: ['SVY2017'] })).toEqual(["3:3 SVY2017 'points 300'"]);
  });

  it('reports weights that do not add up to 1', () => {
    const body = sec('a', 'weight 0.5') + '\n' + sec('b', 'weight 0.3');
    expect(codes(`survey t {\n  languages zh\n${body}\n}`, { only: ['SVY2017'] })).toEqual(["3:25 SVY2017 '0.5'"]);
  });
});
