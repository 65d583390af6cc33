// POSTing to --submit-url: a failed POST (server error or no network) keeps every
// answer, says so and offers a download; a later success delivers a response the
// schema accepts and clears local storage.
import { describe, expect, it } from 'vitest';
import { makeAjv } from '../support/ajv.ts';
import { useFormSite, watch } from './harness.ts';

const site = useFormSite('english-conditions.survey');

const storageKey = 'survey:english_conditions:';

describe('submit URL', () => {
  it('keeps answers and says so when the POST fails, then delivers once it works', async () => {
    const context = await site.browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    const problems = await watch(page);
    await page.goto(`${site.origin}/form.html`);
    await page.check('input[name="contact"][value="phone"]');
    await page.check('input[name="ease"][value="5"]');
    await page.check('input[name="resolved"][value="yes"]');

    site.collector.status = 500;
    await page.click('#submit');
    await page.locator('#alert:has-text("Sending failed")').waitFor();
    // It says what went wrong: the server refused, with its status.
    expect(await page.locator('#alert').textContent()).toBe(
      'Sending failed: the server answered with error 500. Your answers are still saved in this browser: try again later, or download a copy.',
    );
    expect(await page.locator('#download').isVisible()).toBe(true);
    expect(await page.locator('#survey-form').isVisible()).toBe(true);
    expect(await page.evaluate((k) => localStorage.getItem(k), storageKey)).toContain('"ease":5');
    const copy = page.waitForEvent('download');
    await page.click('#download');
    expect((await copy).suggestedFilename()).toBe('english_conditions-response.json');

    // No network at all: the same.
    await page.route('**/collect', (route) => route.abort('internetdisconnected'));
    await page.click('#submit');
    await page.locator('#alert:has-text("could not be reached")').waitFor();
    expect(await page.locator('#alert').textContent()).toMatch(
      /^Sending failed: the server could not be reached \(check your connection\)\./,
    );
    await page.unroute('**/collect');

    await page.reload();
    expect(await page.locator('input[name="ease"][value="5"]').isChecked()).toBe(true);

    site.collector.status = 200;
    await page.click('#submit');
    await page.locator('#done-text:has-text("Your answers were sent")').waitFor();
    expect(site.collector.received).toHaveLength(1);
    const response = JSON.parse(site.collector.received[0]);
    expect(response.answers).toEqual({ contact: ['phone'], ease: 5, resolved: 'yes' });
    const validate = makeAjv().compile(site.schema);
    expect(validate(response)).toBe(true);
    expect(await page.evaluate((k) => localStorage.getItem(k), storageKey)).toBeNull();
    // The only console errors are the browser's own reports of the failed requests.
    expect(problems().filter((p) => !/Failed to load resource|ERR_INTERNET_DISCONNECTED|500/.test(p))).toEqual([]);
    await context.close();
  }, 60_000);

  it('sends once however often Enter is pressed against a slow server, with the id kept across a reload', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${site.origin}/form.html`);
    await page.check('input[name="contact"][value="email"]');
    await page.check('input[name="ease"][value="4"]');
    await page.check('input[name="resolved"][value="no"]');
    // A failed attempt first, then a reload: the retry must carry the same responseId.
    site.collector.status = 500;
    await page.click('#submit');
    await page.locator('#alert:has-text("Sending failed")').waitFor();
    const failedId = JSON.parse(site.collector.attempts.at(-1)!).responseId;
    await page.reload();
    site.collector.status = 200;
    site.collector.delayMs = 1500;
    const before = site.collector.attempts.length;
    const received = site.collector.received.length;
    await page.focus('#submit');
    await page.keyboard.press('Enter');
    expect(await page.locator('#submit').isDisabled()).toBe(true);
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await page.locator('#done-text:has-text("Your answers were sent")').waitFor();
    site.collector.delayMs = 0;
    expect(site.collector.attempts.length - before).toBe(1);
    expect(site.collector.received.length - received).toBe(1);
    const sent = JSON.parse(site.collector.received.at(-1)!);
    expect(sent.responseId).toMatch(/^[0-9a-f-]{36}$/);
    expect(sent.responseId).toBe(failedId);
    await context.close();
  }, 60_000);
});
