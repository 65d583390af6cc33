// Cross-field checks in Chromium (fixture checks.survey): the message shows under the
// latest question the check reads, in the page language, only once every answer it
// reads is given, and goes away when the answers agree; the response then validates.
import { describe, expect, it } from 'vitest';
import { makeAjv } from '../support/ajv.ts';
import { useFormSite, watch } from './harness.ts';

const site = useFormSite('checks.survey');

describe('cross-field checks in the form', () => {
  it('block submission with their own message in each language until the answers agree', async () => {
    const page = await (await site.browser.newContext()).newPage();
    const problems = await watch(page);
    await page.goto(`${site.origin}/form.html`);
    await page.fill('[name="started"]', '2026-03-05');
    await page.fill('[name="nights"]', '2');
    await page.click('#submit');
    // `ended` unanswered: the required message, not the check's.
    expect(await page.locator('#err-ended').textContent()).toBe('此题为必答题。');

    await page.fill('[name="ended"]', '2026-03-01');
    await page.click('#submit');
    expect(await page.locator('#err-ended').textContent()).toBe('返回日期不能早于出发日期。');
    await page.selectOption('#lang', 'en');
    expect(await page.locator('#err-ended').textContent()).toBe('The return cannot be before the departure.');

    await page.fill('[name="ended"]', '2026-03-06'); // one day: two nights are too many
    await page.click('#submit');
    expect(await page.locator('#err-ended').textContent()).toBe('');
    expect(await page.locator('#err-nights').textContent()).toBe('You cannot stay more nights than the trip lasted.');

    await page.fill('[name="nights"]', '1');
    await page.click('#submit');
    await page.locator('#done-text').waitFor();
    const response = JSON.parse(site.collector.received.at(-1)!);
    expect(response.answers).toEqual({ started: '2026-03-05', ended: '2026-03-06', nights: 1 });
    expect(response.calculated).toEqual({ days: 1 });
    expect(makeAjv().compile(site.schema)(response)).toBe(true);
    expect(problems()).toEqual([]);
  });
});
