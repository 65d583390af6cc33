// Switching language and back. The page data leaves the default language's texts that the
// markup shows to the markup (runtime/i18n.ts reads them before the first switch), and shared
// lists are cloned from templates: every text must come back exactly as the page began,
// also when the form starts in another language (the choice is kept across a reload).
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { fixtureCases } from '../support/load.ts';
import { buildPages, useSite, watch } from './harness.ts';

const { pages } = buildPages(fixtureCases());
const site = useSite(pages);

/** Every survey text on the page as `key=text`, once every page's scale points and shared lists are in place. */
async function texts(page: Page): Promise<string[]> {
  await page.waitForFunction(() =>
    Array.from(document.querySelectorAll('.scale[data-scale], [data-list]')).every((b) => b.childElementCount > 0),
  );
  return page.evaluate(() => Array.from(document.querySelectorAll<HTMLElement>('[data-t]'), (el) => `${el.dataset.t}=${el.textContent}`));
}

describe('the language switch and back (all_kinds: 中文 → English → 中文)', () => {
  it('brings back every text of the default language, also after starting in English', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    const problems = await watch(page);
    await page.goto(`${site.origin}/all_kinds.html`);
    const zh = await texts(page);
    expect(zh).toContain('q.channel=过去 30 天,您最常通过哪种渠道购物?');
    expect(zh).toContain('opt.used.web=网站'); // a shared list's option, cloned from its template
    await page.selectOption('#lang', 'en');
    const en = await texts(page);
    expect(en).toContain('q.channel=In the past 30 days, which channel did you shop through most?');
    expect(en).toContain('opt.used.web=Website');
    await page.selectOption('#lang', 'zh');
    expect(await texts(page)).toEqual(zh);

    await page.selectOption('#lang', 'en');
    await page.reload();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await texts(page)).toEqual(en);
    await page.selectOption('#lang', 'zh');
    expect(await texts(page)).toEqual(zh);
    expect(problems()).toEqual([]);
    await context.close();
  }, 60_000);
});
