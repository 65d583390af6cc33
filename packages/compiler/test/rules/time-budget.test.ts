import { describe, expect, it } from 'vitest';
import { codes } from '../helpers.ts';
import { diagnostics, zhen } from '../methodology/kit.ts';

describe('time-budget (SVY3002)', () => {
  const long = zhen(`  limit minutes 1
  rating overall "您对本次服务满意吗?" en: "How satisfied are you with this service?" on sat5
  text why "请说明您的理由。" en: "Please explain your rating."
  text more "您还有什么建议?" en: "Any other suggestions?"`);

  it('reports an estimate over `limit minutes` (10 s per closed question, 45 s per required open text)', () => {
    expect(codes(long)).toEqual(["8:3 SVY3002 'limit minutes 1'"]);
    expect(diagnostics(long, 'SVY3002')[0].message).toContain('Estimated completion time is 100 s on the longest path (3 questions)');
  });

  it('accepts a survey within its budget (an optional text counts 20 s)', () => {
    const text = zhen(`  limit minutes 1
  rating overall "您对本次服务满意吗?" en: "How satisfied are you with this service?" on sat5
  text why "请说明您的理由。" en: "Please explain your rating." optional`);
    expect(codes(text)).toEqual([]);
  });

  it('takes seconds per item from survey.config.json', () => {
    expect(codes(long, { config: { options: { SVY3002: { text: 20 } } } })).toEqual([]);
  });

  it('uses the profile budget when the survey declares none', () => {
    const text = zhen(
      Array.from({ length: 4 }, (_, i) => `  text t${i} "请描述第 ${i + 1} 个问题。" en: "Describe problem ${i + 1}."`).join('\n'),
    );
    expect(codes(text)).toEqual([]);
    expect(codes(text, { config: { profile: 'post-transaction', profiles: { 'post-transaction': { minutes: 2 } } } })).toEqual([
      "1:8 SVY3002 't'",
    ]);
  });
});
