import { describe, expect, it } from 'vitest';
import { codes, compile, survey } from '../helpers.ts';
import { diagnostics, zhen } from '../methodology/kit.ts';

const only = ['SVY2050', 'SVY2051', 'SVY2052', 'SVY2053'];

describe('selection-count (SVY2050–SVY2053)', () => {
  it('reports a required multi question whose min is above its number of options (zh)', () => {
    const text = survey(
      '  multi areas "您最看重哪些方面?" en: "Which areas matter most?" { a "价格" en: "Price"  b "质量" en: "Quality" } min 3',
    );
    expect(codes(text, { only })).toEqual(["11:107 SVY2050 '3'"]);
    const d = compile(text).diagnostics.find((x) => x.code === 'SVY2050')!;
    expect(d.severity).toBe('error');
    expect(d.message).toBe(
      "'areas' needs at least 3 selections but it has only 2 options: nobody can answer this required question. Lower `min` to 2 or less, or add options.",
    );
  });

  it('counts an exclusive option as a selection that stands alone (en)', () => {
    const text = survey(
      '  multi used "Which channels have you used?" optional { app "App"  web "Website"  none "None of these" exclusive } min 3',
    );
    const d = compile(text).diagnostics.filter((x) => only.includes(x.code));
    expect(d.map((x) => x.code)).toEqual(['SVY2050']);
    expect(d[0].message).toBe(
      "'used' needs at least 3 selections but only 2 options can be chosen together ('none' is exclusive): nobody can answer it. Lower `min` to 2 or less, or add options.",
    );
  });

  it('reports a ranking with min above its items and a list from a named choice list', () => {
    const text = survey('  choices aspects { a "价格"  b "质量" }\n  ranking prio "请排序" en: "Rank these" from aspects min 4');
    expect(codes(text, { only })).toEqual(["12:56 SVY2050 '4'"]);
  });

  it('reports max 0, and a max above the number of options as a warning', () => {
    expect(codes(survey('  multi a "多选" en: "Pick" { x "甲" en: "A"  y "乙" en: "B" } max 0'), { only })).toEqual(["11:64 SVY2050 '0'"]);
    const text = survey('  ranking r "请选出最重要的三项" en: "Pick the three most important" { x "甲" en: "A"  y "乙" en: "B" } max 3');
    expect(codes(text, { only })).toEqual(["11:98 SVY2051 '3'"]);
    const d = compile(text).diagnostics.find((x) => x.code === 'SVY2051')!;
    expect(d.severity).toBe('warning');
    expect(d.message).toContain('has only 2 options');
  });

  it('reports an exclusive option that min 2 forbids, at the option', () => {
    const text = survey(
      '  multi used "您用过哪些渠道?" en: "Channels?" { app "应用" en: "App"  web "网站" en: "Web"  none "都没有" en: "None" exclusive } min 2',
    );
    expect(codes(text, { only })).toEqual(["11:83 SVY2052 'none'"]);
  });

  it('reports a straight-lining check on a matrix with fewer than three rows', () => {
    const text = survey(
      '  matrix g "评价" en: "Rate" on sat5 { row a "服务" en: "Service"  row b "价格" en: "Price" }\n  quality { exclude straightline g }',
    );
    expect(codes(text, { only })).toEqual(["12:34 SVY2053 'g'"]);
    expect(compile(text).diagnostics.find((x) => x.code === 'SVY2053')!.message).toContain("'g' has 2 rows");
  });

  it('accepts counts the options allow', () => {
    const ok = survey(
      [
        '  multi a "多选" en: "Pick" { x "甲" en: "A"  y "乙" en: "B"  z "丙" en: "C"  none "都没有" en: "None" exclusive } min 1 max 3',
        '  ranking r "排序" en: "Rank" { x "甲" en: "A"  y "乙" en: "B" } min 2 max 2',
        '  matrix g "评价" en: "Rate" on sat5 { row g1 "服务" en: "Service"  row g2 "价格" en: "Price"  row g3 "速度" en: "Speed" }',
        '  quality { exclude straightline g }',
      ].join('\n'),
    );
    expect(codes(ok, { only })).toEqual([]);
  });
});

describe('straight-lining on a single question (SVY2053)', () => {
  it('reports `exclude straightline` on a rating or on one row, not a grid (zh and en)', () => {
    const text = zhen(`  rating quality "该供应商的产品质量如何?" en: "How good is the supplier's product quality?" on sat5
  matrix g "请评价以下方面" en: "Please rate the following" on sat5 {
    row a "服务" en: "Service"
    row b "价格" en: "Price"
    row c "速度" en: "Speed"
  }
  quality {
    exclude straightline quality
    exclude straightline a
    exclude straightline g
  }`);
    expect(codes(text)).toEqual(["15:26 SVY2053 'quality'", "16:26 SVY2053 'a'"]);
    expect(diagnostics(text, 'SVY2053').map((d) => d.message)).toEqual([
      "'quality' is a single rating question, not a grid: straight-lining is the same answer on every row of a matrix, so this rule never excludes anyone. Name a matrix with 3 or more rows, or remove the rule.",
      "'a' is a row of 'g', not a grid: straight-lining is the same answer on every row of a matrix, so this rule never excludes anyone. Name a matrix with 3 or more rows, or remove the rule.",
    ]);
  });
});
