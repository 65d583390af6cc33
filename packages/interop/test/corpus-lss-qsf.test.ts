// Real LimeSurvey and Qualtrics files written by others (test/fixtures/corpus/lss and
// qsf; sources, commits and licences in its README). Each is imported (no errors,
// formatted, compiles) with concrete facts checked — question ids, kinds, codes,
// bounds, languages — and what could not be mapped reported where it was. Then each
// is exported to LimeSurvey .lss and imported back: what LimeSurvey carries must
// survive (codes renamed by LimeSurvey's rules, as the export reports).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { documentOf, exportSurvey, SurveyIndex } from '../src/index.ts';
import { fixture, importClean } from './helpers.ts';
import { asLimeSurveyNames, lssCarriesNot } from './lss-roundtrip.ts';
import { compareSurveys } from './roundtrip.ts';

async function imported(name: string) {
  const path = fixture(`corpus/${name}`);
  const r = await importClean(path, readFileSync(path));
  const doc = documentOf(r.result);
  const ix = new SurveyIndex(doc);
  return { ...r, doc, ix, messages: r.problems.map((p) => `${p.where}: ${p.message}`) };
}

describe('LimeSurvey corpus', () => {
  it('limesurveyrc2api: a LimeSurvey 2 export (DBVersion 261, one row per language)', async () => {
    const { doc, ix, messages } = await imported('lss/limesurveyrc2api-a_rather_interesting_questionnaire_for_testing.lss');
    expect(doc.title).toEqual({ en: 'A Rather Interesting Questionnaire for Testing' });
    expect(ix.questions.map((q) => `${q.id}:${q.kind}`)).toEqual(['cob:text', 'yob:number', 'fcol:single']);
    expect(ix.byId.get('yob')).toMatchObject({ min: 1850, max: 2050 });
    const fcol = ix.options(ix.byId.get('fcol')!);
    expect(fcol.map((o) => String(o.code))).toEqual(['1', '2', '3', '4', '5', 'other']);
    expect(fcol.at(-1)).toMatchObject({ specify: true, label: { en: 'Other' } });
    expect(messages).toEqual([]);
  });

  it('limesurvey-structure-imex: a LimeSurvey 6 export (DBVersion 630) in Estonian and English', async () => {
    const { doc, ix, messages, text } = await imported('lss/imex-survey-one-question-two-languages.lss');
    expect(doc.languages).toEqual(['en', 'et']);
    expect(doc.sections.map((s) => s.title)).toEqual([{ en: 'G1', et: 'G1' }]);
    expect(ix.questions.map((q) => `${q.id}:${q.kind}`)).toEqual(['Q1:text']);
    // The question has no text in either language: its code stands in, and says so.
    expect(messages).toEqual(['Q1 (qid 1933, type T): the question has no text: its code is used as the text']);
    expect(text).toContain('// Q1 (qid 1933, type T): the question has no text');
  });
});

describe('Qualtrics corpus', () => {
  it('sp: a Qualtrics export of every common question type', async () => {
    const { doc, ix, messages } = await imported('qsf/sp-test-survey.qsf');
    expect(doc.title).toEqual({ en: 'Test survey' });
    expect(doc.sections.map((s) => s.id)).toEqual(['multiple_choice', 'block_1', 'block_2', 'block_3', 'block_4']);
    expect(ix.questions.map((q) => `${q.id}:${q.kind}`)).toEqual([
      'Q1:single',
      'Q18:single',
      'Q3:single',
      'Q4:multi',
      'Q19:multi',
      'Q11:single',
      'Q5:matrix',
      'Q7:text',
      'Q8:text',
      'Q9:text',
      'Q10:ranking',
      'Q15:nps',
      'Q20:single',
      'Q21:single',
    ]);
    // Choice order is the display order; recoded, exclusive and text-entry choices keep their meaning.
    expect(ix.options(ix.byId.get('Q18')!).map((o) => o.code)).toEqual([2, 3, 1]);
    const q4 = ix.options(ix.byId.get('Q4')!);
    expect(q4.filter((o) => o.specify).map((o) => o.code)).toEqual([5, 6]);
    expect(q4.filter((o) => o.exclusive).map((o) => o.code)).toEqual([4]);
    expect(ix.byId.get('Q5')!.rows!.map((r) => r.id)).toEqual(['statement1', 'statement2', 'statement3', 'other']);
    // Carry-forward of the choices selected in Q20.
    expect(ix.byId.get('Q21')!.carryForward).toEqual({ from: 'Q20', selected: true });
    expect(messages).toEqual([
      'flow FL_7: EmbeddedData in the survey flow not imported',
      'QID2: in the trash (deleted in Qualtrics): not imported',
      'QID12: in the trash (deleted in Qualtrics): not imported',
      'QID14 (Q14): descriptive text not imported: Some descriptive text to start things off.',
      'QID22 (Q22): question type Meta/Browser not imported: no equivalent',
      'QID5 (Q5): the text box of row 4 not imported',
      'QID13 (Q13): question type Matrix/Likert not imported: no equivalent',
      'QID6 (Q6): question type Matrix/MaxDiff not imported: no equivalent',
      'QID16 (Q16): question type Timing/PageTimer not imported: no equivalent',
      'QID17 (Q17): question type PGR/DragAndDrop not imported: no equivalent',
    ]);
  });
});

const files = [
  'lss/limesurveyrc2api-a_rather_interesting_questionnaire_for_testing.lss',
  'lss/imex-survey-one-question-two-languages.lss',
  'qsf/sp-test-survey.qsf',
];
const tally = { fields: 0, exact: 0 };

describe.each(files)('corpus %s through LimeSurvey .lss', (name) => {
  it('exports to .lss and imports back with the same questions', async () => {
    const first = await imported(name);
    const { files: out } = await exportSurvey(first.doc, ['lss']);
    const back = documentOf((await importClean(out[0].fileName, out[0].contents as string, 'lss')).result);
    const { fields, diffs } = compareSurveys(asLimeSurveyNames(first.doc), back);
    tally.fields += fields;
    tally.exact += fields - diffs.length;
    expect(diffs.filter((d) => !lssCarriesNot(d))).toEqual([]);
  });
});

describe('corpus through LimeSurvey .lss', () => {
  it('prints the share of fields that come back exactly', () => {
    expect(tally.fields).toBeGreaterThan(0);
    console.log(`corpus lss/qsf → lss: ${tally.exact}/${tally.fields} fields exact (${((100 * tally.exact) / tally.fields).toFixed(1)}%)`);
  });
});
