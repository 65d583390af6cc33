// Repeat groups (rosters) in Chromium, on the bilingual household fixture
// (test/roster/household.survey): member instances follow the household size as it is
// typed, a nested loop follows each member's jobs with the job's label piped, a loop over
// chosen brands shows each brand's label, fixed visits are always there; skip logic and
// validation work inside an instance; the submitted response holds arrays of instances
// and validates against the response schema; every instance is a labelled group (axe),
// and the strict CSP holds.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { makeAjv } from '../support/ajv.ts';
import { axeViolations, cspViolations, watch, useFormSite } from './harness.ts';

const site = useFormSite(join(import.meta.dirname, '../roster/household.survey'));

describe('repeat groups in the form', () => {
  it('follow the answers live, validate inside instances, and submit arrays of instances the schema accepts', async () => {
    const page = await (await site.browser.newContext()).newPage();
    const problems = await watch(page);
    await page.goto(`${site.origin}/form.html`);
    const shown = (key: string) => page.locator(`#inst-${key}`).isVisible();

    expect(await shown('members__1')).toBe(false);
    await page.fill('[name="size"]', '2');
    expect([await shown('members__1'), await shown('members__2'), await shown('members__3')]).toEqual([true, true, false]);
    expect(await page.locator('#inst-members__2 > legend').textContent()).toBe('家庭成员 2');

    await page.fill('[name="members__1__name"]', '王芳');
    expect(await page.locator('#q-members__1__age .pipe').first().textContent()).toBe('王芳');
    await page.fill('[name="members__1__age"]', '70');
    await page.check('input[name="members__1__jobs"][value="employed"]');
    await page.check('input[name="members__1__jobs"][value="own"]');
    expect([
      await shown('members__1__job_loop__1'),
      await shown('members__1__job_loop__2'),
      await shown('members__1__job_loop__3'),
    ]).toEqual([true, true, false]);
    expect(await page.locator('#q-members__1__job_loop__2__hours .qtitle').textContent()).toContain('自营');
    await page.fill('[name="members__1__job_loop__1__hours"]', '40');
    await page.fill('[name="members__1__job_loop__2__hours"]', '10');
    await page.fill('[name="members__2__name"]', 'Li Lei');
    await page.fill('[name="members__2__age"]', '9');
    expect(await page.locator('#q-members__2__jobs').isVisible()).toBe(false);

    // A count that goes down takes the instance away; back up, it returns with its answers.
    await page.fill('[name="size"]', '1');
    expect(await shown('members__2')).toBe(false);
    await page.fill('[name="size"]', '2');
    expect(await shown('members__2')).toBe(true);

    // Validation inside an instance: a member's required age, then the page moves on.
    await page.fill('[name="members__2__age"]', '');
    await page.click('#next');
    expect(await page.locator('#err-members__2__age').textContent()).not.toBe('');
    await page.fill('[name="members__2__age"]', '9');
    expect(await axeViolations(page)).toEqual([]);
    await page.click('#next');

    await page.check('input[name="brands"][value="a"]');
    await page.check('input[name="brands"][value="c"]');
    expect([await shown('brand_loop__1'), await shown('brand_loop__2'), await shown('brand_loop__3')]).toEqual([true, false, true]);
    expect(await page.locator('#inst-brand_loop__3 > legend').textContent()).toBe('品牌评价:品牌 C');
    await page.check('input[name="brand_loop__1__liking"][value="5"]');
    await page.check('input[name="brand_loop__3__liking"][value="1"]');
    expect(await page.locator('#q-brand_loop__1__why').isVisible()).toBe(false);
    expect(await page.locator('#q-brand_loop__3__why').isVisible()).toBe(true);
    await page.fill('[name="brand_loop__3__why"]', '太贵了');
    await page.selectOption('#lang', 'en');
    expect(await page.locator('#inst-brand_loop__3 > legend').textContent()).toBe('Brand rating: Brand C');
    expect(await page.locator('#q-brand_loop__3__liking .qtitle').textContent()).toContain('“Brand C”');
    await page.click('#next');

    expect([await shown('visits__1'), await shown('visits__2'), await shown('visits__3')]).toEqual([true, true, true]);
    expect(await page.locator('#q-visits__2__visited .qtitle').textContent()).toContain('visit 2');
    await page.fill('[name="visits__1__visited"]', '2026-01-05');
    await page.click('#next');
    // `when oldest >= 65 and members >= 2`: the oldest member is 70, there are two.
    expect(await page.locator('#q-care').isVisible()).toBe(true);
    await page.fill('[name="care"]', '我自己');

    await page.click('#submit');
    await page.locator('#done-text').waitFor();
    const response = JSON.parse(site.collector.received.at(-1)!);
    expect(response.answers).toEqual({
      size: 2,
      brands: ['a', 'c'],
      care: '我自己',
      members: [
        {
          name: '王芳',
          age: 70,
          jobs: ['employed', 'own'],
          job_loop: [
            { _option: 'employed', hours: 40 },
            { _option: 'own', hours: 10 },
          ],
        },
        { name: 'Li Lei', age: 9, job_loop: [] },
      ],
      brand_loop: [
        { _option: 'a', liking: 5 },
        { _option: 'c', liking: 1, why: '太贵了' },
      ],
      visits: [{ visited: '2026-01-05' }, {}, {}],
    });
    expect(response.calculated).toEqual({ oldest: 70 });
    const validate = makeAjv().compile(site.schema);
    expect(validate(response) ? '' : JSON.stringify(validate.errors)).toBe('');
    expect(await cspViolations(page)).toEqual([]);
    expect(problems()).toEqual([]);
  }, 60_000);
});
