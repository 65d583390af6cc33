// Calculated values in Chromium (fixture calculations.survey, Chinese first): piped
// calculated values and conditions on them follow the answers as they are typed, and
// the submitted response carries them under `calculated`, accepted by the schema.
import { describe, expect, it } from 'vitest';
import { makeAjv } from '../support/ajv.ts';
import { useFormSite, watch } from './harness.ts';

const site = useFormSite('calculations.survey');

describe('calculated values in the form', () => {
  it('recompute as answers change: pipes, conditions and the submitted response', async () => {
    const page = await (await site.browser.newContext()).newPage();
    const problems = await watch(page);
    await page.goto(`${site.origin}/form.html`);
    const pipe = (name: string) => page.locator(`#q-service .pipe[data-pipe="${name}"]`).first().textContent();

    expect(await pipe('greeting')).toBe('您好');
    await page.locator('[name="name"]').pressSequentially('王芳');
    expect(await pipe('greeting')).toBe('王芳');

    await page.fill('[name="visited"]', '2026-03-01');
    await page.check('input[name="bought"][value="food"]');
    await page.check('input[name="bought"][value="drink"]');
    await page.check('input[name="service"][value="2"]');
    await page.check('input[name="price"][value="5"]');
    expect(await page.locator('#q-improve').isVisible()).toBe(true);
    expect(await page.locator('#q-improve .pipe[data-pipe="kinds"]').first().textContent()).toBe('2');

    await page.check('input[name="service"][value="5"]');
    expect(await page.locator('#q-improve').isVisible()).toBe(false);
    await page.check('input[name="service"][value="9"]'); // "don't know": min() and mean() use price alone
    expect(await page.locator('#q-improve').isVisible()).toBe(false);

    await page.selectOption('#lang', 'en');
    expect(await page.locator('#q-service .pipe[data-pipe="greeting"]').first().textContent()).toBe('王芳');

    await page.click('#submit');
    await page.locator('#done-text').waitFor();
    const response = JSON.parse(site.collector.received.at(-1)!);
    expect(response.answers).toMatchObject({ name: '王芳', service: 9, price: 5 });
    const { days_since, ...rest } = response.calculated;
    expect(rest).toEqual({ greeting: '王芳', kinds: 2, overall: 5, unhappy: false, name_length: 2, best: 5, band: 'high' });
    expect(typeof days_since).toBe('number');
    expect(makeAjv().compile(site.schema)(response)).toBe(true);
    expect(problems()).toEqual([]);
  });
});
