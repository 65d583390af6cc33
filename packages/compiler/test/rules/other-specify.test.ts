import { describe, expect, it } from 'vitest';
import { codes } from '../helpers.ts';
import { applyFix, zhen } from '../methodology/kit.ts';

describe('other-specify (SVY5006)', () => {
  const text = zhen(`  choices vendors { a "供应商A" en: "Vendor A" b "供应商B" en: "Vendor B" other "其他" en: "Other" }
  single v "您目前使用哪家供应商?" en: "Which vendor do you use now?" from vendors`);

  it('reports an "other" option without specify, with a fix', () => {
    expect(codes(text)).toEqual(["8:69 SVY5006 'other'"]);
    const fixed = applyFix(text, 'SVY5006');
    expect(fixed).toContain('other "其他" en: "Other" specify }');
    expect(codes(fixed)).toEqual([]);
  });

  it('recognises 其他(请注明) under any code, in an inline list', () => {
    const inline = zhen(
      '  single v "您目前使用哪家供应商?" en: "Which vendor do you use now?" { a "供应商A" en: "Vendor A" x "其他(请注明)" en: "Other (please specify)" none "以上都不是" en: "None of these" exclusive }',
    );
    expect(codes(inline)).toEqual(["8:87 SVY5006 'x'"]);
  });

  it('accepts other with specify and exclusive "none" options', () => {
    expect(
      codes(
        zhen(
          '  single v "您目前使用哪家供应商?" en: "Which vendor do you use now?" { a "供应商A" en: "Vendor A" other "其他(请注明)" en: "Other (please specify)" specify none "以上都不是" en: "None of these" exclusive }',
        ),
      ),
    ).toEqual([]);
  });
});
