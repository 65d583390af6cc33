import { describe, expect, it } from 'vitest';
import { codes, compile, survey } from '../helpers.ts';

const only = ['SVY5020', 'SVY5021'];

describe('section-shape (SVY5020, SVY5021)', () => {
  it('reports an empty section and a one-row matrix as warnings', () => {
    const text = survey(
      [
        '  section service "服务" en: "Service" { }',
        '  section speed "速度" en: "Speed" {',
        '    matrix m "请评价" en: "Please rate" on sat5 { row fast "速度" en: "Speed" }',
        '  }',
      ].join('\n'),
    );
    expect(codes(text, { only })).toEqual(["11:11 SVY5020 'service'", "13:12 SVY5021 'm'"]);
    const d = compile(text).diagnostics.filter((x) => only.includes(x.code));
    expect(d.map((x) => x.severity)).toEqual(['warning', 'warning']);
    expect(d[1].message).toBe(
      'Matrix \'m\' has one row: a grid for one item is harder to read than a question. Make it `rating fast "…" on sat5`, or add rows.',
    );
  });

  it('accepts sections with questions and grids of two rows or more', () => {
    const text = survey(
      '  section s "服务" en: "Service" {\n    matrix m "请评价" en: "Rate" on sat5 { row a "速度" en: "Speed"  row b "价格" en: "Price" }\n  }',
    );
    expect(codes(text, { only })).toEqual([]);
  });
});
