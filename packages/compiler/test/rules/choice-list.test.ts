import { describe, expect, it } from 'vitest';
import { codes } from '../helpers.ts';

const wrap = (body: string) => `survey t {\n  languages zh\n${body}\n}\n`;

describe('choice-list (SVY2014, SVY2015)', () => {
  it('reports empty and one-option lists', () => {
    expect(codes(wrap('  choices a { }\n  choices b { x "唯一" }'), { only: ['SVY2014'] })).toEqual([
      "3:11 SVY2014 'a'",
      "4:11 SVY2014 'b'",
    ]);
  });

  it('reports one-option inline lists', () => {
    expect(codes(wrap('  single q "选一个" { x "唯一" }'), { only: ['SVY2014'] })).toEqual(["3:10 SVY2014 'q'"]);
  });

  it('reports duplicate codes, numeric or named', () => {
    expect(codes(wrap('  choices a { 1 "是" 1 "否" }\n  single q "选" { x "甲" x "乙" }'), { only: ['SVY2015'] })).toEqual([
      "3:21 SVY2015 '1'",
      "4:24 SVY2015 'x'",
    ]);
  });
});
