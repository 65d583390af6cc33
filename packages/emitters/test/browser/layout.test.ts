// What the form looks like beyond the desktop screen: a 375 px phone keeps every point of
// an 11-point scale on one row without scrolling sideways; printing shows the whole
// questionnaire; the intro announces the time `limit minutes` promises and a glossary
// that follows the language switch.
import { describe, expect, it } from 'vitest';
import { fixtureCases } from '../support/load.ts';
import { axeViolations, buildPages, useSite, watch } from './harness.ts';

const { pages } = buildPages(fixtureCases());
const site = useSite(pages);

describe('a 375 px phone', () => {
  it('shows the 0-10 recommendation scale on one row, with no sideways scrolling', async () => {
    const context = await site.browser.newContext({ viewport: { width: 375, height: 740 }, deviceScaleFactor: 2 });
    const page = await context.newPage();
    await page.goto(`${site.origin}/all_kinds.html`);
    // Show every page, as a respondent reaches them, to measure each scale.
    await page.evaluate(() => document.querySelectorAll<HTMLElement>('.page, .question').forEach((p) => (p.hidden = false)));
    const rows = await page.evaluate(() =>
      Array.from(document.querySelectorAll('.scale')).map((s) => ({
        q: s.closest<HTMLElement>('[data-q]')?.dataset.q,
        tops: new Set(Array.from(s.querySelectorAll<HTMLElement>('.point')).map((p) => Math.round(p.getBoundingClientRect().top))).size,
        points: s.querySelectorAll('.point').length,
      })),
    );
    expect(rows.find((r) => r.q === 'recommend')).toEqual({ q: 'recommend', tops: 1, points: 11 });
    for (const r of rows) expect(r.tops, `scale of ${r.q} wraps`).toBe(1);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await context.close();
  }, 60_000);
});

describe('printing', () => {
  it('shows every page and question and hides the buttons', async () => {
    const page = await (await site.browser.newContext()).newPage();
    await page.goto(`${site.origin}/all_kinds.html`);
    await page.emulateMedia({ media: 'print' });
    const hidden = await page.evaluate(
      () => Array.from(document.querySelectorAll<HTMLElement>('.question')).filter((q) => getComputedStyle(q).display === 'none').length,
    );
    expect(hidden).toBe(0);
    expect(await page.locator('#next').isVisible()).toBe(false);
    expect(await page.locator('dl').isVisible()).toBe(true);
    await page.emulateMedia({ media: 'screen' });
    expect(await page.locator('#next').isVisible()).toBe(true);
  }, 60_000);
});

describe('the intro', () => {
  it('announces the duration and the glossary, in the chosen language, axe-clean', async () => {
    const page = await (await site.browser.newContext()).newPage();
    const problems = await watch(page);
    await page.goto(`${site.origin}/all_kinds.html`);
    expect(await page.locator('.duration').textContent()).toBe('约需 3 分钟。');
    await page.click('.glossary summary');
    expect(await page.locator('.glossary dd').textContent()).toBe('手机应用程序');
    await page.selectOption('#lang', 'en');
    expect(await page.locator('.duration').textContent()).toBe('It takes about 3 minutes.');
    expect(await page.locator('.glossary summary').textContent()).toBe('Terms used in this survey');
    expect(await page.locator('.glossary dd').textContent()).toBe("the shop's mobile application");
    expect(await axeViolations(page)).toEqual([]);
    expect(problems()).toEqual([]);
  }, 60_000);
});
