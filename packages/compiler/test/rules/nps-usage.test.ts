import { describe, expect, it } from 'vitest';
import { codes } from '../helpers.ts';
import { applyFix, zhen } from '../methodology/kit.ts';

describe('nps-usage (SVY5005)', () => {
  const rating = zhen(`  scale likely 0..10 anchored { 0 "完全不可能" en: "Not at all likely" 10 "极有可能" en: "Extremely likely" }
  rating rec "您向朋友推荐我们的可能性有多大?" en: "How likely are you to recommend us to a friend?" on likely`);

  it('reports a recommend question on a home-made 0–10 scale, with a fix that declares it nps', () => {
    expect(codes(rating)).toEqual(["9:3 SVY5005 'rating'"]);
    const fixed = applyFix(rating, 'SVY5005');
    expect(fixed).toContain('  nps rec "您向朋友推荐我们的可能性有多大?" en: "How likely are you to recommend us to a friend?"\n');
    expect(codes(fixed)).toEqual([]);
  });

  it('reports an nps question averaged in a score, with a fix to nps()', () => {
    const text = zhen(`  nps rec "您向朋友推荐我们的可能性有多大?" en: "How likely are you to recommend us to a friend?"
  score s = mean(rec)`);
    expect(codes(text)).toEqual(["9:18 SVY5005 'rec'"]);
    expect(applyFix(text, 'SVY5005')).toContain('score s = nps(rec)');
  });

  it('accepts nps() on an nps question and a 0–10 rating that is not about recommending', () => {
    const text = zhen(`  scale ease 0..10 anchored { 0 "非常困难" en: "Very difficult" 10 "非常容易" en: "Very easy" }
  nps rec "您向朋友推荐我们的可能性有多大?" en: "How likely are you to recommend us to a friend?"
  rating effort "办理业务有多容易?" en: "How easy was it to get your issue handled?" on ease
  score s = nps(rec)`);
    expect(codes(text)).toEqual([]);
  });
});
