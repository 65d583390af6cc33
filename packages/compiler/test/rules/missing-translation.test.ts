import { describe, expect, it } from 'vitest';
import { codes } from '../helpers.ts';
import { diagnostics, zhen } from '../methodology/kit.ts';

describe('missing-translation (SVY6003)', () => {
  it('reports a question, a row and an option label without English, covering the text', () => {
    const text = zhen(`  matrix m "您对以下方面满意吗?" on sat5 { row a "速度" en: "Speed" row b "态度" }
  single v "您目前使用哪家供应商?" en: "Which vendor do you use now?" { x "供应商甲" en: "Vendor X" y "供应商乙" }`);
    expect(codes(text)).toEqual(['8:12 SVY6003 \'"您对以下方面满意吗?"\'', '8:64 SVY6003 \'"态度"\'', '9:89 SVY6003 \'"供应商乙"\'']);
    expect(diagnostics(text, 'SVY6003')[0].message).toBe(
      'This question has no en text. Add `en: "…"`: respondents who take the survey in en would see it in zh.',
    );
  });

  it('accepts texts without letters and Latin-script names', () => {
    expect(
      codes(
        zhen(
          '  choices ver { a "Windows 10" b "Windows 11" c "其他" en: "Other" specify }\n  number n "金额" en: "Amount" unit "%" min 0 max 100',
        ),
      ),
    ).toEqual([]);
  });

  it('reports texts in an imported file, where they are', () => {
    const shared = 'scale agree3 1..3 { 1 "不同意" en: "Disagree" 2 "一般" en: "Neutral" 3 "同意" }\n';
    const text = `import "shared.survey"\n${zhen('  rating q "您同意吗?" en: "Do you agree?" on agree3')}`;
    const ds = diagnostics(text, 'SVY6003', { files: { 'shared.survey': shared } });
    expect(ds.map((d) => [d.file.split('/').pop(), d.range.start])).toEqual([['shared.survey', shared.indexOf('"同意"')]]);
  });
});
