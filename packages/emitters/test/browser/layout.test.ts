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
    // Every question has its shell (runtime/shells.ts): none is left as the page carried it.
    expect(await page.evaluate(() => document.querySelectorAll('div[id^="q-"]:not(.question)').length)).toBe(0);
    expect(await page.locator('.question').count()).toBe(
      fixtureCases().find((c) => c.name.endsWith('all-kinds.survey'))!.result.survey!.questions.length,
    );
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

describe('scale points, filled page by page', () => {
  it('are on the page shown when the form starts, and on every other page in the tasks right after', async () => {
    const page = await (await site.browser.newContext()).newPage();
    // Runs before the page's own script; its DOMContentLoaded listener sees the form as the runtime left it.
    await page.addInitScript(() =>
      document.addEventListener('DOMContentLoaded', () => {
        const boxes = (root: ParentNode) => Array.from(root.querySelectorAll('.scale[data-scale]'));
        const shown = document.querySelector('.page:not([hidden])');
        (window as unknown as { atStart: unknown }).atStart = {
          shown: boxes(shown ?? document).length,
          shownEmpty: boxes(shown ?? document).filter((b) => !b.childElementCount).length,
          elsewhereEmpty: boxes(document).filter((b) => !b.childElementCount).length,
        };
      }),
    );
    // english_conditions asks a rating on its first page.
    await page.goto(`${site.origin}/english_conditions.html`);
    const atStart = (await page.evaluate(() => (window as unknown as { atStart: unknown }).atStart)) as Record<string, number>;
    expect(atStart.shown).toBeGreaterThan(0);
    expect(atStart.shownEmpty).toBe(0);
    // all_kinds has its scales on later pages only.
    await page.goto(`${site.origin}/all_kinds.html`);
    await page.waitForFunction(() => Array.from(document.querySelectorAll('.scale[data-scale]')).every((b) => b.childElementCount > 0));
    // Each point once, with the question's name and a label pointing at it.
    const names = await page.evaluate(() =>
      Array.from(document.querySelectorAll<HTMLInputElement>('.scale input')).map((i) => [
        i.name,
        document.querySelector(`label[for="${i.id}"]`) !== null,
      ]),
    );
    expect(names.length).toBeGreaterThan(0);
    expect(names.every(([n, labelled]) => n && labelled)).toBe(true);
    expect(new Set(names.map(([n], i) => `${n}#${i}`)).size).toBe(names.length);
    await page.context().close();
  }, 60_000);
});
