// Choice filters, carry-forward and defaults in the other formats (the emitters' fixture
// options-flow.survey, Chinese and English): SurveyJS maps them (choice visibleIf,
// choicesFromQuestion, defaultValue / defaultValueExpression) and survey-core runs them;
// every other format exports without crashing, and the question forms say what they drop.
import { describe, expect, it } from 'vitest';
import { Model } from 'survey-core';
import { exportSurvey, exportKinds } from '../src/index.ts';
import { compiled, repoRoot } from './helpers.ts';

const doc = () => compiled(`${repoRoot}packages/emitters/test/fixtures/options-flow.survey`);

describe('choice filters, carry-forward and defaults in other formats', () => {
  it('SurveyJS runs them: filtered choices, carried choices, defaults', async () => {
    const { files, notes } = await exportSurvey(doc(), ['surveyjs']);
    // The one filter on a hidden value cannot be said in a SurveyJS condition: noted, the choice is always offered.
    expect(notes.map((n) => `${n.element}: ${n.message}`)).toEqual([
      'brands.d: condition not exported: a hidden reference cannot be used in a condition here',
    ]);
    const json = JSON.parse(files[0].contents as string);
    const el = (name: string) =>
      json.pages.flatMap((p: { elements: Array<{ name: string }> }) => p.elements).find((e: { name: string }) => e.name === name);
    expect(el('favourite')).toMatchObject({ choicesFromQuestion: 'brands', choicesFromQuestionMode: 'selected', hideIfChoicesEmpty: true });
    expect(el('consider')).toMatchObject({ choicesFromQuestionMode: 'unselected' });
    expect(el('people').defaultValue).toBe(1);
    expect(el('pay').defaultValue).toBe('phone');

    const model = new Model(json);
    const visible = (name: string) => model.getQuestionByName(name).visibleChoices.map((c: { value: unknown }) => c.value);
    expect(visible('brands')).toEqual(['a', 'b', 'd', 'other']);
    model.setValue('region', 'south');
    expect(visible('brands')).toEqual(['a', 'b', 'c', 'd', 'other']);
    model.setValue('brands', ['a', 'c']);
    expect(visible('favourite')).toEqual(['a', 'c']);
    expect(model.getValue('people')).toBe(1);
    expect(model.getValue('bags')).toBe(2);
  });

  it('every format exports them; XLSForm, XForm and REDCap note what they leave out', async () => {
    const { files, notes } = await exportSurvey(doc(), exportKinds);
    expect(files.length).toBe(exportKinds.length);
    const of = (format: string) => notes.filter((n) => n.format === format).map((n) => `${n.element}: ${n.message}`);
    for (const format of ['xlsform', 'xform', 'redcap'])
      expect(of(format)).toEqual(
        expect.arrayContaining([
          `brands: choice filters not exported to ${format}: options c, d are always offered.`,
          `favourite: carry-forward not exported to ${format}: every option of 'brands' is offered, not only those chosen there.`,
          `consider: carry-forward not exported to ${format}: every option of 'brands' is offered, not only those not chosen there.`,
          `bags: the default answer is not exported to ${format}.`,
        ]),
      );
  });
});

describe('forms of text answers in other formats', () => {
  const forms = () => compiled(`${repoRoot}packages/emitters/test/fixtures/text-forms.survey`);
  it('SurveyJS gets the input type (and its e-mail validator); the others a plain text field, noted', async () => {
    const { files, notes } = await exportSurvey(forms(), exportKinds);
    const json = JSON.parse(files.find((f) => f.fileName.endsWith('.surveyjs.json'))!.contents as string);
    const els = json.pages.flatMap((p: { elements: Array<Record<string, unknown>> }) => p.elements);
    expect(els.map((e: Record<string, unknown>) => e.inputType)).toEqual(['email', 'tel', 'url', 'time', 'number', 'datetime-local']);
    expect(els[0].validators).toEqual([{ type: 'email' }]);
    expect(notes.filter((n) => n.format === 'redcap').map((n) => n.message)).toEqual(
      expect.arrayContaining([
        'the form of the text answer (as phone) is not exported to redcap: a plain text field.',
        'the slider is not exported to redcap: a number field.',
      ]),
    );
  });
});
