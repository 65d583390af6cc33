import { describe, expect, it } from 'vitest';
import { codes } from '../helpers.ts';
import { diagnostics, en, zhen } from '../methodology/kit.ts';

const ratings = ['服务', '价格', '网站', '门店', '配送']
  .map(
    (t, i) =>
      `  rating r${i} "您对我们的${t}满意吗?" en: "How satisfied are you with our ${['service', 'prices', 'website', 'shops', 'delivery'][i]}?" on sat5`,
  )
  .join('\n');

describe('sensitive-early (SVY6025)', () => {
  it('reports income asked first in a longer survey (zh first)', () => {
    const text = zhen(`  number income "您的月收入是多少元?" en: "What is your monthly income, in yuan?" min 0\n${ratings}`);
    expect(codes(text)).toEqual(["8:10 SVY6025 'income'"]);
    expect(diagnostics(text, 'SVY6025')[0]!.message).toBe(
      '\'income\' asks about income ("收入") as question 1 of 6: asked before the questions the survey is about, sensitive questions are refused or make people stop. Move it near the end, with the background questions.',
    );
  });

  it('reports a diagnosis asked third (en)', () => {
    const body = `  rating a "How satisfied are you with the clinic?" on sat5
  rating b "How satisfied are you with the waiting time?" on sat5
  yesno ill "Have you ever been diagnosed with a long-term illness?"
  rating c "How satisfied are you with the doctors?" on sat5
  rating d "How satisfied are you with the nurses?" on sat5
  rating e "How satisfied are you with the pharmacy?" on sat5`;
    expect(diagnostics(en(body), 'SVY6025').map((d) => d.message.slice(0, 48))).toEqual([
      '\'ill\' asks about health ("diagnosed") as questio',
    ]);
  });

  it('accepts sensitive questions at the end, in short surveys, and when they screen or route', () => {
    expect(codes(zhen(`${ratings}\n  number income "您的月收入是多少元?" en: "What is your monthly income, in yuan?" min 0`))).toEqual([]);
    expect(
      codes(
        zhen(
          `  number income "您的月收入是多少元?" en: "What is your monthly income, in yuan?" min 0\n  rating r "您对我们的服务满意吗?" en: "How satisfied are you with our service?" on sat5`,
        ),
      ),
    ).toEqual([]);
    expect(
      codes(
        zhen(`  number income "您的月收入是多少元?" en: "What is your monthly income, in yuan?" min 0
  screenout low "感谢您的参与。" en: "Thank you for your time." when income < 3000
${ratings}`),
      ),
    ).toEqual([]);
  });
});
