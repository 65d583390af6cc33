import { describe, expect, it } from 'vitest';
import { codes } from '../helpers.ts';
import { diagnostics, en, zhen } from '../methodology/kit.ts';

describe('unfiltered-follow-up (SVY2190)', () => {
  it('reports a question about what a yes/no screener asked about, with no condition on it (zh first)', () => {
    const text = zhen(`  yesno used_app "过去一年,您是否使用过我们的手机App?" en: "In the past year, have you used our mobile app?"
  rating app_sat "您对手机App的满意程度如何?" en: "How satisfied are you with the mobile app?" on sat5
  rating app_speed "您对手机App的运行速度满意吗?" en: "How satisfied are you with the speed of the mobile app?" on sat5
  rating staff "您对门店员工的服务满意吗?" en: "How satisfied are you with the staff in our stores?" on sat5`);
    expect(codes(text)).toEqual(["9:10 SVY2190 'app_sat'"]);
    expect(diagnostics(text, 'SVY2190')[0]!.message).toBe(
      "'app_sat' asks about \"手机App\", but 'used_app' asked whether the respondent has used it and no condition on 'used_app' keeps those who answered no from this question (nor 1 more question after it). Add `when used_app == yes` (to each question about it, or to their section).",
    );
  });

  it('reports in English with a single-choice yes/no screener, and names its yes code', () => {
    const text = en(`  single visited "Have you visited our branch in the past year?" { 1 "Yes" 2 "No" }
  rating branch_sat "How satisfied were you with your visit to our branch?" on sat5
  rating app "How satisfied are you with our website?" on sat5`);
    const d = diagnostics(text, 'SVY2190');
    expect(d.map((x) => x.message.split('. Add')[1])).toEqual([' `when visited == 1` (to each question about it, or to their section).']);
    expect(d[0]!.message).toContain('\'branch_sat\' asks about "branch"');
  });

  it('accepts follow-ups filtered by their own or their section condition, partial words, and screeners routed by a screen-out', () => {
    expect(
      codes(
        zhen(`  yesno used_app "您是否使用过我们的手机App?" en: "Have you ever used our mobile app?"
  rating app_sat "您对手机App的满意程度如何?" en: "How satisfied are you with the mobile app?" on sat5 when used_app == yes
  section app_detail "App 使用体验" en: "Using the app" when used_app == yes {
    rating app_speed "您对手机App的运行速度满意吗?" en: "How satisfied are you with the speed of the mobile app?" on sat5
  }`),
      ).filter((c) => c.includes('SVY2190')),
    ).toEqual([]);
    expect(
      codes(
        en(`  yesno used_app "Have you ever used our app?"
  rating happy "How happy are you with our service overall?" on sat5
  rating apply "How satisfied were you with how easy it was to apply?" on sat5`),
      ).filter((c) => c.includes('SVY2190')),
    ).toEqual([]);
    expect(
      codes(
        en(`  yesno used_app "Have you ever used our app?"
  screenout non_user "Thank you! This survey is for users of our app." when used_app == no
  rating app_sat "How satisfied are you with our app?" on sat5`),
      ).filter((c) => c.includes('SVY2190')),
    ).toEqual([]);
  });
});
