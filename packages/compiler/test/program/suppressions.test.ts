import { describe, expect, it } from 'vitest';
import { structuralCodes as codes } from '../helpers.ts';

describe('inline suppression', () => {
  it('silences the named code on the next line only', () => {
    const text =
      'survey t {\n  languages zh\n  // survey-disable-next-line SVY2022 -- 内部渠道名称\n  mode onlin\n  sample { allocate neymann }\n}';
    expect(codes(text)).toEqual(["5:21 SVY2022 'neymann'"]);
  });

  it('accepts rule names and several codes', () => {
    const text = 'survey t {\n  languages zh\n  // survey-disable-next-line invalid-setting, SVY2002 -- legacy\n  mode onlin\n}';
    expect(codes(text)).toEqual([]);
  });

  it('asks for a reason and reports unknown codes', () => {
    const text =
      'survey t {\n  languages zh\n  // survey-disable-next-line SVY2022\n  mode onlin\n  // survey-disable-next-line SVY9999 -- typo\n  title "x"\n}';
    expect(codes(text)).toEqual([
      "3:3 SVY1004 '// survey-disable-next-line SVY2022'",
      "5:3 SVY1005 '// survey-disable-next-line SVY9999 -- typo'",
    ]);
  });
});
