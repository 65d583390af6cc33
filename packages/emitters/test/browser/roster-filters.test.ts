// Choice filters, carry-forward and skips inside a repeat group, in Chromium, on the
// bilingual fixture test/roster/filters.survey: each member's option filter (`fr … when
// age >= 18`), carried options (`from langs selected`) and skip (`when age < 18`) read
// that member's own answers, never another member's or a missing name; the response
// validates against the schema.
import { describe, expect, it, beforeAll, afterAll } from 'vitest';
import { join } from 'node:path';
import type { Server } from 'node:http';
import type { Browser } from 'playwright-core';
import { compileFile } from '@survey/compiler';
import { build } from '../../src/index.ts';
import { makeAjv } from '../support/ajv.ts';
import { cspViolations, launch, serve, watch, type Collector } from './harness.ts';

let browser: Browser;
let server: Server;
let origin = '';
let collector: Collector;
let schema: object;

beforeAll(async () => {
  const pages = new Map<string, string>();
  browser = await launch();
  const served = await serve(pages);
  server = served.server;
  origin = served.origin;
  collector = served.collector;
  const result = compileFile(join(import.meta.dirname, '../roster/filters.survey'));
  for (const f of build(result, { submitUrl: `${origin}/collect` })) {
    if (f.fileName.endsWith('.html')) pages.set('form.html', f.contents);
    if (f.fileName.endsWith('.schema.json')) schema = JSON.parse(f.contents);
  }
}, 60_000);
afterAll(async () => {
  await browser?.close();
  server?.close();
});

describe('filters inside repeat groups', () => {
  it('read the answers of their own instance', async () => {
    const page = await (await browser.newContext()).newPage();
    const problems = await watch(page);
    await page.goto(`${origin}/form.html`);
    const offered = async (name: string) => {
      const out: string[] = [];
      for (const el of await page.locator(`input[name="${name}"]`).all())
        if (await el.isVisible()) out.push((await el.getAttribute('value')) ?? '');
      return out;
    };
    await page.fill('[name="size"]', '2');
    await page.fill('[name="members__1__age"]', '40');
    await page.fill('[name="members__2__age"]', '9');
    // The adult is offered French, the child is not; only the child is asked about school.
    expect(await offered('members__1__langs')).toEqual(['zh', 'en', 'fr']);
    expect(await offered('members__2__langs')).toEqual(['zh', 'en']);
    expect(await page.locator('#q-members__1__school').isVisible()).toBe(false);
    expect(await page.locator('#q-members__2__school').isVisible()).toBe(true);
    // Carried forward: each member's `main` offers that member's own languages.
    await page.check('input[name="members__1__langs"][value="en"]');
    await page.check('input[name="members__1__langs"][value="fr"]');
    await page.check('input[name="members__2__langs"][value="zh"]');
    expect(await offered('members__1__main')).toEqual(['en', 'fr']);
    expect(await offered('members__2__main')).toEqual(['zh']);
    await page.check('input[name="members__1__main"][value="fr"]');
    await page.check('input[name="members__2__main"][value="zh"]');
    await page.fill('[name="members__2__school"]', '实验小学');
    await page.click('#submit');
    await page.locator('#done-text').waitFor();
    const response = JSON.parse(collector.received.at(-1)!);
    expect(response.answers).toEqual({
      size: 2,
      members: [
        { age: 40, langs: ['en', 'fr'], main: 'fr' },
        { age: 9, langs: ['zh'], main: 'zh', school: '实验小学' },
      ],
    });
    const validate = makeAjv().compile(schema);
    expect(validate(response) ? '' : JSON.stringify(validate.errors)).toBe('');
    expect(await cspViolations(page)).toEqual([]);
    expect(problems()).toEqual([]);
  }, 60_000);
});
