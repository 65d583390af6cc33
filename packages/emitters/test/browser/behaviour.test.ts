// What a respondent experiences in the all-kinds and English fixtures: skip logic,
// validation messages, the language switch, piping, randomised order with anchors,
// answers kept across reloads, and a form that works from the keyboard alone.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { fixtureCases } from '../support/load.ts';
import { makeAjv } from '../support/ajv.ts';
import { axeViolations, buildPages, useSite, watch } from './harness.ts';

const fixtures = fixtureCases();
const { pages, schemas } = buildPages(fixtures);

const site = useSite(pages);

async function open(name: string): Promise<{ page: Page; problems: () => string[] }> {
  const page = await (await site.browser.newContext()).newPage();
  const problems = await watch(page);
  await page.goto(`${site.origin}/${name}.html`);
  return { page, problems };
}

const label = (page: Page, name: string, value: string | number) =>
  page
    .locator(`input[name="${name}"][value="${value}"]`)
    .getAttribute('id')
    .then((id) => page.click(`label[for="${id}"]`));
const shown = (page: Page, id: string) => page.locator(`#q-${id}`).isVisible();

describe('skip logic (english_conditions)', () => {
  it('hides and shows questions as earlier answers change', async () => {
    const { page, problems } = await open('english_conditions');
    expect(await shown(page, 'ease')).toBe(true); // not (contact has none): true while unanswered
    await label(page, 'contact', 'none');
    expect(await shown(page, 'ease')).toBe(false);
    await label(page, 'contact', 'chat'); // choosing chat unticks the exclusive "none"
    expect(await page.locator('input[name="contact"][value="none"]').isChecked()).toBe(false);
    expect(await shown(page, 'ease')).toBe(true);
    expect(await shown(page, 'chat_feedback')).toBe(false);
    await label(page, 'ease', 2);
    expect(await shown(page, 'chat_feedback')).toBe(true);
    expect(await shown(page, 'resolved')).toBe(true);
    await label(page, 'ease', 8); // "don't know" is no answer for a comparison or answered()
    expect(await shown(page, 'chat_feedback')).toBe(false);
    expect(await shown(page, 'resolved')).toBe(false);
    await label(page, 'ease', 4);
    await label(page, 'resolved', 'no');
    expect(await shown(page, 'waited')).toBe(true);
    expect(await shown(page, 'minutes_after')).toBe(false);
    await page.fill('[name="waited"]', '30'); // waited + 5 > 20: the condition only the form can check
    expect(await shown(page, 'minutes_after')).toBe(true);
    expect(problems()).toEqual([]);
  }, 60_000);
});

describe('validation, language, piping (all_kinds)', () => {
  it('shows messages where the answer is, announces them and moves focus there', async () => {
    const { page, problems } = await open('all_kinds');
    await page.click('#next');
    expect(await page.locator('#err-channel').textContent()).toBe('此题为必答题。');
    expect(await page.locator('#alert').textContent()).toMatch(/^本页有 \d+ 处需要修改。$/);
    expect(await page.locator('input[name="channel"]').first().getAttribute('aria-invalid')).toBe('true');
    // Several problems on the page: focus goes to the summary that lists them.
    expect(await page.locator('#error-links a').count()).toBeGreaterThan(1);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('error-summary');
    expect(await axeViolations(page)).toEqual([]);
    await label(page, 'channel', 'other');
    expect(await page.locator('#err-channel').textContent()).toBe('请注明“其他(请注明)”。');
    await page.locator('input[name="channel.other.text"]').pressSequentially('电话订购');
    expect(await page.locator('#err-channel').textContent()).toBe('');
    for (const code of ['web', 'app', 'store']) await label(page, 'used', code);
    await label(page, 'used', 'other');
    await page.locator('input[name="used.other.text"]').pressSequentially('微信');
    await label(page, 'member', 'yes');
    await page.fill('[name="orders"]', '2.5');
    await page.click('#next');
    expect(await page.locator('#err-used').textContent()).toBe('最多选择 3 项。');
    expect(await page.locator('#err-orders').textContent()).toBe('请输入整数。');
    await page.selectOption('#lang', 'en');
    expect(await page.locator('#err-orders').textContent()).toBe('Enter a whole number.');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.locator('h1').textContent()).toBe('Every question kind');
    expect(await page.locator('#next').textContent()).toBe('Next');
    expect(await page.locator('#q-channel label').first().textContent()).toBe('Website');
    // A choice list shared with 'channel' is written once in the data; a scale once as a template.
    // ('used' randomizes its options, so look for the label, not at the first place.)
    expect(await page.locator('#q-used label').allTextContents()).toContain('Website');
    expect(await page.locator('label[for="f-overall-0"] .plabel').textContent()).toBe('Very dissatisfied');
    expect(await page.locator('#q-orders .unit').textContent()).toBe('orders');
    await page.fill('[name="orders"]', '100');
    expect(await page.locator('#err-orders').textContent()).toBe('Enter 99 or less.');
    await page.fill('[name="last_order"]', '2019-12-31');
    await page.click('#next');
    expect(await page.locator('#err-last_order').textContent()).toBe('The date must be on or after 2020-01-01.');
    expect(problems()).toEqual([]);
  }, 60_000);

  it('pipes an earlier answer into a later question, in the current language', async () => {
    const { page } = await open('all_kinds');
    await label(page, 'channel', 'web');
    await label(page, 'used', 'web');
    await label(page, 'member', 'no');
    await page.click('#next');
    // The last section is shown only when overall >= 4: unanswered, it does not count.
    expect(await page.locator('#progress-text').textContent()).toBe('第 2 页,共 2 页');
    expect(await shown(page, 'why_low')).toBe(false);
    await label(page, 'overall', 1);
    expect(await shown(page, 'why_low')).toBe(true);
    expect(await page.locator('#q-why_low .qtitle').textContent()).toContain('您为什么选择“非常不满意”?');
    await page.selectOption('#lang', 'en');
    expect(await page.locator('#q-why_low .qtitle').textContent()).toContain('Why did you choose “Very dissatisfied”?');
    expect(await page.locator('#progress-text').textContent()).toBe('Page 2 of 2');
    await label(page, 'overall', 5);
    expect(await page.locator('#progress-text').textContent()).toBe('Page 2 of 3');
  }, 60_000);
});

describe('randomised order with anchors, and persistence', () => {
  it('shuffles the options but keeps fixed ones in place; a reload keeps order and answers', async () => {
    const orders = new Set<string>();
    for (let i = 0; i < 8; i++) {
      const { page } = await open('all_kinds');
      const codes = await page.locator('#q-used .choice').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.code));
      expect(codes.slice(3)).toEqual(['other', 'none']);
      expect([...codes.slice(0, 3)].sort()).toEqual(['app', 'store', 'web']);
      orders.add(codes.join());
      if (i === 0) {
        await label(page, 'channel', 'store');
        await label(page, 'used', 'app');
        await page.selectOption('#lang', 'en');
        await page.reload();
        expect(await page.locator('#q-used .choice').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.code))).toEqual(codes);
        expect(await page.locator('input[name="channel"][value="store"]').isChecked()).toBe(true);
        expect(await page.locator('input[name="used"][value="app"]').isChecked()).toBe(true);
        expect(await page.locator('#status').textContent()).toBe('Your answers saved in this browser were restored.');
        expect(await page.locator('h1').textContent()).toBe('Every question kind');
      }
      await page.context().close();
    }
    expect(orders.size).toBeGreaterThan(1);
  }, 90_000);
});

describe('keyboard only (english_conditions)', () => {
  it('answers with Tab, Space and arrow keys and submits with Enter', async () => {
    const context = await site.browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    await page.goto(`${site.origin}/english_conditions.html`);
    const focusTo = async (selector: string) => {
      for (let i = 0; i < 40; i++) {
        if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
        await page.keyboard.press('Tab');
      }
      throw new Error(`Tab never reached ${selector}`);
    };
    await focusTo('input[name="contact"][value="email"]');
    await page.keyboard.press('Space');
    expect(await page.locator('input[name="contact"][value="email"]').isChecked()).toBe(true);
    await focusTo('input[name="ease"]');
    await page.keyboard.press('Space'); // the first point
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    expect(await page.locator('input[name="ease"]:checked').getAttribute('value')).toBe('3');
    await focusTo('input[name="resolved"]');
    await page.keyboard.press('Space');
    await focusTo('#submit');
    const downloaded = page.waitForEvent('download');
    await page.keyboard.press('Enter');
    const response = JSON.parse(readFileSync(await (await downloaded).path(), 'utf8'));
    expect(response.answers).toEqual({ contact: ['email'], ease: 3, resolved: 'yes' });
    const validate = makeAjv().compile(schemas.get('english_conditions')!);
    expect(validate(response)).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('done');
    await context.close();
  }, 60_000);
});

describe('the error summary', () => {
  it('lists each problem of the page as a link that moves focus to its field, and empties as they are fixed', async () => {
    const { page, problems } = await open('english_conditions');
    await page.click('#submit').catch(() => page.click('#next'));
    const links = page.locator('#error-links a');
    await links.first().waitFor();
    const texts = await links.allTextContents();
    expect(texts.length).toBeGreaterThan(0);
    expect(texts.every((t) => t.includes(': '))).toBe(true);
    // Several problems: focus is on the summary, whose name says how many.
    expect(texts.length).toBeGreaterThan(1);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('error-summary');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-labelledby'))).toBe('error-summary-title');
    const href = await links.first().getAttribute('href');
    await page.focus('h1').catch(() => undefined);
    await links.first().click();
    expect(await page.evaluate(() => `#${document.activeElement?.id}`)).toBe(href);
    expect(await axeViolations(page)).toEqual([]);
    // Answer every required question on the page: the summary empties and hides.
    await page.check('input[name="contact"][value="phone"]');
    await page.check('input[name="ease"][value="5"]');
    // One problem left: a new attempt moves focus straight to its field, not to the summary.
    await page.click('#submit').catch(() => page.click('#next'));
    await page.waitForFunction(() => document.querySelectorAll('#error-links a').length === 1);
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name)).toBe('resolved');
    await page.check('input[name="resolved"][value="yes"]');
    await page.locator('#error-links').waitFor({ state: 'hidden' });
    expect(await links.count()).toBe(0);
    expect(problems()).toEqual([]);
  }, 60_000);
});

describe('a download the browser may have blocked', () => {
  it('keeps the saved answers, shows them to copy, and clears them only when asked', async () => {
    // acceptDownloads: false is a browser that drops the file, as in-app browsers do.
    const context = await site.browser.newContext({ acceptDownloads: false });
    const page = await context.newPage();
    const problems = await watch(page);
    await page.goto(`${site.origin}/english_conditions.html`);
    await page.check('input[name="contact"][value="email"]');
    await page.check('input[name="ease"][value="2"]');
    await page.check('input[name="resolved"][value="no"]');
    await page.click('#submit');
    await page.locator('#keep').waitFor();
    const key = await page.evaluate(() => Object.keys(localStorage).find((k) => k.startsWith('survey:english_conditions')));
    expect(key).toBeDefined();
    const shown = JSON.parse(await page.locator('#response-text').inputValue());
    expect(shown.answers).toEqual({ contact: ['email'], ease: 2, resolved: 'no' });
    expect(await page.evaluate((k) => localStorage.getItem(k!), key)).toContain('"ease":2');
    expect(await axeViolations(page)).toEqual([]);

    // A reload brings the answers back: nothing was lost.
    await page.reload();
    expect(await page.locator('input[name="ease"][value="2"]').isChecked()).toBe(true);
    await page.click('#submit');
    await page.locator('#keep').waitFor();
    await page.click('#forget');
    await page.locator('#status:has-text("cleared")').waitFor();
    expect(await page.evaluate((k) => localStorage.getItem(k!), key)).toBeNull();
    expect(problems()).toEqual([]);
    await context.close();
  }, 60_000);
});

describe('the accessibility harness itself', () => {
  it('axe reports an unlabelled control when one is added', async () => {
    const { page } = await open('english_conditions');
    await page.evaluate(() => document.querySelector('form')!.append(document.createElement('input')));
    expect((await axeViolations(page)).join()).toMatch(/label/);
  }, 30_000);
});
