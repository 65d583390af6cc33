// Hidden values from the form's URL (test/fixtures/hidden-values.survey): a link
// without a required value, or with a code not in the list, shows a visible alert and
// cannot be submitted; a valid link shows the conditioned question, pipes the channel
// label, and the POSTed response carries `hidden`, `responseId` and `formVersion` and
// passes the response schema.
import { describe, expect, it } from 'vitest';
import { makeAjv } from '../support/ajv.ts';
import { useFormSite, watch } from './harness.ts';

const site = useFormSite('hidden-values.survey');

describe('hidden values from the URL', () => {
  it('names a missing required value and an invalid code in a visible alert, and refuses to submit', async () => {
    const page = await site.browser.newPage();
    const problems = await watch(page);
    await page.goto(`${site.origin}/form.html?size=huge`);
    const alert = page.locator('#link-problem');
    await alert.waitFor();
    expect(await alert.getAttribute('role')).toBe('alert');
    const text = await alert.textContent();
    expect(text).toContain('customer_id');
    expect(text).toContain('size');
    expect(text).toContain('huge');
    await page.check('input[name="overall"][value="4"]');
    await page.click('#submit');
    expect(site.collector.received).toHaveLength(0);
    expect(await page.locator('#survey-form').isVisible()).toBe(true);
    expect(problems()).toEqual([]);
    await page.close();
  }, 60_000);

  it('fills valid values, applies conditions and piping, and delivers them with the response', async () => {
    const page = await site.browser.newPage();
    const problems = await watch(page);
    await page.goto(`${site.origin}/form.html?customer_id=C0012&size=large&channel=store&wave=2&visit=2025-03-31&utm=x`);
    expect(await page.locator('#link-problem').isVisible()).toBe(false);
    expect(await page.locator('#q-store_comment').isVisible()).toBe(true);
    expect(await page.locator('#q-account_manager').isVisible()).toBe(true);
    expect(await page.locator('#q-store_comment .pipe').first().textContent()).toBe('门店');
    await page.check('input[name="overall"][value="4"]');
    await page.check('input[name="account_manager"][value="5"]');
    await page.click('#submit');
    await page.locator('#done-text[data-ui="sent"]').waitFor();
    const response = JSON.parse(site.collector.received[0]);
    expect(response.hidden).toEqual({ customer_id: 'C0012', size: 'large', channel: 'store', wave: 2, visit: '2025-03-31' });
    expect(response.formVersion).toBe('2025.2');
    expect(response.responseId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    const validate = makeAjv().compile(site.schema);
    expect(validate(response), JSON.stringify(validate.errors)).toBe(true);
    expect(problems()).toEqual([]);
    await page.close();
  }, 60_000);
});
