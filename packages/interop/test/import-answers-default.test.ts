// Importers say `answers optional` once in the header when most imported questions are
// optional (XLSForm, SurveyJS, REDCap and LimeSurvey default to optional), with
// `required` on the others; a survey whose questions are mostly required keeps
// `optional` on the few. Either way every question keeps its requiredness once compiled.
import { describe, expect, it } from 'vitest';
import { compileText } from '@survey/compiler';
import { printSurvey } from '../src/import/write.ts';
import type { ImportedQuestion, ImportedSurvey } from '../src/import/ir.ts';
import { fixture, importClean } from './helpers.ts';

const q = (id: string, required: boolean): ImportedQuestion => ({
  kind: 'text',
  id,
  text: { zh: `问题 ${id}`, en: `Question ${id}` },
  required,
  comments: [],
});
const survey = (questions: ImportedQuestion[]): ImportedSurvey =>
  ({
    id: 'imported',
    title: { zh: '导入的问卷', en: 'Imported survey' },
    languages: ['zh', 'en'],
    comments: [],
    scales: [],
    choiceLists: [],
    sections: [{ id: 'main', implicit: true, comments: [], questions }],
  }) as unknown as ImportedSurvey;

const requiredness = (text: string) => Object.fromEntries(compileText(text).survey!.questions.map((x) => [x.id, x.required]));

describe('the answers default of an imported survey', () => {
  it('writes `answers optional` and marks the required questions when most are optional', () => {
    const { text } = printSurvey(survey([q('a', false), q('b', true), q('c', false)]));
    expect(text).toContain('\n  answers optional\n');
    expect(text).toContain('text b "问题 b" en: "Question b" required\n');
    expect(text).toContain('text a "问题 a" en: "Question a"\n');
    expect(requiredness(text)).toEqual({ a: false, b: true, c: false });
  });

  it('keeps `optional` on each question when half or more are required', () => {
    for (const qs of [
      [q('a', false), q('b', true)],
      [q('a', true), q('b', true), q('c', false)],
    ]) {
      const { text } = printSurvey(survey(qs));
      expect(text).not.toContain('answers optional');
      expect(text).toContain('text a "问题 a" en: "Question a"' + (qs[0].required ? '\n' : ' optional\n'));
      expect(requiredness(text)).toEqual(Object.fromEntries(qs.map((x) => [x.id, x.required])));
    }
  });

  it('keeps the Qualtrics library survey (mostly required) per question, and the LimeSurvey hotel survey in the header', async () => {
    const qsf = await importClean(fixture('import/library-zh.qsf'));
    expect(qsf.text).not.toContain('answers optional');
    expect(qsf.text).toMatch(/ optional( |\n)/);
    const lss = await importClean(fixture('import/hotel-en.lss'));
    expect(lss.text).toContain('\n  answers optional\n');
    expect(lss.result.survey!.questions.filter((x) => x.required).map((x) => x.id)).toEqual(['stay', 'nights', 'rate', 'recommend']);
  });
});
