import { describe, expect, it } from 'vitest';
import { codes } from '../helpers.ts';
import { zhen } from '../methodology/kit.ts';

const text =
  zhen(`  single income "您的月收入是多少?" en: "What is your monthly income?" { a "不满5000元" en: "Under 5000" b "5000-9999元" en: "5000 to 9999" c "10000元及以上" en: "10000 or more" }
  yesno ill "您是否有慢性病?" en: "Do you have a chronic condition?" tag sensitive
  number age "您的年龄是?" en: "How old are you?" min 0 max 120 optional`);

describe('nonresponse-option (SVY5007)', () => {
  it('is off unless survey.config.json sets requireNonResponseOption', () => {
    expect(codes(text)).toEqual([]);
  });

  it('reports sensitive questions (by topic or tag) that force an answer', () => {
    expect(codes(text, { config: { requireNonResponseOption: true } })).toEqual(["8:10 SVY5007 'income'", "9:9 SVY5007 'ill'"]);
  });

  it('accepts a "prefer not to say" option, a missing code or an optional question', () => {
    const ok =
      zhen(`  single income "您的月收入是多少?" en: "What is your monthly income?" { a "不满5000元" en: "Under 5000" b "5000元及以上" en: "5000 or more" na "不便透露" en: "Prefer not to say" exclusive }
  scale h5 1..5 { 1 "很差" en: "Very poor" 2 "较差" en: "Poor" 3 "一般" en: "Fair" 4 "较好" en: "Good" 5 "很好" en: "Very good" missing 9 "不想回答" en: "Prefer not to say" }
  rating health "您如何评价自己的健康状况?" en: "How do you rate your health?" on h5`);
    expect(codes(ok, { config: { requireNonResponseOption: true } })).toEqual([]);
  });

  it('takes tags and topics from survey.config.json', () => {
    const t = zhen('  yesno union "您是否加入了工会?" en: "Are you a union member?" tag hr');
    expect(codes(t, { config: { requireNonResponseOption: true } })).toEqual([]);
    expect(codes(t, { config: { requireNonResponseOption: true, options: { SVY5007: { tags: ['hr'] } } } })).toEqual([
      "8:9 SVY5007 'union'",
    ]);
    expect(codes(t, { config: { requireNonResponseOption: true, options: { SVY5007: { words: { zh: ['工会'] } } } } })).toEqual([
      "8:9 SVY5007 'union'",
    ]);
  });
});
