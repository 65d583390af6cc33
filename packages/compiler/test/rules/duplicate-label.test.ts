import { describe, expect, it } from 'vitest';
import { codes, compile, survey } from '../helpers.ts';
import { sameLabelKey } from '../../src/rules/methodology/duplicate-label.rule.ts';

const only = ['SVY5022'];

describe('duplicate-label (SVY5022)', () => {
  it('compares labels as a respondent reads them', () => {
    expect(sameLabelKey('  Mobile  App ')).toBe(sameLabelKey('mobile app'));
    expect(sameLabelKey('ＡＰＰ')).toBe(sameLabelKey('app'));
    expect(sameLabelKey('应用')).not.toBe(sameLabelKey('网站'));
  });

  it('reports two options with one label (zh), two rows with one English text, two scale points with one label', () => {
    const text = survey(
      [
        '  choices channel { app "手机应用" en: "App"  web "网站" en: "Website"  mini "手机应用" en: "Mini program" }',
        '  matrix m "请评价" en: "Rate" on sat5 { row a "速度" en: "Speed"  row b "快慢" en: "speed " }',
        '  scale s2 1..3 { 1 "差" en: "Poor"  2 "一般" en: "Fair"  3 "差" en: "Bad" }',
      ].join('\n'),
    );
    expect(codes(text, { only })).toEqual(['11:72 SVY5022 \'"手机应用"\'', '12:78 SVY5022 \'"speed "\'', '13:58 SVY5022 \'"差"\'']);
    const d = compile(text).diagnostics.filter((x) => x.code === 'SVY5022');
    expect(d[0].severity).toBe('error');
    expect(d[0].message).toBe(
      "Option 'mini' has the same zh label as 'app' (\"手机应用\"): respondents cannot tell them apart. Give each its own wording.",
    );
  });

  it('accepts distinct labels', () => {
    expect(codes(survey('  choices c { a "应用" en: "App"  b "网站" en: "Website" }'), { only })).toEqual([]);
  });
});
