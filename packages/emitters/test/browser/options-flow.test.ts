// Choice filters, carry-forward and defaults in Chromium (fixture options-flow.survey,
// Chinese first): options appear and disappear with the answers and a hidden option is
// taken out of the answer; carried-forward questions offer what was (not) chosen and are
// skipped when nothing is carried; defaults are filled in, follow their formula until the
// respondent changes the question, and never overwrite an answer. The response validates.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { makeAjv } from '../support/ajv.ts';
import { useFormSite, watch } from './harness.ts';

const site = useFormSite('options-flow.survey');

const offered = (page: Page, q: string) =>
  page.$$eval(`#q-${q} .choice[data-code]`, (els) =>
    els.filter((e) => !(e as HTMLElement).hidden).map((e) => (e as HTMLElement).dataset.code),
  );

describe('choice filters, carry-forward and defaults in the form', () => {
  it('offer options by condition, clear hidden ones and carry choices forward', async () => {
    const page = await (await site.browser.newContext()).newPage();
    const problems = await watch(page);
    await page.goto(`${site.origin}/form.html`);
    // No region yet, no channel in the link: neither C nor the online brand.
    expect(await offered(page, 'brands')).toEqual(['a', 'b', 'other']);
    // Nothing chosen yet: nothing to carry, the follow-up is not asked.
    expect(await page.locator('#q-favourite').isVisible()).toBe(false);

    await page.check('input[name="region"][value="south"]');
    expect(await offered(page, 'brands')).toEqual(['a', 'b', 'c', 'other']);
    await page.check('input[name="brands"][value="a"]');
    await page.check('input[name="brands"][value="c"]');
    expect(await offered(page, 'favourite')).toEqual(['a', 'c']);
    expect(await offered(page, 'consider')).toEqual(['b', 'other']);
    await page.check('input[name="favourite"][value="c"]');

    // Moving north takes C away: unticked in brands, and so gone from the favourite too.
    await page.check('input[name="region"][value="north"]');
    expect(await offered(page, 'brands')).toEqual(['a', 'b', 'other']);
    expect(await page.isChecked('input[name="brands"][value="c"]')).toBe(false);
    expect(await offered(page, 'favourite')).toEqual(['a']);
    expect(await page.isChecked('input[name="favourite"][value="c"]')).toBe(false);
    await page.check('input[name="favourite"][value="a"]');

    // Defaults: filled in, a formula follows its answer until the respondent changes the question.
    expect(await page.inputValue('[name="people"]')).toBe('1');
    expect(await page.inputValue('[name="bags"]')).toBe('2');
    expect(await page.isChecked('input[name="pay"][value="phone"]')).toBe(true);
    await page.fill('[name="people"]', '3');
    expect(await page.inputValue('[name="bags"]')).toBe('6');
    await page.fill('[name="bags"]', '1');
    await page.fill('[name="people"]', '4');
    expect(await page.inputValue('[name="bags"]')).toBe('1');
    await page.check('input[name="pay"][value="card"]');

    await page.selectOption('#lang', 'en');
    expect(await page.locator('#q-brands label[for]').first().textContent()).toBe('Brand A');
    await page.click('#submit');
    await page.locator('#done-text').waitFor();
    const response = JSON.parse(site.collector.received.at(-1)!);
    expect(response.answers).toEqual({ region: 'north', brands: ['a'], favourite: 'a', people: 4, bags: 1, pay: 'card' });
    expect(makeAjv().compile(site.schema)(response)).toBe(true);
    expect(problems()).toEqual([]);
  });

  it('offer the online brand when the link says so, and keep a respondent’s cleared default cleared after a reload', async () => {
    const page = await (await site.browser.newContext()).newPage();
    const problems = await watch(page);
    await page.goto(`${site.origin}/form.html?channel=web`);
    expect(await offered(page, 'brands')).toEqual(['a', 'b', 'd', 'other']);
    await page.check('input[name="brands"][value="d"]');
    expect(await offered(page, 'favourite')).toEqual(['d']);
    // The online brand was offered and chosen: not among those to consider.
    expect(await offered(page, 'consider')).toEqual(['a', 'b', 'other']);
    await page.fill('[name="people"]', '');
    await page.reload();
    expect(await page.inputValue('[name="people"]')).toBe('');
    expect(await page.isChecked('input[name="brands"][value="d"]')).toBe(true);
    expect(problems()).toEqual([]);
  });
});
