import { describe, expect, it } from 'vitest';
import { codes } from '../helpers.ts';
import { zhen } from '../methodology/kit.ts';

describe('jargon (SVY4009)', () => {
  it('reports words from the jargon list in both languages', () => {
    expect(codes(zhen('  rating q "您对我们各服务触点的体验如何?" en: "How do you rate our service touchpoints?" on sat5'))).toEqual([
      "8:20 SVY4009 '触点'",
      "8:63 SVY4009 'touchpoints'",
    ]);
  });

  it('accepts everyday words', () => {
    expect(
      codes(zhen('  rating q "您对通过电话联系我们的体验满意吗?" en: "How satisfied are you with calling us by phone?" on sat5')),
    ).toEqual([]);
  });

  it('extends the list from survey.config.json', () => {
    const text = zhen('  rating q "您对我们的工单流转满意吗?" en: "How satisfied are you with our ticket routing?" on sat5');
    expect(codes(text)).toEqual([]);
    expect(codes(text, { config: { options: { jargon: { words: { zh: ['流转'], en: ['ticket routing'] } } } } })).toEqual([
      "8:20 SVY4009 '流转'",
      "8:64 SVY4009 'ticket routing'",
    ]);
  });
});
