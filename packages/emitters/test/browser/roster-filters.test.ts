// Choice filters, carry-forward and skips inside a repeat group, in Chromium, on the
// bilingual fixture test/roster/filters.survey: each member's option filter (`fr … when
// age >= 18`), carried options (`from langs selected`) and skip (`when age < 18`) read
// that member's own answers, never another member's or a missing name; the response
// validates against the schema; calculated values aggregate the instances (count(members), max(age)).
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { makeAjv } from '../support/ajv.ts';
import { cspViolations, watch, useFormSite } from './harness.ts';

const site = useFormSite(join(import.meta.dirname, '../roster/filters.survey'));

describe('filters inside repeat groups', () => {
  it('read the answers of their own instance', async () => {
    const page = await (await site.browser.newContext()).newPage();
    const problems = await watch(page);
    await page.goto(`${site.origin}/form.html`);
    const offered = async (name: string) => {
      const out: string[] = [];
      for (const el of await page.locator(`input[name="${name}"]`).all())
        if (await el.isVisible()) out.push((await el.getAttribute('value')) ?? '');
      return out;
    };
    await page.fill('[name="size"]', '2');
    // A check over the instances (`max(age) >= 18`) holds the form while nobody is an adult.
    await page.fill('[name="members__1__age"]', '15');
    await page.fill('[name="members__2__age"]', '9');
    for (const m of ['members__1', 'members__2']) {
      await page.check(`input[name="${m}__langs"][value="zh"]`);
      await page.check(`input[name="${m}__main"][value="zh"]`);
    }
    await page.click('#submit');
    expect(await page.locator('#err-members__1__age').textContent()).toBe('家里至少要有一位成年人。');
    expect(site.collector.received).toHaveLength(0);
    await page.fill('[name="members__1__age"]', '40');
    await page.uncheck('input[name="members__1__langs"][value="zh"]');
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
    const response = JSON.parse(site.collector.received.at(-1)!);
    expect(response.answers).toEqual({
      size: 2,
      members: [
        { age: 40, langs: ['en', 'fr'], main: 'fr' },
        { age: 9, langs: ['zh'], main: 'zh', school: '实验小学' },
      ],
    });
    // Calculated values over the instances: count(members) and max(age).
    expect(response.calculated).toEqual({ speakers: 2, eldest: 40 });
    const validate = makeAjv().compile(site.schema);
    expect(validate(response) ? '' : JSON.stringify(validate.errors)).toBe('');
    expect(await cspViolations(page)).toEqual([]);
    expect(problems()).toEqual([]);
  }, 60_000);
});
