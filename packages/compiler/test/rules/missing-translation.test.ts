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

// The same rule for every pair of languages, whatever the scripts: Latin-script pairs used to be silent.
const pair = (languages: string, body: string) => `survey t {
  title "T" ${languages.split(', ')[1]}: "T"
  languages ${languages}
${body}
}
`;

describe.each([
  ['fr, en', 'Êtes-vous satisfait de ce service ?', 'Are you satisfied with this service?'],
  ['de, en', 'Sind Sie mit diesem Dienst zufrieden?', 'Are you satisfied with this service?'],
  ['ja, en', 'このサービスに満足していますか?', 'Are you satisfied with this service?'],
  ['ar, en', 'هل أنت راضٍ عن هذه الخدمة؟', 'Are you satisfied with this service?'],
  ['en, fr', 'Are you satisfied with this service?', 'Êtes-vous satisfait de ce service ?'],
])('missing-translation for %s', (languages, own, other) => {
  const second = languages.split(', ')[1];
  it('reports a question, an option and a row without the second language', () => {
    const text = pair(
      languages,
      `  single q "${own}" ${second}: "${other}" { a "${own}" b "${own}" ${second}: "${other}" }
  text why "${own}" optional`,
    );
    const found = diagnostics(text, 'SVY6003');
    expect(found.map((d) => d.message)).toEqual([
      `This option label has no ${second} text. Add \`${second}: "…"\`: respondents who take the survey in ${second} would see it in ${languages.split(', ')[0]}.`,
      `This question has no ${second} text. Add \`${second}: "…"\`: respondents who take the survey in ${second} would see it in ${languages.split(', ')[0]}.`,
    ]);
  });

  it('accepts names, numbers and fully translated texts', () => {
    const text = pair(
      languages,
      `  single os "${own}" ${second}: "${other}" { a "Windows 10" b "iPhone" c "WeChat" d "CRM" e "100%" f "${own}" ${second}: "${other}" }`,
    );
    expect(diagnostics(text, 'SVY6003')).toEqual([]);
  });
});

describe('isName', () => {
  it('tells names from wording', async () => {
    const { isName } = await import('../../src/rules/methodology/missing-translation.rule.ts');
    expect(['Windows 10', 'iPhone 15 Pro', 'WeChat', 'CRM', 'Microsoft Teams 365', 'Q1 2025'].filter((t) => !isName(t))).toEqual([]);
    expect(
      ['Other', 'Yes', 'Very Satisfied', 'Autre', 'Sonstiges', 'le CRM est utile', '第1季度', 'サービス', 'Good value for money'].filter(
        isName,
      ),
    ).toEqual([]);
  });
});
