// Counts and sums over a repeat group's instances in Chromium (test/roster/counts.survey):
// `count(members where age < 18)`, `count(members.income)` and `sum(members.income)` follow
// the answers of each member — piped, in a condition and in a check — only members that
// exist count, and the submitted response carries the calculated values the schema accepts.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { makeAjv } from '../support/ajv.ts';
import { watch, useFormSite } from './harness.ts';

const site = useFormSite(join(import.meta.dirname, '../roster/counts.survey'));

describe('counts over repeat groups in the form', () => {
  it('count the members that meet a condition or answered, and sum by path, as answers change', async () => {
    const page = await (await site.browser.newContext()).newPage();
    const problems = await watch(page);
    await page.goto(`${site.origin}/form.html`);
    const pipe = (name: string) => page.locator(`#q-note .pipe[data-pipe="${name}"]`).first().textContent();

    await page.fill('[name="size"]', '3');
    await page.fill('[name="members__1__age"]', '6');
    await page.fill('[name="members__2__age"]', '9');
    await page.fill('[name="members__3__age"]', '12');
    await page.fill('[name="members__1__income"]', '100');
    // Every member a child: the check holds the page.
    await page.click('#next');
    expect(await page.locator('#err-members__1__age').textContent()).toBe('家里至少要有一位成年人。');

    await page.fill('[name="members__3__age"]', '41');
    await page.fill('[name="members__3__income"]', '5000');
    await page.click('#next');
    expect(await page.locator('#q-note').isVisible()).toBe(true);
    expect([await pipe('children'), await pipe('earners'), await pipe('total')]).toEqual(['2', '2', '5100']);
    expect(await page.locator('#q-care').isVisible()).toBe(true);

    // A member taken away no longer counts: two members, both children, and the check holds the page again.
    await page.click('#prev');
    await page.fill('[name="size"]', '2');
    await page.click('#next');
    expect(await page.locator('#err-members__1__age').textContent()).toBe('家里至少要有一位成年人。');
    await page.fill('[name="members__2__age"]', '35');
    await page.click('#next');
    expect([await pipe('children'), await pipe('earners'), await pipe('total')]).toEqual(['1', '1', '100']);
    expect(await page.locator('#q-care').isVisible()).toBe(false);

    await page.selectOption('#lang', 'en');
    expect(await page.locator('#q-note .qtitle').textContent()).toContain('1 children, 1 gave an income, 100 yuan together');

    await page.click('#submit');
    await page.locator('#done-text').waitFor();
    const response = JSON.parse(site.collector.received.at(-1)!);
    expect(response.answers.members).toEqual([{ age: 6, income: 100 }, { age: 35 }]);
    expect(response.calculated).toEqual({ children: 1, earners: 1, total: 100 });
    expect(makeAjv().compile(site.schema)(response)).toBe(true);
    expect(problems()).toEqual([]);
  });
});
