import { describe, expect, it } from 'vitest';
import { codes, compile, survey } from '../helpers.ts';

const only = ['SVY2056'];

describe('empty-text (SVY2056)', () => {
  it('reports an empty question text, option label, row text and translation, at the string', () => {
    const text = survey(
      [
        '  single vendor "您选择了哪家供应商?" en: "" { a "供应商A" en: "Vendor A"  b "  " en: "Vendor B" }',
        '  matrix m "请评价" en: "Please rate" on sat5 { row r1 "" en: "Speed"  row r2 "价格" en: "Price" }',
        '  text t "" en: "Anything else?"',
      ].join('\n'),
    );
    expect(codes(text, { only })).toEqual([
      '11:34 SVY2056 \'""\'',
      '11:66 SVY2056 \'"  "\'',
      '12:53 SVY2056 \'""\'',
      '13:10 SVY2056 \'""\'',
    ]);
    const messages = compile(text)
      .diagnostics.filter((d) => d.code === 'SVY2056')
      .map((d) => d.message);
    expect(messages[0]).toBe(
      'This question text is empty in en: respondents would see nothing here. Write the text, or remove `en: ""` to fall back to the default language.',
    );
    expect(messages[1]).toBe('This option label is empty: respondents would see nothing here. Write the text.');
    expect(messages[2]).toContain('row text');
  });

  it('reports an empty section title, scale label and check message (en)', () => {
    const text = `survey t {
  languages en
  title "Feedback"
  scale s 1..2 { 1 "" 2 "Good" }
  section a "" {
    number n "How many?" min 0
  }
  check n < 100 ""
}
`;
    expect(codes(text, { only })).toEqual(['4:20 SVY2056 \'""\'', '5:13 SVY2056 \'""\'', '8:17 SVY2056 \'""\'']);
  });

  it('accepts texts that say something', () => {
    expect(codes(survey('  text t "其他意见?" en: "Anything else?" help "可不填" en: "Optional"'), { only })).toEqual([]);
  });
});
