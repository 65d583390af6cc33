import { describe, expect, it } from 'vitest';
import { codes } from '../helpers.ts';
import { meansNone } from '../../src/rules/methodology/exclusive-none.rule.ts';
import { applyFix, diagnostics, zhen } from '../methodology/kit.ts';

const channels = (none: string, kind = 'multi') =>
  zhen(`  ${kind} used "过去30天内,您用过哪些渠道?" en: "Which channels did you use in the past 30 days?" {
    app "手机应用" en: "Mobile app"
    web "网站" en: "Website"
    ${none}
  }`);

describe('exclusive-none (SVY5014)', () => {
  it('reports a "none of these" option of a multi question that is not exclusive, with a fix', () => {
    const text = channels('none "以上都没有" en: "None of these"');
    expect(codes(text)).toEqual(["11:5 SVY5014 'none'"]);
    expect(diagnostics(text, 'SVY5014')[0].message).toBe(
      "Option 'none' (\"以上都没有\") of the multi-select 'used' means none / don't know, but it can be ticked together with other options. Mark it `exclusive` (and `fixed` if the list is shuffled).",
    );
    const fixed = applyFix(text, 'SVY5014');
    expect(fixed).toContain('none "以上都没有" en: "None of these" exclusive');
    expect(codes(fixed)).toEqual([]);
  });

  it('finds "don\'t know" and "prefer not to say" under any code, in English only too', () => {
    expect(codes(channels('dk "不知道" en: "Don\'t know"'))).toEqual(["11:5 SVY5014 'dk'"]);
    expect(codes(channels('x9 "不便透露" en: "Prefer not to say"'))).toEqual(["11:5 SVY5014 'x9'"]);
  });

  it('reports a shared list once, at its declaration, only when a multi question uses it', () => {
    const list = `  choices ch {
    app "手机应用" en: "Mobile app"
    none "都没有" en: "None"
  }`;
    const single = zhen(`${list}
  single a "您最常用哪个渠道?" en: "Which channel do you use most?" from ch`);
    expect(diagnostics(single, 'SVY5014')).toEqual([]);
    const two = zhen(`${list}
  multi a "过去30天内,您用过哪些渠道?" en: "Which channels did you use in the past 30 days?" from ch
  multi b "过去一年内,您用过哪些渠道?" en: "Which channels did you use in the past year?" from ch`);
    expect(diagnostics(two, 'SVY5014').map((d) => d.message)).toEqual([
      "Option 'none' (\"都没有\") of the multi-select list 'ch' (used by 'a') means none / don't know, but it can be ticked together with other options. Mark it `exclusive` (and `fixed` if the list is shuffled).",
    ]);
  });

  it('leaves exclusive options, single questions and options that only start like "none"', () => {
    expect(codes(channels('none "以上都没有" en: "None of these" exclusive'))).toEqual([]);
    expect(diagnostics(channels('none "以上都没有" en: "None of these"', 'single'), 'SVY5014')).toEqual([]);
    expect(meansNone('没有时间')).toBe(false);
    expect(meansNone('Nothing to add about the staff')).toBe(true);
    expect(meansNone('Nonetheless, yes')).toBe(false);
    expect(meansNone('没有')).toBe(true);
    expect(meansNone('以上均不符合')).toBe(true);
    expect(meansNone('无线网络')).toBe(false);
    expect(meansNone('以上都不符合')).toBe(true);
    expect(meansNone('无(请跳过)')).toBe(true);
  });
});
