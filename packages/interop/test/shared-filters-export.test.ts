// A shared choice list with filters in the other formats (the emitters' fixture
// shared-filters.survey, Chinese and English): SurveyJS gives every question using the
// list the list's choices with their visibleIf, and survey-core offers each question the
// cities of the region; XLSForm, XForm and REDCap say per using question what they drop.
import { describe, expect, it } from 'vitest';
import { Model } from 'survey-core';
import { exportSurvey, exportKinds } from '../src/index.ts';
import { compiled, repoRoot } from './helpers.ts';

const doc = () => compiled(`${repoRoot}packages/emitters/test/fixtures/shared-filters.survey`);

describe('choice filters in a shared list in other formats', () => {
  it('SurveyJS offers each using question the options its filters allow', async () => {
    const { files, notes } = await exportSurvey(doc(), ['surveyjs']);
    expect(notes).toEqual([]);
    const model = new Model(JSON.parse(files[0].contents as string));
    const visible = (name: string) => model.getQuestionByName(name).visibleChoices.map((c: { value: unknown }) => c.value);
    expect(visible('home')).toEqual(['other']);
    model.setValue('region', 'north');
    expect(visible('home')).toEqual(['bj', 'tj', 'other']);
    expect(visible('visited')).toEqual(['bj', 'tj', 'other']);
    model.setValue('region', 'south');
    expect(visible('visited')).toEqual(['sh', 'gz', 'other']);
  });

  it('XLSForm, XForm and REDCap note the filters they leave out, once per using question', async () => {
    const { notes } = await exportSurvey(doc(), exportKinds);
    for (const format of ['xlsform', 'xform', 'redcap']) {
      const filters = notes.filter((n) => n.format === format && n.message.startsWith('choice filters')).map((n) => n.element);
      expect(filters).toEqual(['home', 'visited', 'cars']);
    }
  });
});
