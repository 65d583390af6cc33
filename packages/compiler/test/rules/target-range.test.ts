import { describe, expect, it } from 'vitest';
import { codes } from '../helpers.ts';
import { applyFix, en } from '../methodology/kit.ts';

const survey = (targets: string) =>
  en(`  rating overall "How satisfied are you overall?" on sat5
  nps rec "How likely are you to recommend us?"
  score csat = rescale(overall, sat5)
  score mean_sat = mean(overall)
  score nps_score = nps(rec)
${targets}`);

describe('target-range (SVY6010)', () => {
  it('reports targets outside the range their score can take', () => {
    expect(codes(survey('  target csat >= 120\n  target mean_sat >= 90\n  target nps_score < -100'))).toEqual([
      "12:3 SVY6010 'target csat >= 120'",
      "13:3 SVY6010 'target mean_sat >= 90'",
      "14:3 SVY6010 'target nps_score < -100'",
    ]);
  });

  it('reports a response rate written as a percentage, with a fix', () => {
    const text = survey('  target response_rate >= 80');
    expect(codes(text)).toEqual(["12:3 SVY6010 'target response_rate >= 80'"]);
    expect(codes(applyFix(text, 'SVY6010'))).toEqual([]);
  });

  it('accepts the seed 002 targets: satisfaction >= 90 of 100, NPS >= 50', () => {
    expect(codes(survey('  target csat >= 90\n  target nps_score >= 50\n  target mean_sat >= 4.5\n  target response_rate >= 0.8'))).toEqual(
      [],
    );
  });
});
