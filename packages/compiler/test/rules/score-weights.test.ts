import { describe, expect, it } from 'vitest';
import { codes } from '../helpers.ts';
import { en } from '../methodology/kit.ts';

const survey = (score: string) =>
  en(`  rating speed "How satisfied are you with our speed?" on sat5
  rating staff "How satisfied are you with our staff?" on sat5
${score}`);

describe('score-weights (SVY6009)', () => {
  it('reports fractional weights that do not add up to 1', () => {
    expect(codes(survey('  score w = 0.5 * speed + 0.3 * staff'))).toEqual(["9:13 SVY6009 '0.5 * speed + 0.3 * staff'"]);
  });

  it('accepts weights that add up to 1, a normalised sum and unweighted sums', () => {
    expect(
      codes(survey('  score a = 0.6 * speed + 0.4 * staff\n  score b = (0.5 * speed + 0.3 * staff) / 0.8\n  score c = speed + staff')),
    ).toEqual([]);
  });
});
