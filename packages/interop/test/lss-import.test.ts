// LimeSurvey .lss import, on two structure files written after LimeSurvey's export
// layout: hotel-en.lss in the current layout (DBVersion 640: texts in *_l10ns
// tables, subquestions as questions with a parent) and canteen-zh.lss in the old one
// (DBVersion 359: one row per language, zh-Hans and en). Groups, list / multiple
// choice / array / numerical / text / date / yes-no / ranking / gender questions,
// relevance equations and attributes map; what has no equivalent is reported and
// kept as a comment next to where it was.
import { describe, expect, it } from 'vitest';
import { compileText } from '@survey/compiler';
import { documentOf, exportSurvey, importSurvey } from '../src/index.ts';
import { parseRelevance } from '../src/import/lss/relevance.ts';
import { fixture, importClean } from './helpers.ts';

const run = (name: string) => importClean(fixture(`import/${name}`));

describe('LimeSurvey import, current layout (hotel-en.lss)', () => {
  it('maps groups, question types, attributes and relevance', async () => {
    const { text } = await run('hotel-en.lss');
    expect(text).toContain('title "Hotel guest feedback"');
    expect(text).toContain('intro "Dear [TOKEN:FIRSTNAME], thank you for staying with us. This takes about 3 minutes."');
    // Mostly optional (LimeSurvey's default): said once in the header, `required` on the others.
    expect(text).toContain('\n  answers optional\n');
    expect(text).toMatch(/single stay "Did you stay with us in the last 12 months\?" required \{\s+A1 "Yes"\s+A2 "No"/);
    expect(text).toMatch(
      /number nights "How many nights did you stay\?"\s+help "Count nights, not days." required min 1 max 60 integer\s+when stay == A1/,
    );
    expect(text).toMatch(/multi purpose "What was the purpose of your stay\?" max 2 randomize/);
    expect(text).toContain('other "Other" specify');
    expect(text).toContain('pattern "^[^@]+@[^@]+$"');
    expect(text).toContain('section your_opinion "Your opinion" when stay == A1 {');
    expect(text).toMatch(/matrix rate "How would you rate the following\?"\s+on rate_scale required when answered\(stay\)/);
    expect(text).toContain('row rate_staff "Friendliness of the staff"');
    expect(text).toMatch(/rating recommend "[^"]+"\s+on recommend_scale required/);
    // `((Q21.NAOK < 7))`: LimeSurvey names the question by its qid; {recommend.NAOK} pipes it.
    expect(text).toMatch(/text why "What is the main reason for your score of \{recommend\}\?"\s+when recommend < 7/);
    expect(text).toMatch(/yesno again "[^"]+"\s+when purpose has BUS or purpose has LEI/);
    expect(text).toMatch(/ranking rank "[^"]+" \{\s+R1 "Breakfast"/);
    expect(text).not.toMatch(/^(?!\s*answers optional$).* optional( |$)/m);
  });

  it('reports what it cannot map, where it was', async () => {
    const { text, problems } = await run('hotel-en.lss');
    expect(problems.map((p) => `${p.where}: ${p.message}`)).toEqual([
      "group 2: randomization group 'rg1' not imported",
      'rate (qid 20, type F): answer codes A1, A2, A3, A4, A5 imported as 1..5',
      'thanks (qid 24, type X): display text not imported: Thank you. A few more questions.',
      'score (qid 25, type *): question type equation not imported: no equivalent',
      "checkout (qid 26, type D): relevance 'sum(nights, 1) > 2' not imported (the function sum() has no equivalent)",
      'texts: piping {TOKEN:FIRSTNAME} not imported: kept in brackets (only an earlier question can be piped)',
    ]);
    const lines = text.split('\n').map((l) => l.trim());
    const at = (needle: string) => lines.findIndex((l) => l.startsWith('//') && l.includes(needle));
    expect(lines[at('type F)') + 1]).toMatch(/^matrix rate /);
    expect(lines[at('type X)') + 2]).toMatch(/^\/\/ checkout/);
    expect(lines[at('type D)') + 1]).toMatch(/^date checkout /);
    expect(lines[at("randomization group 'rg1'") + 1]).toMatch(/^section your_opinion /);
  });
});

describe('LimeSurvey import, old layout in Chinese and English (canteen-zh.lss)', () => {
  it('reads one row per language into bilingual texts', async () => {
    const { text, problems } = await run('canteen-zh.lss');
    expect(text).toContain('title "食堂满意度调查" en: "Canteen satisfaction survey"');
    expect(text).toContain('languages zh, en');
    expect(text).toContain('F "女" en: "Female"');
    expect(text).toContain('C2 "二食堂" en: "Canteen 2"');
    expect(text).toContain('other "其他" en: "Other" specify');
    expect(text).toMatch(/matrix food "请评价以下方面" en: "Please rate the following" on five_point \{/);
    expect(text).toContain('row food_hygiene "卫生" en: "Hygiene"');
    expect(text).toContain('rating overall "总体满意度" en: "Overall satisfaction" on five_point');
    expect(text).toMatch(/optional when overall <= 2/);
    expect(text).toMatch(/optional when canteen == C1 and gender == F/);
    expect(problems.map((p) => p.message)).toEqual(['the comment box of a list with comment not imported']);
  });
});

describe('LimeSurvey relevance equations', () => {
  const names = {
    question: (c: string) => (['q1', 'q2', 'age'].includes(c) ? c : c === 'Q7' ? 'age' : undefined),
    subquestion: (f: string) => (f === 'q2_SQ1' ? { question: 'q2', option: 'SQ1' } : undefined),
  };
  it('reads comparisons, options of a multiple choice, is_empty and the logical operators', () => {
    expect(parseRelevance('1', names)).toBeUndefined();
    expect(parseRelevance('  ', names)).toBeUndefined();
    expect(parseRelevance('q1.NAOK == "A1" && !(age < 18)', names)).toEqual({
      t: 'and',
      a: { t: 'cmp', op: '==', name: 'q1', value: 'A1' },
      b: { t: 'not', a: { t: 'cmp', op: '<', name: 'age', value: 18 } },
    });
    expect(parseRelevance('q2_SQ1 != "Y" or !is_empty(q1)', names)).toEqual({
      t: 'or',
      a: { t: 'not', a: { t: 'has', name: 'q2', value: 'SQ1' } },
      b: { t: 'answered', name: 'q1', negated: false },
    });
    expect(parseRelevance('age ge 18 and q1 eq "A2"', names)).toMatchObject({ t: 'and', a: { op: '>=' }, b: { op: '==' } });
    expect(parseRelevance('((Q7.NAOK > 20))', names)).toEqual({ t: 'cmp', op: '>', name: 'age', value: 20 });
  });
  it('says why an equation has no equivalent', () => {
    expect(() => parseRelevance('unknown == 1', names)).toThrow(/'unknown' is not a question/);
    expect(() => parseRelevance('q1 + 1 > 2', names)).toThrow(/cannot read '\+ 1 > 2'/);
    expect(() => parseRelevance('(q1 == "A1"', names)).toThrow(/parenthesis is not closed/);
    expect(() => parseRelevance('q2_SQ1 == "maybe"', names)).toThrow(/has no equivalent/);
    expect(() => parseRelevance('count(q1) > 1', names)).toThrow(/count\(\) has no equivalent/);
  });
});

describe('bad LimeSurvey files', () => {
  it('refuses broken XML, other document types and files without a survey, with the file name', async () => {
    await expect(importSurvey('/x/broken.lss', '<document><LimeSurveyDocType>Survey')).rejects.toThrow(/broken\.lss: not well-formed XML/);
    await expect(importSurvey('/x/group.lss', '<document><LimeSurveyDocType>Group</LimeSurveyDocType></document>')).rejects.toThrow(
      /group\.lss: not a LimeSurvey survey: LimeSurveyDocType is 'Group'/,
    );
    await expect(importSurvey('/x/other.lss', '<root/>')).rejects.toThrow(/other\.lss: not a LimeSurvey structure file/);
  });
  it('imports an empty survey without crashing', async () => {
    const r = await importSurvey(
      '/x/empty.lss',
      '<document><LimeSurveyDocType>Survey</LimeSurveyDocType><DBVersion>640</DBVersion></document>',
    );
    expect(r.text).toContain('survey empty');
  });
});

describe('LimeSurvey file uploads', () => {
  const lssOf = async () => {
    const result = compileText(`survey uploads {
  title "门店巡检" en: "Shop inspection"
  languages zh, en
  file receipt "请上传收据" en: "Upload the receipt" accept ".pdf", ".jpg" max 2 MB
}
`);
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const { files } = await exportSurvey(documentOf(result), ['lss']);
    return files[0].contents as string;
  };

  it('reads an upload back as a file question with its extensions, and reports the size and number of files', async () => {
    const xml = (await lssOf()).replace(/(<attribute><!\[CDATA\[max_num_of_files\]\]><\/attribute>\s*<value><!\[CDATA\[)1(\]\]>)/, '$13$2');
    expect(xml).toContain('<![CDATA[3]]>');
    const { text, problems } = await importClean('uploads.lss', xml);
    expect(text).toMatch(/file receipt "请上传收据"\s+en: "Upload the receipt"\s+accept "\.pdf", "\.jpg"/);
    expect(problems.map((p) => p.message)).toEqual(['up to 3 files: imported as one file', 'largest file size 2048 KB not imported']);
  });
});
