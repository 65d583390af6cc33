// Screen-outs, end screens, page breaks and random order in the other formats (the
// emitters' fixture flow.survey, Chinese and English): SurveyJS maps them (pages,
// questionsOrder, a `complete` trigger, completedHtmlOnCondition) and survey-core runs
// them; XLSForm writes each page as a field-list group; every format notes what it drops.
import { describe, expect, it } from 'vitest';
import { Model } from 'survey-core';
import { exportSurvey, exportKinds } from '../src/index.ts';
import { xlsformOf } from '../src/export/xlsform/rows.ts';
import { Notes } from '../src/export/notes.ts';
import { SurveyIndex } from '../src/model.ts';
import { compiled, repoRoot } from './helpers.ts';

const doc = () => compiled(`${repoRoot}packages/emitters/test/fixtures/flow.survey`);

describe('flow in other formats', () => {
  it('SurveyJS: split pages, random question order, a complete trigger and the end texts, run by survey-core', async () => {
    const { files, notes } = await exportSurvey(doc(), ['surveyjs']);
    const json = JSON.parse(files[0].contents as string);
    expect(json.pages.map((p: { name: string; questionsOrder?: string }) => [p.name, p.questionsOrder])).toEqual([
      ['screening', undefined],
      ['service', 'random'],
      ['service_2', 'random'],
      ['brand_a', undefined],
      ['brand_b', undefined],
      ['brand_c', undefined],
    ]);
    expect(json.triggers).toEqual([
      { type: 'complete', expression: "{customer} = 'no'" },
      { type: 'complete', expression: '{age} notempty and {age} < 18' },
    ]);
    expect(json.completedHtmlOnCondition.map((c: { expression: string }) => c.expression)).toEqual([
      "{customer} = 'no'",
      '{age} notempty and {age} < 18',
      '{overall} notempty and {overall} >= 4',
      '{overall} notempty and {overall} <= 2',
    ]);
    expect(json.completedHtml['zh-cn']).toBe('<p>谢谢您的参与!</p>');
    expect(json.completedHtmlOnCondition[0].html.default).toBe(
      '<p>Thank you for your interest! This survey is only for recent customers.</p>',
    );
    expect(notes.map((n) => `${n.element}: ${n.message}`)).toEqual(
      expect.arrayContaining([
        'service: SurveyJS shuffles every question of the page: the `fixed` questions are not kept in place.',
        "brands: the random order of the sections of group 'brands' is not exported to surveyjs: they keep their written order.",
        'not_customer: the screen-out is a `complete` trigger with its message in completedHtmlOnCondition; the response does not say which screen-out ended it.',
      ]),
    );

    // survey-core: answering "no" on the first page completes the survey with the screen-out's text.
    const model = new Model(json);
    model.locale = 'en';
    model.setValue('customer', 'no');
    model.setValue('age', 30);
    model.nextPage();
    expect(model.state).toBe('completed');
    expect(model.processedCompletedHtml).toContain('only for recent customers');
    const happy = new Model(json);
    happy.setValue('overall', 5);
    expect(happy.processedCompletedHtml).toContain('谢谢您的支持');
  });

  it('XLSForm: each page of a split section is a field-list group; XLSForm, XForm and REDCap note the rest', async () => {
    const ix = new SurveyIndex(doc());
    const form = xlsformOf(ix, new Notes('xlsform'));
    const groups = form.survey.filter((r) => r.type === 'begin group').map((r) => [r.name, r.appearance]);
    expect(groups).toEqual(
      expect.arrayContaining([
        ['service_page1', 'field-list'],
        ['service_page2', 'field-list'],
      ]),
    );
    const { files, notes } = await exportSurvey(doc(), exportKinds);
    expect(files.length).toBe(exportKinds.length);
    const of = (format: string) => notes.filter((n) => n.format === format).map((n) => `${n.element}: ${n.message}`);
    for (const format of ['xlsform', 'xform', 'redcap'])
      expect(of(format)).toEqual(
        expect.arrayContaining([
          `minor: screen-outs are not exported to ${format}: the form does not end early, and the message is not shown.`,
          `happy: end screens are not exported to ${format}: the form's own closing message is shown.`,
          `service: the random question order is not exported to ${format}: the questions keep their written order.`,
        ]),
      );
    expect(of('redcap')).toEqual(expect.arrayContaining(['service: page breaks are not exported to redcap: the section is one page.']));
  });
});
