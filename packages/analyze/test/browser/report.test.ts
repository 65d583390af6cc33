// The HTML report in headless Chromium (the emitters' harness: Debian's chromium,
// playwright-core, axe-core): axe-clean, no CSP violation or console error, charts
// visible as images, hostile strings inert, and the CSP blocks an injected script.
// Screenshots go to $TMPDIR/survey-report-shots/ for people to look at.
import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { axeViolations, cspViolations, useSite, watch } from './harness.ts';
import { renderHtml } from '../../src/report/html/page.ts';
import { enView, HOSTILE, hostileView, zhView } from '../report/views.ts';

const shots = join(tmpdir(), 'survey-report-shots');
mkdirSync(shots, { recursive: true });

const pages = new Map([
  ['zh.html', renderHtml(zhView())],
  ['en.html', renderHtml(enView())],
  ['hostile.html', renderHtml(hostileView())],
]);
const site = useSite(pages);

describe('HTML report in Chromium', () => {
  for (const name of ['zh', 'en']) {
    it(`${name}: axe-clean, no CSP violation, charts shown as images`, async () => {
      const page = await site.browser.newPage({ viewport: { width: 1000, height: 900 } });
      const problems = await watch(page);
      await page.goto(`${site.origin}/${name}.html`);
      expect(await axeViolations(page)).toEqual([]);
      expect(await cspViolations(page)).toEqual([]);
      expect(problems()).toEqual([]);
      const charts = await page.evaluate(() =>
        Array.from(document.querySelectorAll('figure svg[role="img"]')).map((s) => {
          const r = s.getBoundingClientRect();
          return { name: s.getAttribute('aria-label') ?? '', width: r.width, height: r.height };
        }),
      );
      expect(charts.length).toBeGreaterThan(4);
      for (const c of charts) {
        expect(c.name.length).toBeGreaterThan(10);
        expect(c.width).toBeGreaterThan(300);
        expect(c.height).toBeGreaterThan(80);
      }
      // Styles applied from the hashed sheet (a blocked sheet would leave tables unstyled).
      expect(await page.evaluate(() => getComputedStyle(document.querySelector('td.num')!).textAlign)).toBe('right');
      await page.screenshot({ path: join(shots, `${name}.png`), fullPage: true });
      await page.close();
    }, 60_000);
  }

  it('hostile strings render as their exact text, with no element, dialog or CSP violation from them', async () => {
    const page = await site.browser.newPage();
    const problems = await watch(page);
    await page.goto(`${site.origin}/hostile.html`);
    const v = hostileView();
    expect(await page.locator('h1').textContent()).toBe(v.title);
    expect(await page.title()).toContain(v.title);
    const notes = await page.locator('.notes li').allTextContents();
    expect(notes.slice(0, HOSTILE.length)).toEqual(HOSTILE);
    expect(await page.locator('.warnings li').allTextContents()).toEqual(HOSTILE);
    // Respondents' own words, shown under "open answers", as typed and inert.
    expect(await page.locator('#open-answers ~ ul.answers li').allTextContents()).toEqual(HOSTILE);
    const rows = await page.locator('#responses ~ div table').first().locator('tbody th').allTextContents();
    expect(rows.length).toBe(4);
    const exclusions = await page.locator('table', { hasText: v.exclusions[0].rule }).first().locator('tbody th').allTextContents();
    expect(exclusions).toEqual(HOSTILE);
    const foreign = await page.evaluate(
      () =>
        document.querySelectorAll(
          'body script, body img, body iframe, body style, body object, body embed, body b, body u, [onerror], [onload]',
        ).length,
    );
    expect(foreign).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.evaluate(() => getComputedStyle(document.body).display)).toBe('block');
    expect(problems()).toEqual([]);
    expect(await cspViolations(page)).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: join(shots, 'hostile.png'), fullPage: true });
    await page.close();
  }, 60_000);

  it('the Content-Security-Policy blocks an injected inline script and style', async () => {
    const page = await site.browser.newPage();
    await watch(page);
    await page.goto(`${site.origin}/zh.html`);
    await page.evaluate(() => {
      const s = document.createElement('script');
      s.textContent = 'window.__pwned = true';
      document.body.append(s);
      const st = document.createElement('style');
      st.textContent = 'body { display: none }';
      document.head.append(st);
    });
    expect(await page.evaluate(() => (window as unknown as { __pwned?: boolean }).__pwned)).toBeUndefined();
    expect(await page.evaluate(() => getComputedStyle(document.body).display)).toBe('block');
    const violations = (await cspViolations(page)).join();
    expect(violations).toMatch(/script-src/);
    expect(violations).toMatch(/style-src/);
    await page.close();
  }, 30_000);
});
