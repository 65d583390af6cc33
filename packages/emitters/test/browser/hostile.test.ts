// The hostile-strings fixture renders as inert text: no element, script, dialog or
// CSP violation comes out of survey text, in either language, through piping too;
// and the CSP really blocks a script that is not the form's own.
import { describe, expect, it } from 'vitest';
import { build } from '../../src/index.ts';
import { fixtureCases } from '../support/load.ts';
import { cspViolations, useSite, watch } from './harness.ts';

const c = fixtureCases().find((x) => x.name.endsWith('hostile.survey'))!;
const survey = c.result.survey!;
const pages = new Map(build(c.result, { only: ['html'] }).map((f) => [f.fileName, f.contents]));
const site = useSite(pages);

const q = (id: string) => survey.questions.find((x) => x.id === id)!;

describe('hostile strings', () => {
  it('render as the exact text, with no element, dialog or script coming from them', async () => {
    const page = await site.browser.newPage();
    const problems = await watch(page);
    await page.goto(`${site.origin}/hostile_strings.html`);
    const text = (sel: string) => page.locator(sel).first().textContent();
    expect(await text('h1')).toBe(survey.title!.zh);
    expect(await page.title()).toBe(survey.title!.zh);
    expect(await text('[data-t="survey.intro"]')).toBe(survey.intro!.zh);
    expect(await text('[data-t="survey.confidentiality"]')).toBe(survey.confidentiality!.zh);
    expect(await text('[data-t="q.long"]')).toBe(q('long').text.zh);
    expect((await text('[data-t="q.long"]'))!.length).toBe(10_000);
    const options = q('pick').choices!.options;
    for (const o of options) expect(await text(`[data-t="opt.pick.${o.code}"]`)).toBe(o.label.zh);
    const count = () =>
      page.evaluate(() => document.querySelectorAll('body img, body svg, body iframe, body b, body u, body style, body script').length);
    expect(await count()).toBe(2); // the form's own two scripts, nothing else

    // Piping a hostile label is still text.
    const id = await page.locator('input[name="pick"][value="a"]').getAttribute('id');
    await page.click(`label[for="${id}"]`);
    expect(await text('#q-feel .pipe')).toBe(options[0].label.zh);
    await page.selectOption('#lang', 'en');
    expect(await text('h1')).toBe(survey.title!.en);
    expect(await text('#q-feel .pipe')).toBe(options[0].label.en);
    expect(await text('[data-t="survey.intro"]')).toBe(survey.intro!.en);
    expect(await count()).toBe(2);
    expect(problems()).toEqual([]);
    expect(await cspViolations(page)).toEqual([]);
    await page.close();
  }, 60_000);

  it('the Content-Security-Policy blocks an injected inline script', async () => {
    const page = await site.browser.newPage();
    await watch(page);
    await page.goto(`${site.origin}/hostile_strings.html`);
    await page.evaluate(() => {
      const s = document.createElement('script');
      s.textContent = 'window.__pwned = true';
      document.body.append(s);
    });
    expect(await page.evaluate(() => (window as unknown as { __pwned?: boolean }).__pwned)).toBeUndefined();
    expect((await cspViolations(page)).join()).toMatch(/script-src/);
    await page.close();
  }, 30_000);
});
