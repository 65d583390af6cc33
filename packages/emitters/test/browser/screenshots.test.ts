// Every example and fixture photographed at a phone's 375 px and a desktop's 1280 px, every
// page shown at once, written to out/screenshots/ (ignored by git) for people to look at;
// each must fit its width: no sideways scrolling, no question or control wider than the page.
import { mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allCases, repoDir } from '../support/load.ts';
import { buildPages, useSite, watch } from './harness.ts';

const cases = allCases();
const { pages } = buildPages(cases);
const site = useSite(pages);
const outDir = join(repoDir, 'out/screenshots');

describe.each(cases.map((c) => [c.name, c.result.survey!.id] as const))('%s', (_name, id) => {
  it.each([375, 1280])(
    'fits %i px wide, photographed',
    async (width) => {
      mkdirSync(outDir, { recursive: true });
      const context = await site.browser.newContext({ viewport: { width, height: 900 }, deviceScaleFactor: 1 });
      const page = await context.newPage();
      const problems = await watch(page);
      await page.goto(`${site.origin}/${id}.html`);
      // Every page and question at once, as a reviewer reads the questionnaire.
      await page.evaluate(() => document.querySelectorAll<HTMLElement>('.page, .question').forEach((p) => (p.hidden = false)));
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      const overflowing = await page.evaluate((w) => {
        const out: string[] = [];
        for (const el of Array.from(document.querySelectorAll<HTMLElement>('.question, input, select, textarea, label, button, .slider'))) {
          const r = el.getBoundingClientRect();
          if (r.width > 0 && (r.right > w + 0.5 || r.left < -0.5))
            out.push(`${el.tagName.toLowerCase()}#${el.id || el.closest('[id]')?.id}`);
        }
        return out;
      }, width);
      expect(overflowing).toEqual([]);
      const file = join(outDir, `${id}-${width}.png`);
      await page.screenshot({ path: file, fullPage: true });
      expect(statSync(file).size).toBeGreaterThan(1000);
      expect(problems()).toEqual([]);
      await context.close();
    },
    60_000,
  );
});

describe('dark mode and right to left, photographed', () => {
  it.each([
    ['arabic_clinic', 'dark'],
    ['all_kinds', 'dark'],
  ] as const)(
    '%s in %s mode at 375 px',
    async (id, scheme) => {
      const context = await site.browser.newContext({ viewport: { width: 375, height: 900 }, colorScheme: scheme });
      const page = await context.newPage();
      await page.goto(`${site.origin}/${id}.html`);
      await page.evaluate(() => document.querySelectorAll<HTMLElement>('.page, .question').forEach((p) => (p.hidden = false)));
      await page.click('#next');
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
      await page.screenshot({ path: join(outDir, `${id}-375-${scheme}.png`), fullPage: true });
      await context.close();
    },
    60_000,
  );
});
