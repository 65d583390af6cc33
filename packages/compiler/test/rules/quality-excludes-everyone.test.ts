import { describe, expect, it } from 'vitest';
import { codes } from '../helpers.ts';
import { applyFix, diagnostics, en, zhen } from '../methodology/kit.ts';

const zh = (quality: string, header = '') =>
  zhen(
    `  rating overall "您对本次服务的总体满意度如何?" en: "Overall, how satisfied are you with the service?" on sat5
  quality {
${quality}
  }`,
    header,
  );

const english = (quality: string, header = '') =>
  en(
    `  rating overall "Overall, how satisfied are you with the service?" on sat5
  quality {
${quality}
  }`,
    header,
  );

describe('quality-excludes-everyone (SVY6024)', () => {
  it('reports an answered share compared outside 0–100% (zh)', () => {
    const text = zh('    exclude answered < 110%\n    exclude answered >= 0');
    expect(codes(text)).toEqual(["10:5 SVY6024 'exclude answered < 110%'", "11:5 SVY6024 'exclude answered >= 0'"]);
  });

  it('reports a percentage written without % and fixes it (en)', () => {
    const text = english('    exclude answered < 80');
    expect(diagnostics(text, 'SVY6024')[0]!.message).toContain('answered < 80%');
    expect(codes(applyFix(text, 'SVY6024'))).toEqual([]);
  });

  it('reports a speeder threshold longer than the survey budget (zh and en)', () => {
    expect(codes(zh('    exclude duration < 10000', '\n  limit minutes 5'))).toEqual(["11:5 SVY6024 'exclude duration < 10000'"]);
    const d = diagnostics(english('    exclude duration <= 300', '\n  limit minutes 5'), 'SVY6024');
    expect(d.map((x) => x.message)).toEqual([
      '`exclude duration <= 300` excludes nearly every response: 300 s is at least as long as the whole survey takes (300 s by `limit minutes`). A speeder threshold is a fraction of the expected time (often a third to a half of the median); lower it to about 100.',
    ]);
  });

  it('without a limit, compares with twice the estimated time', () => {
    expect(codes(english('    exclude duration < 3600'))).toEqual(["9:5 SVY6024 'exclude duration < 3600'"]);
    expect(codes(english('    exclude duration >= 0'))).toEqual(["9:5 SVY6024 'exclude duration >= 0'"]);
  });

  it('accepts ordinary quality rules (zh and en)', () => {
    expect(codes(zh('    exclude answered < 80%\n    exclude duration < 90', '\n  limit minutes 5'))).toEqual([]);
    expect(codes(english('    exclude answered <= 50%\n    exclude duration < 20\n    exclude duration > 7200'))).toEqual([]);
  });
});
