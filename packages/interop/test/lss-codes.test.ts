// LimeSurvey's code rules on the export: ids that fit are kept, the others renamed
// around them (never onto an id that is already taken), answer codes cut to 5 keeping
// their trailing digits, reserved words avoided — every rename noted, applied the same
// in equations and piping. Texts with markup, `]]>` and control characters stay
// well-formed and come back as written; the file is the same from run to run.
import { describe, expect, it } from 'vitest';
import { compileText } from '@survey/compiler';
import { documentOf, exportSurvey } from '../src/index.ts';
import { printLss } from '../src/export/lss/tables.ts';
import { importClean } from './helpers.ts';

const source = `survey edge_cases {
  title "边界 ]]> <b>粗体</b> & co" en: "Edge ]]> <b>bold</b> & co"
  languages zh, en
  section s1 "一" en: "One" {
    single fruit_choice_of_the_day_long_name "选水果" en: "Pick a fruit" {
      apple1 "苹果一" en: "Apple 1"
      apple2 "苹果二" en: "Apple 2"
    }
    text a_b "甲 {fruit_choice_of_the_day_long_name}" en: "A {fruit_choice_of_the_day_long_name}"
    text aB "乙" en: "B" when fruit_choice_of_the_day_long_name == apple2
    number sid "丙" en: "C" optional
  }
}
`;

async function lss() {
  const result = compileText(source);
  expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  const { files, notes } = await exportSurvey(documentOf(result), ['lss']);
  return { xml: files[0].contents as string, notes: notes.map((n) => `${n.element}: ${n.message}`) };
}

describe('LimeSurvey codes', () => {
  it('keeps codes that fit, renames the others around them and says so', async () => {
    const { xml, notes } = await lss();
    expect(notes).toEqual([
      'fruit_choice_of_the_day_long_name: question code fruit_choice_of_the_day_long_name written as fruitChoiceOfTheDayL (LimeSurvey codes are letters and digits, at most 20).',
      'a_b: question code a_b written as aB2 (LimeSurvey codes are letters and digits, at most 20).',
      'sid: question code sid written as sidQ (LimeSurvey codes are letters and digits, at most 20).',
      'fruit_choice_of_the_day_long_name: answer codes renamed for LimeSurvey (at most 5 letters and digits): apple1 → appl1, apple2 → appl2.',
    ]);
    expect(xml).toContain('<title><![CDATA[aB]]></title>');
    // The same names in equations and piping.
    expect(xml).toContain('<relevance><![CDATA[fruitChoiceOfTheDayL.NAOK == "appl2"]]></relevance>');
    expect(xml).toContain('<question><![CDATA[甲 {fruitChoiceOfTheDayL.shown}]]></question>');
  });

  it('writes texts as escaped HTML that comes back as written, in both languages', async () => {
    const { xml } = await lss();
    expect(xml).toContain('<surveyls_title><![CDATA[Edge ]]&gt; &lt;b&gt;bold&lt;/b&gt; &amp; co]]></surveyls_title>');
    const back = await importClean('/x/edge_cases.lss', xml, 'lss');
    expect(back.text).toContain('title "边界 ]]> <b>粗体</b> & co" en: "Edge ]]> <b>bold</b> & co"');
    expect(back.text).toMatch(/text aB2 "甲 \{fruitChoiceOfTheDayL\}"\s+en: "A \{fruitChoiceOfTheDayL\}"/);
    expect(back.text).toMatch(/when fruitChoiceOfTheDayL == appl2/);
  });

  it('is the same from run to run', async () => {
    expect((await lss()).xml).toBe((await lss()).xml);
  });

  it('drops characters XML cannot hold and splits `]]>` across CDATA sections', () => {
    const xml = printLss(630, ['en'], [{ name: 'answers', fields: ['code', 'answer'], rows: [{ code: 'A1', answer: 'a\u0001b]]>c' }] }]);
    expect(xml).toContain('<answer><![CDATA[ab]]]]><![CDATA[>c]]></answer>');
    expect(xml).not.toContain('\u0001');
  });
});
