// `answers optional` in Chromium (fixture answers_optional.survey): only the question marked
// `required` carries the required marker and blocks submission; the others may be left
// empty, and the response then validates against the response schema.
import { describe, expect, it } from 'vitest';
import { makeAjv } from '../support/ajv.ts';
import { useFormSite, watch } from './harness.ts';

const site = useFormSite('answers_optional.survey');

describe('answers optional in the form', () => {
  it('marks and enforces only the `required` question', async () => {
    const page = await (await site.browser.newContext()).newPage();
    const problems = await watch(page);
    await page.goto(`${site.origin}/form.html`);
    expect(await page.locator('#q-visit .req').count()).toBe(0);
    expect(await page.locator('#q-comments .req').count()).toBe(0);
    expect(await page.locator('#q-recommend .req').count()).toBe(1);

    await page.click('#submit');
    expect(await page.locator('#err-recommend').textContent()).toBe('此题为必答题。');
    expect(await page.locator('#err-visit').textContent()).toBe('');

    await page.check('[name="recommend"][value="9"]');
    await page.click('#submit');
    await page.locator('#done-text').waitFor();
    const response = JSON.parse(site.collector.received.at(-1)!);
    expect(response.answers).toEqual({ recommend: 9 });
    expect(makeAjv().compile(site.schema)(response)).toBe(true);
    expect(problems()).toEqual([]);
  });
});
