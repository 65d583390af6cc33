// A shared choice list with filters in Chromium (fixture shared-filters.survey, Chinese
// first): each question using the list offers the options of the region answered before
// it, a carried question offers only what was chosen and offered, and a required question
// with no option offered is skipped; the submitted response validates.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { makeAjv } from '../support/ajv.ts';
import { useFormSite, watch } from './harness.ts';

const site = useFormSite('shared-filters.survey');

const offered = (page: Page, q: string) =>
  page.$$eval(`#q-${q} .choice[data-code]`, (els) =>
    els.filter((e) => !(e as HTMLElement).hidden).map((e) => (e as HTMLElement).dataset.code),
  );

describe('a shared choice list with filters in the form', () => {
  it('offers each using question the cities of the region, and skips questions with nothing to offer', async () => {
    const page = await (await site.browser.newContext()).newPage();
    const problems = await watch(page);
    await page.goto(`${site.origin}/form.html`);
    // No region yet: only "another city", in both questions that use the list.
    expect(await offered(page, 'home')).toEqual(['other']);
    expect(await offered(page, 'visited')).toEqual(['other']);
    expect(await page.locator('#q-best').isVisible()).toBe(false);
    expect(await page.locator('#q-cars').isVisible()).toBe(false);

    await page.check('input[name="region"][value="south"]');
    expect(await offered(page, 'home')).toEqual(['sh', 'gz', 'other']);
    expect(await offered(page, 'visited')).toEqual(['sh', 'gz', 'other']);
    await page.check('input[name="home"][value="sh"]');
    await page.check('input[name="visited"][value="gz"]');
    await page.check('input[name="visited"][value="sh"]');
    expect(await offered(page, 'best')).toEqual(['sh', 'gz']);

    // Moving north takes the southern cities out of every question using the list.
    await page.check('input[name="region"][value="north"]');
    expect(await offered(page, 'home')).toEqual(['bj', 'tj', 'other']);
    expect(await page.isChecked('input[name="home"][value="sh"]')).toBe(false);
    expect(await page.isChecked('input[name="visited"][value="gz"]')).toBe(false);
    expect(await page.locator('#q-best').isVisible()).toBe(false);
    await page.check('input[name="home"][value="bj"]');
    await page.check('input[name="visited"][value="tj"]');
    expect(await offered(page, 'best')).toEqual(['tj']);
    await page.check('input[name="best"][value="tj"]');

    // Not a driver: no car is offered, so the required car question is not asked.
    await page.check('input[name="drives"][value="no"]');
    expect(await page.locator('#q-cars').isVisible()).toBe(false);
    await page.click('#submit');
    await page.locator('#done-text').waitFor();
    const response = JSON.parse(site.collector.received.at(-1)!);
    expect(response.answers).toEqual({ region: 'north', home: 'bj', visited: ['tj'], best: 'tj', drives: 'no' });
    expect(makeAjv().compile(site.schema)(response)).toBe(true);
    expect(problems()).toEqual([]);
  });
});
