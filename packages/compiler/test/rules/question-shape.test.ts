import { describe, expect, it } from 'vitest';
import { codes } from '../helpers.ts';

const wrap = (body: string) => `survey t {\n  languages zh\n  scale s 1..2 { 1 "差" 2 "好" }\n${body}\n}\n`;

describe('question-shape (SVY2018)', () => {
  it('reports a rating without a scale, a choice without options, a matrix without rows', () => {
    expect(codes(wrap('  rating a "评分"\n  single b "选择"\n  matrix c "矩阵" on s'), { only: ['SVY2018'] })).toEqual([
      "4:10 SVY2018 'a'",
      "5:10 SVY2018 'b'",
      "6:10 SVY2018 'c'",
    ]);
  });

  it('reports attributes a kind does not take', () => {
    expect(codes(wrap('  single a "选择" on s { x "甲" y "乙" }\n  text b "说明" integer'), { only: ['SVY2018'] })).toEqual([
      "4:20 SVY2018 's'",
      "5:8 SVY2018 'b'",
    ]);
  });

  it('reports an invalid pattern and a bad date bound', () => {
    expect(codes(wrap('  text a "编号" pattern "[a-"\n  date b "日期" min "yesterday"'), { only: ['SVY2018'] })).toEqual([
      '4:23 SVY2018 \'"[a-"\'',
      '5:19 SVY2018 \'"yesterday"\'',
    ]);
  });

  it('accepts each kind in its proper shape', () => {
    const ok = wrap(
      [
        '  single a "选择" { x "甲" y "乙" } randomize',
        '  multi b "多选" { x "甲" y "乙" z "丙" } min 1 max 2',
        '  rating c "评分" on s reverse',
        '  matrix d "矩阵" on s { row d1 "一" row d2 "二" }',
        '  nps e "推荐"',
        '  ranking f "排序" { x "甲" y "乙" } max 2',
        '  text g "说明" max 500 pattern "^[0-9]+$"',
        '  number h "数量" min 0 max 10 integer unit "件"',
        '  date i "日期" min "2024-01-01"',
        '  yesno j "是否"',
      ].join('\n'),
    );
    expect(codes(ok, { only: ['SVY2018'] })).toEqual([]);
  });
});
