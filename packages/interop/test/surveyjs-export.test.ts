// SurveyJS export, proven by SurveyJS's own engine (survey-core): the model loads
// without JSON errors, and skip logic, validators and choices behave when it is run
// with sample answers — on a Chinese-first survey and an English one.
import { describe, expect, it } from 'vitest';
import { Model } from 'survey-core';
import { exportSurvey } from '../src/index.ts';
import { compiled, fixture } from './helpers.ts';

async function model(name: string) {
  const { files, notes } = await exportSurvey(compiled(fixture(name)), ['surveyjs']);
  const m = new Model(JSON.parse(files[0].contents as string));
  expect(m.jsonErrors ?? []).toEqual([]);
  return { m, q: (n: string) => m.getQuestionByName(n), notes };
}

describe('SurveyJS export (clinic-zh: Chinese first, English translation)', () => {
  it('loads every question with the matching SurveyJS type', async () => {
    const { m } = await model('clinic-zh.survey');
    expect(m.getAllQuestions().map((x) => `${x.name}:${x.getType()}`)).toEqual([
      'visit_date:text',
      'department:radiogroup',
      'wait_minutes:text',
      'channels:checkbox',
      'first_visit:boolean',
      'overall:rating',
      'aspects:matrix',
      'complaint:comment',
      'app_ease:rating',
      'recommend:rating',
      'postcode:text',
    ]);
    expect(m.pages.map((p) => p.name)).toEqual(['visit', 'ratings', 'booking_app', 'closing']);
  });

  it('opens in Chinese and switches to English', async () => {
    const { m, q } = await model('clinic-zh.survey');
    expect(m.title).toBe('门诊就诊体验调查');
    expect(q('department').title).toBe('您就诊的科室是?');
    m.locale = 'en';
    expect(m.title).toBe('Outpatient visit survey');
    expect(q('department').title).toBe('Which department did you visit?');
  });

  it('shows the complaint only for a low rating, not for the missing code 9', async () => {
    const { m, q } = await model('clinic-zh.survey');
    expect(q('complaint').isVisible).toBe(false);
    m.setValue('overall', 5);
    expect(q('complaint').isVisible).toBe(false);
    m.setValue('overall', 2);
    expect(q('complaint').isVisible).toBe(true);
    m.setValue('overall', 9); // 不适用: a missing code never satisfies `overall <= 2`
    expect(q('complaint').isVisible).toBe(false);
    m.setValue('aspects', { staff: 1 }); // a matrix row in the condition
    expect(q('complaint').isVisible).toBe(true);
  });

  it('shows the app section only when the app was used (multi `has`)', async () => {
    const { m } = await model('clinic-zh.survey');
    expect(m.getPageByName('booking_app').isVisible).toBe(false);
    m.setValue('channels', ['phone']);
    expect(m.getPageByName('booking_app').isVisible).toBe(false);
    m.setValue('channels', ['phone', 'app']);
    expect(m.getPageByName('booking_app').isVisible).toBe(true);
  });

  it('validates bounds, integers, patterns, dates and required answers', async () => {
    const { m, q } = await model('clinic-zh.survey');
    const errs = (name: string, v: unknown) => (m.setValue(name, v), q(name).hasErrors(false));
    expect(q('wait_minutes').hasErrors(false)).toBe(true); // required
    expect(errs('wait_minutes', 700)).toBe(true);
    expect(errs('wait_minutes', 3.5)).toBe(true);
    expect(errs('wait_minutes', 30)).toBe(false);
    expect(errs('postcode', 'abc')).toBe(true);
    expect(errs('postcode', '100080')).toBe(false);
    expect(errs('visit_date', '2020-05-01')).toBe(true);
    expect(errs('visit_date', '2025-05-01')).toBe(false);
    expect(q('complaint').isRequired).toBe(false);
  });

  it('keeps codes, the specify comment and the exclusive option', async () => {
    const { m, q } = await model('clinic-zh.survey');
    const dept = q('department') as unknown as { choices: { value: string; showCommentArea: boolean }[] };
    expect(dept.choices.map((c) => [c.value, c.showCommentArea])).toEqual([
      ['internal', false],
      ['surgery', false],
      ['pediatrics', false],
      ['other', true],
    ]);
    const ch = q('channels') as unknown as {
      choices: { value: string }[];
      clickItemHandler(i: unknown, c: boolean): void;
      value: string[];
    };
    m.setValue('channels', ['phone', 'app']);
    ch.clickItemHandler(
      ch.choices.find((c) => c.value === 'none'),
      true,
    );
    expect([...ch.value]).toEqual(['none']);
    const overall = q('overall') as unknown as { visibleRateValues: { value: number }[] };
    expect(overall.visibleRateValues.map((v) => v.value)).toEqual([1, 2, 3, 4, 5, 9]);
    m.setValue('first_visit', 'yes');
    expect(m.data.first_visit).toBe('yes');
  });

  it('reports what it cannot carry (units, scores)', async () => {
    const { notes } = await model('clinic-zh.survey');
    expect(notes.map((n) => n.element).sort()).toEqual(['satisfaction', 'wait_minutes']);
  });
});

describe('SurveyJS export (library-en: English only)', () => {
  it('uses plain strings and section conditions on a single choice', async () => {
    const { m, q } = await model('library-en.survey');
    expect(q('member').title).toBe('Do you hold a library card?');
    expect(m.getPageByName('members').isVisible).toBe(false);
    m.setValue('member', 'yes');
    expect(m.getPageByName('members').isVisible).toBe(true);
    m.setValue('member', 'unsure');
    expect(m.getPageByName('members').isVisible).toBe(false);
  });

  it('shows a follow-up after more than three visits, and limits the ranking', async () => {
    const { m, q } = await model('library-en.survey');
    m.setValue('visits', 3);
    expect(q('improve').isVisible).toBe(false);
    m.setValue('visits', 4);
    expect(q('improve').isVisible).toBe(true);
    const r = q('priorities') as unknown as { selectToRankEnabled: boolean; maxSelectedChoices: number };
    expect([r.selectToRankEnabled, r.maxSelectedChoices]).toEqual([true, 2]);
  });
});
