// Flow in Chromium (fixture flow.survey, Chinese first): a screen-out ends the survey on
// Next with its message, focused, and delivers a response that says which one; a
// complete run pages through the page break and the shuffled brand sections (order
// seeded with ?_seed=N, the same on reload), validates each page before moving on,
// shows the end screen whose condition holds, records the order shown, and every
// response validates against the schema.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { makeAjv } from '../support/ajv.ts';
import { axeViolations, cspViolations, useFormSite, watch } from './harness.ts';

const site = useFormSite('flow.survey');

const shownPage = (page: Page) => page.locator('.page:not([hidden])').getAttribute('id');
const focused = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');
const questionsOn = (page: Page, id: string) =>
  page.$$eval(`#page-${id.replace('.', '\\.')} .question`, (els) => els.map((e) => (e as HTMLElement).dataset.q ?? ''));
const lastResponse = () => JSON.parse(site.collector.received.at(-1)!);

async function screening(page: Page, customer: 'yes' | 'no', age: string) {
  await page.check(`input[name="customer"][value="${customer}"]`);
  await page.fill('[name="age"]', age);
  await page.click('#next');
}

describe('flow in the form', () => {
  it('ends at a screen-out with its message, in the page language, and records it', async () => {
    const page = await (await site.browser.newContext()).newPage();
    const problems = await watch(page);
    await page.goto(`${site.origin}/form.html`);
    // Validation per page: nothing answered, Next stays on the first page.
    await page.click('#next');
    expect(await shownPage(page)).toBe('page-screening');
    expect(await page.locator('#err-customer').textContent()).toBe('此题为必答题。');

    await screening(page, 'no', '30');
    await page.locator('#end-text').waitFor();
    expect(await page.locator('#end-text').textContent()).toBe('感谢您的关注!本调查只面向过去 3 个月内的顾客。');
    expect(await focused(page)).toBe('done');
    expect(await page.locator('#survey-form').isHidden()).toBe(true);
    await page.selectOption('#lang', 'en');
    expect(await page.locator('#end-text').textContent()).toBe('Thank you for your interest! This survey is only for recent customers.');

    const response = lastResponse();
    expect([response.outcome, response.screenout, response.end, response.answers]).toEqual([
      'screenout',
      'not_customer',
      undefined,
      { customer: 'no', age: 30 },
    ]);
    expect(makeAjv().compile(site.schema)(response)).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    expect(await cspViolations(page)).toEqual([]);
    expect(problems()).toEqual([]);
  });

  it('screens out on the second screen-out too (under 18)', async () => {
    const page = await (await site.browser.newContext()).newPage();
    await page.goto(`${site.origin}/form.html`);
    await screening(page, 'yes', '16');
    await page.locator('#end-text').waitFor();
    expect(await page.locator('#end-text').textContent()).toBe('感谢您!本调查仅面向 18 岁及以上的成年人。');
    expect([lastResponse().outcome, lastResponse().screenout]).toEqual(['screenout', 'minor']);
  });

  it('pages through a page break and shuffled sections, records the order and shows the end screen that holds', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    const problems = await watch(page);
    await page.goto(`${site.origin}/form.html?_seed=7`);
    await screening(page, 'yes', '35');

    // The service section: its first page, focused, `overall` anchored first, the rest shuffled.
    expect(await shownPage(page)).toBe('page-service');
    expect(await focused(page)).toBe('page-service');
    const service = await questionsOn(page, 'service');
    expect(service[0]).toBe('overall');
    expect([...service].sort()).toEqual(['overall', 'setting', 'speed', 'staff']);
    expect(await page.locator('#progress-text').textContent()).toContain('2');
    for (const [q, v] of [
      ['overall', 5],
      ['staff', 4],
      ['speed', 3],
      ['setting', 4],
    ] as const)
      await page.check(`input[name="${q}"][value="${v}"]`);
    await page.click('#next');
    // The page break: the same section's second page, with its heading.
    expect(await shownPage(page)).toBe('page-service.2');
    expect(await focused(page)).toBe('page-service.2');
    expect(await page.locator('#h-service\\.2').textContent()).toBe('服务评价');
    await page.fill('[name="comments"]', '店员很热情 <b>&amp;</b>');
    await page.click('#prev');
    expect(await shownPage(page)).toBe('page-service');
    await page.click('#next');
    await page.click('#next');

    // The brand sections, one per page, in the seeded order.
    const brands: string[] = [];
    for (let i = 0; i < 3; i++) {
      const id = (await shownPage(page))!.slice('page-'.length);
      brands.push(id);
      await page.check(`input[name="bought_${id.slice(-1)}"][value="${i === 0 ? 'yes' : 'no'}"]`);
      await page.click(i < 2 ? '#next' : '#submit');
    }
    expect([...brands].sort()).toEqual(['brand_a', 'brand_b', 'brand_c']);
    await page.locator('#end-text').waitFor();
    expect(await page.locator('#end-text').textContent()).toBe('谢谢您的支持!我们期待您再次光临。');
    expect(await focused(page)).toBe('done');

    const response = lastResponse();
    expect([response.outcome, response.end, response.screenout]).toEqual(['complete', 'happy', undefined]);
    expect(response.order).toEqual({ service: [...service, 'comments'], brands });
    expect(response.answers.comments).toBe('店员很热情 <b>&amp;</b>');
    expect(makeAjv().compile(site.schema)(response)).toBe(true);
    expect(problems()).toEqual([]);

    // The same seed draws the same order in a fresh browser; a reload keeps the saved one.
    const again = await (await site.browser.newContext()).newPage();
    await again.goto(`${site.origin}/form.html?_seed=7`);
    expect(await questionsOn(again, 'service')).toEqual(service);
    // Different seeds draw different orders (the shuffle really moves questions and sections).
    const seen = new Set<string>();
    for (const seed of [1, 2, 3, 4, 5, 6]) {
      const p = await (await site.browser.newContext()).newPage();
      await p.goto(`${site.origin}/form.html?_seed=${seed}`);
      seen.add(JSON.stringify(await questionsOn(p, 'service')));
      expect((await questionsOn(p, 'service'))[0]).toBe('overall');
    }
    expect(seen.size).toBeGreaterThan(1);
    const other = await (await site.browser.newContext()).newPage();
    await other.goto(`${site.origin}/form.html`);
    const drawn = await questionsOn(other, 'service');
    await other.reload();
    expect(await questionsOn(other, 'service')).toEqual(drawn);
  });

  it('shows the end screen for unhappy customers in English', async () => {
    const page = await (await site.browser.newContext()).newPage();
    await page.goto(`${site.origin}/form.html?_seed=3`);
    await page.selectOption('#lang', 'en');
    await screening(page, 'yes', '44');
    for (const q of ['overall', 'staff', 'speed', 'setting']) await page.check(`input[name="${q}"][value="2"]`);
    await page.check('input[name="overall"][value="1"]');
    await page.click('#next');
    await page.click('#next');
    for (let i = 0; i < 3; i++) {
      const id = (await shownPage(page))!.slice('page-'.length);
      await page.check(`input[name="bought_${id.slice(-1)}"][value="no"]`);
      await page.click(i < 2 ? '#next' : '#submit');
    }
    await page.locator('#end-text').waitFor();
    expect(await page.locator('#end-text').textContent()).toBe('We are sorry we let you down this time; we will improve.');
    expect(lastResponse().end).toBe('sorry');
    expect(makeAjv().compile(site.schema)(lastResponse())).toBe(true);
  });
});
