import { describe, expect, it } from 'vitest';
import { codes } from '../helpers.ts';
import { applyFix, en } from '../methodology/kit.ts';

const survey = (score: string) =>
  en(`  scale sat7 1..7 { 1 "Very dissatisfied" 2 "Dissatisfied" 3 "Somewhat dissatisfied" 4 "Neither satisfied nor dissatisfied" 5 "Somewhat satisfied" 6 "Satisfied" 7 "Very satisfied" }
  section a "Overall" {
    rating overall "How satisfied are you overall?" on sat5
  }
  section b "Training" {
    rating training "How satisfied are you with the training?" on sat7
  }
${score}`);

describe('score-scales (SVY6011, SVY6012)', () => {
  it('reports a mean over 1–5 and 1–7 items, with a fix that rescales each item', () => {
    const text = survey('  score csat = rescale(mean(overall, training), sat5)');
    expect(codes(text)).toEqual(["14:24 SVY6011 'mean(overall, training)'"]);
    const fixed = applyFix(text, 'SVY6011');
    expect(fixed).toContain('score csat = mean(rescale(overall, sat5), rescale(training, sat7))');
    expect(codes(fixed)).toEqual([]);
  });

  it('reports rescale() with the wrong scale, with a fix', () => {
    const text = survey('  score t = rescale(training, sat5)');
    expect(codes(text)).toEqual(["14:31 SVY6012 'sat5'"]);
    expect(codes(applyFix(text, 'SVY6012'))).toEqual([]);
  });

  it('accepts items on scales with one range, and rescaled items', () => {
    expect(
      codes(survey('  score a = mean(rescale(overall, sat5), rescale(training, sat7))\n  score b = rescale(mean(overall), sat5)')),
    ).toEqual([]);
  });
});
