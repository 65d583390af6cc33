// The XForm we emit, loaded and answered in ODK's own engine (@getodk/xforms-engine,
// bundled for Chromium): fields, choices, translations, skip logic (relevance) and
// constraints, on the Chinese-first clinic survey and the English library survey.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import type { Server } from 'node:http';
import { compileText } from '@survey/compiler';
import { documentOf, exportSurvey } from '../../src/index.ts';
import { compiled, fixture, repoRoot } from '../helpers.ts';
import { launch, loadInEngine, serveDriver } from './odk-engine.ts';
import { tripsSurvey } from '../fixtures/trips.ts';

let browser: Browser;
let server: Server;
let origin: string;
beforeAll(async () => {
  browser = await launch();
  ({ server, origin } = await serveDriver());
});
afterAll(async () => {
  await browser?.close();
  server?.close();
});

async function form(name: string) {
  const { files } = await exportSurvey(compiled(fixture(name)), ['xform']);
  const f = await loadInEngine(browser, origin, files[0].contents as string);
  expect(f.errors).toEqual([]);
  return f;
}

describe('XForm in ODK web forms engine', () => {
  it('loads every field of the clinic survey with its ODK node type', async () => {
    const f = await form('clinic-zh.survey');
    expect(f.fields).toContain('/data/visit/department:select');
    expect(f.fields).toContain('/data/ratings/aspects/staff:select');
    expect(f.fields).toContain('/data/visit/department_other:input');
    // The hidden variables are model-only nodes, without a control.
    expect(f.fields.filter((x) => /^\/data\/(site|wave):/.test(x))).toEqual(['/data/site:model-value', '/data/wave:model-value']);
    expect(f.fields.length).toBe(24);
    expect(await f.options('/data/visit/department')).toEqual(['internal', 'surgery', 'pediatrics', 'other']);
    expect(await f.options('/data/ratings/overall')).toEqual(['1', '2', '3', '4', '5', '9']);
    expect(await f.options('/data/closing/recommend')).toHaveLength(11);
  });

  it('translates labels (Chinese default, English)', async () => {
    const f = await form('clinic-zh.survey');
    expect(await f.languages()).toEqual(['Chinese (zh)', 'English (en)']);
    expect(await f.label('/data/visit/department')).toBe('您就诊的科室是?');
    await f.setLanguage('English (en)');
    expect(await f.label('/data/visit/department')).toBe('Which department did you visit?');
  });

  it('skip logic: complaint after a low rating (not the missing code 9), app section after `has app`, specify after other', async () => {
    const f = await form('clinic-zh.survey');
    expect(await f.relevant('/data/ratings/complaint')).toBe(false);
    await f.set('/data/ratings/overall', '2');
    expect(await f.relevant('/data/ratings/complaint')).toBe(true);
    await f.set('/data/ratings/overall', '9');
    expect(await f.relevant('/data/ratings/complaint')).toBe(false);
    await f.set('/data/ratings/aspects/staff', '1');
    expect(await f.relevant('/data/ratings/complaint')).toBe(true);

    expect(await f.relevant('/data/booking_app/app_ease')).toBe(false);
    await f.set('/data/visit/channels', ['phone', 'app']);
    expect(await f.relevant('/data/booking_app/app_ease')).toBe(true);

    expect(await f.relevant('/data/visit/department_other')).toBe(false);
    await f.set('/data/visit/department', 'other');
    expect(await f.relevant('/data/visit/department_other')).toBe(true);
  });

  it('constraints: number bounds, exclusive option, text length and pattern, date minimum', async () => {
    const f = await form('clinic-zh.survey');
    const check = async (ref: string, v: string | string[]) => (await f.set(ref, v), f.valid(ref));
    expect(await check('/data/visit/wait_minutes', '700')).toBe(false);
    expect(await check('/data/visit/wait_minutes', '30')).toBe(true);
    expect(await check('/data/visit/channels', ['phone', 'none'])).toBe(false);
    expect(await check('/data/visit/channels', ['none'])).toBe(true);
    expect(await check('/data/closing/postcode', '12ab')).toBe(false);
    expect(await check('/data/closing/postcode', '100080')).toBe(true);
    expect(await check('/data/visit/visit_date', '2020-05-01')).toBe(false);
    expect(await check('/data/visit/visit_date', '2025-05-01')).toBe(true);
    expect(await f.required('/data/visit/wait_minutes')).toBe(true);
    expect(await f.required('/data/closing/postcode')).toBe(false);
  });

  it('English survey: a section shown to members only, follow-up after more than 3 visits', async () => {
    const f = await form('library-en.survey');
    expect(await f.relevant('/data/members/easy')).toBe(false);
    await f.set('/data/you/member', 'yes');
    expect(await f.relevant('/data/members/easy')).toBe(true);
    await f.set('/data/you/member', 'unsure');
    expect(await f.relevant('/data/members/easy')).toBe(false);
    await f.set('/data/you/visits', '3');
    expect(await f.relevant('/data/comments/improve')).toBe(false);
    await f.set('/data/you/visits', '4');
    expect(await f.relevant('/data/comments/improve')).toBe(true);
    expect(f.fields).toContain('/data/members/priorities:rank');
  });
});

describe('XForm answer types in ODK web forms engine', () => {
  it('loads the photo, file, location and signature of the shop inspection', async () => {
    const path = new URL('../../../emitters/test/fixtures/answer-types.survey', import.meta.url).pathname;
    const { files } = await exportSurvey(compiled(path), ['xform']);
    const f = await loadInEngine(browser, origin, files[0].contents as string);
    expect(f.errors).toEqual([]);
    expect(f.fields.filter((x) => /\/(photo|receipt|place|sign):/.test(x))).toEqual([
      '/data/photo:upload',
      '/data/receipt:upload',
      '/data/place:input',
      '/data/sign:upload',
    ]);
  });
});

describe('XForm repeat groups in ODK web forms engine', () => {
  const household = new URL('../../../emitters/test/roster/household.survey', import.meta.url).pathname;

  it('repeats members as many times as the household size, jobs once per chosen job, visits three times', async () => {
    const { files } = await exportSurvey(compiled(household), ['xform']);
    const f = await loadInEngine(browser, origin, files[0].contents as string);
    expect(f.errors).toEqual([]);
    const instances = async (name: string) => (await f.refs()).filter((r) => new RegExp(`/${name}\\[\\d+\\]:repeat-instance$`).test(r));
    expect(await instances('visits')).toHaveLength(3);
    await f.set('/data/home/size', '2');
    expect(await instances('members')).toEqual(['/data/home/members[1]:repeat-instance', '/data/home/members[2]:repeat-instance']);
    // Inside an instance: its own age decides its jobs question; the job loop follows the jobs chosen.
    await f.set('/data/home/members[1]/age', '40');
    await f.set('/data/home/members[2]/age', '10');
    expect(await f.relevant('/data/home/members[1]/jobs')).toBe(true);
    expect(await f.relevant('/data/home/members[2]/jobs')).toBe(false);
    await f.set('/data/home/members[1]/jobs', ['employed', 'own']);
    expect(await instances('job_loop')).toHaveLength(2);
    expect(await f.value('/data/home/members[1]/job_loop[2]/job_loop_option')).toBe('own');
    // Piped: the member's name and the job's label in the hours question.
    await f.set('/data/home/members[1]/name', '王芳');
    expect(await f.label('/data/home/members[1]/job_loop[2]/hours')).toBe('王芳每周做“自营”多少小时?');
    // Outside: the number of members and a calculated maximum age.
    expect(await f.value('/data/oldest')).toBe('40');
    expect(await f.relevant('/data/care')).toBe(false);
    await f.set('/data/home/members[2]/age', '70');
    expect(await f.relevant('/data/care')).toBe(true);
  });

  it('the household-listing example: GPS, photo and signature fields, one member per person of the household', async () => {
    const { files } = await exportSurvey(compiled(`${repoRoot}examples/household-listing/household.survey`), ['xform']);
    const f = await loadInEngine(browser, origin, files[0].contents as string);
    expect(f.errors).toEqual([]);
    expect(f.fields.filter((x) => /\/(location|photo|interviewer_sign):/.test(x))).toEqual([
      '/data/dwelling/location:input',
      '/data/dwelling/photo:upload',
      '/data/closing/interviewer_sign:upload',
    ]);
    await f.set('/data/members_part/hh_size', '3');
    expect((await f.refs()).filter((r) => /\/members\[\d+\]:repeat-instance$/.test(r))).toHaveLength(3);
    await f.set('/data/members_part/members[2]/member_name', '李明');
    expect(await f.label('/data/members_part/members[2]/age')).toBe('李明今年几周岁?');
    await f.set('/data/members_part/members[2]/age', '30');
    await f.set('/data/members_part/members[3]/age', '3');
    expect(await f.relevant('/data/members_part/members[2]/school')).toBe(false);
    expect(await f.relevant('/data/members_part/members[3]/school')).toBe(false);
    await f.set('/data/members_part/members[3]/age', '8');
    expect(await f.relevant('/data/members_part/members[3]/school')).toBe(true);
    // The calculated crowding, piped into the closing question.
    await f.set('/data/dwelling/rooms', '2');
    expect(await f.value('/data/crowding')).toBe('1.5');
    // count(members where age < 18) as count(members[age < 18]): the member aged 8, not the one without an age.
    expect(await f.value('/data/children')).toBe('1');
    await f.set('/data/members_part/members[1]/age', '12');
    expect(await f.value('/data/children')).toBe('2');
    // sum(members.income) and count(members.income): the answered incomes.
    await f.set('/data/members_part/members[2]/income', '3000');
    expect(await f.value('/data/household_income')).toBe('3000');
    expect(await f.relevant('/data/closing/income_right')).toBe(true);
  });

  it("a group's `max` caps its instances: a count answered above it, and more options chosen than it allows", async () => {
    const result = compileText(tripsSurvey('max 20', 'max 2'));
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const { files } = await exportSurvey(documentOf(result), ['xform']);
    const f = await loadInEngine(browser, origin, files[0].contents as string);
    expect(f.errors).toEqual([]);
    const instances = async (name: string) => (await f.refs()).filter((r) => new RegExp(`/${name}\\[\\d+\\]:repeat-instance$`).test(r));
    await f.set('/data/travel/n_trips', '2');
    expect(await instances('trip')).toHaveLength(2);
    await f.set('/data/travel/n_trips', '7');
    expect(await instances('trip')).toHaveLength(3);
    await f.set('/data/travel/modes', ['bus', 'metro', 'bike']);
    expect(await instances('mode_loop')).toHaveLength(2);
    expect(await f.value('/data/travel/mode_loop[2]/mode_loop_option')).toBe('metro');
  });
});
