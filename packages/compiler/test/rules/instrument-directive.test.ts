import { describe, expect, it } from 'vitest';
import { codes } from '../helpers.ts';
import { en, zhen } from '../methodology/kit.ts';

const who5 = `  section who5 "幸福感" en: "Well-being" {
    rating who1 "过去两周里,我感到宁静和放松。" en: "Over the last two weeks, I have felt calm and relaxed." on agree5
    rating who2 "过去两周里,我感到充满活力、精力充沛。" en: "Over the last two weeks, I have felt active and vigorous." on agree5
  }`;
const sus = '  rating sus1 "我愿意经常使用这个系统。" en: "I think that I would like to use this system frequently." on agree5';

describe('survey-instrument (SVY4011, SVY4012)', () => {
  it('without the directive, the wording rules report validated wording', () => {
    expect(codes(zhen(who5), { only: ['SVY4001'] })).toEqual(["9:29 SVY4001 '和'", "9:82 SVY4001 'and'", "10:88 SVY4001 'and'"]);
    expect(codes(zhen(sus), { only: ['SVY4006'] })).toEqual(["8:19 SVY4006 '经常'", "8:80 SVY4006 'frequently'"]);
  });

  it('a directive before a section or a question turns the wording rules off for it, and only for it', () => {
    const text = zhen(
      `  // survey-instrument WHO-5 -- WHO-5 Well-Being Index (WHO 1998), Chinese version\n${who5}\n  // survey-instrument SUS -- Brooke 1996\n${sus}\n  rating own "您对培训和技术支持满意吗?" en: "How satisfied are you with the training?" on sat5`,
    );
    expect(codes(text)).toEqual(["15:19 SVY4001 '和'"]);
  });

  it('skips unexplained acronyms inside the instrument', () => {
    const q = '  rating k1 "Over the last two weeks, how often have you had the symptoms in the PHQ list?" on sat5';
    expect(codes(en(q), { only: ['SVY4008'] })).toEqual(["7:82 SVY4008 'PHQ'"]);
    expect(codes(en(`  // survey-instrument PHQ-2 -- Kroenke et al. 2003\n${q}`), { only: ['SVY4008'] })).toEqual([]);
  });

  it('asks for the source, and for a question or section right after the directive', () => {
    expect(codes(zhen(`  // survey-instrument WHO-5\n${who5}`), { only: ['SVY4011', 'SVY4012', 'SVY4001'] })).toEqual([
      "8:3 SVY4011 '// survey-instrument WHO-5'",
    ]);
    expect(codes(zhen(`  // survey-instrument\n${sus}`), { only: ['SVY4011'] })).toEqual(["8:3 SVY4011 '// survey-instrument'"]);
    const text = zhen(
      `${sus}\n  // survey-instrument SUS -- Brooke 1996\n  scale s3 1..3 { 1 "低" en: "Low" 2 "中" en: "Medium" 3 "高" en: "High" }`,
    );
    expect(codes(text, { only: ['SVY4012'] })).toEqual(["9:3 SVY4012 '// survey-instrument SUS -- Brooke 1996'"]);
  });

  it('applies across a comment line between the directive and the question', () => {
    const text = zhen(`  // survey-instrument SUS -- Brooke 1996\n  // item 1 of 10\n${sus}`);
    expect(codes(text)).toEqual([]);
  });
});
