// Question shells built by the runtime (runtime/shells.ts) in every example and fixture: once
// every page is built (as before printing), each question of the page data has its element,
// number, title, required mark and error slot; every control is labelled, every fieldset
// opens with its legend and every id an attribute points at exists. Restoring saved answers
// builds every page first; without JavaScript the questions' texts show under the noscript message.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { allCases } from '../support/load.ts';
import { buildPages, useSite, watch } from './harness.ts';

const cases = allCases();
const { pages } = buildPages(cases);
const site = useSite(pages);

/** What is wrong with the built page (nothing, when every shell is right). */
function builtProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const data = JSON.parse(document.getElementById('survey-data')!.textContent!) as {
      questions: Array<{ id: string; required?: boolean; number?: number; kind: string }>;
    };
    const left = document.querySelectorAll('div[id^="q-"]:not([data-q])').length;
    if (left) out.push(`${left} questions without their shell`);
    let previous = 0;
    for (const q of data.questions) {
      const number = q.number ?? previous + 1;
      previous = number;
      const box = document.getElementById(`q-${q.id}`);
      if (!box?.classList.contains('question') || box.dataset.q !== q.id) {
        out.push(`q-${q.id}: no question element`);
        continue;
      }
      const title = box.querySelector('.qtitle');
      const input = q.kind === 'text' || q.kind === 'number' || q.kind === 'date';
      if (!title || title.tagName !== (input ? 'LABEL' : 'LEGEND')) out.push(`q-${q.id}: title`);
      if (title?.querySelector('.qnum')?.textContent !== `${number}.`) out.push(`q-${q.id}: number`);
      if (!title?.querySelector(`[data-t="q.${q.id}"]`)) out.push(`q-${q.id}: title text`);
      if (!!title?.querySelector('.req [data-ui="requiredMark"]') !== (q.required ?? true)) out.push(`q-${q.id}: required mark`);
      if (document.getElementById(`err-${q.id}`)?.closest('.question') !== box) out.push(`q-${q.id}: error slot`);
    }
    const ids = Array.from(document.querySelectorAll('[id]')).map((e) => e.id);
    if (new Set(ids).size !== ids.length) out.push('duplicate ids');
    for (const el of Array.from(document.querySelectorAll('[aria-describedby], [aria-labelledby], label[for]'))) {
      const refs = [el.getAttribute('aria-describedby'), el.getAttribute('aria-labelledby'), el.getAttribute('for')].join(' ');
      for (const id of refs.split(/\s+/).filter((x) => x && x !== 'null'))
        if (!document.getElementById(id)) out.push(`${el.tagName} points at missing #${id}`);
    }
    for (const c of Array.from(
      document.querySelectorAll<HTMLInputElement>('#survey-form input:not([type="hidden"]), #survey-form select, #survey-form textarea'),
    ))
      if (!c.labels?.length && !c.hasAttribute('aria-labelledby') && !c.hasAttribute('aria-label')) out.push(`#${c.id} has no label`);
    for (const f of Array.from(document.querySelectorAll('fieldset')))
      if (f.firstElementChild?.tagName !== 'LEGEND') out.push(`fieldset ${f.id || f.className} without its legend`);
    return out;
  });
}

describe.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
  const url = () => `${site.origin}/${c.result.survey!.id}.html`;

  it('builds every question shell before printing, each labelled, numbered and with its error slot', async () => {
    const page = await site.browser.newPage();
    const problems = await watch(page);
    await page.goto(url());
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    expect(await builtProblems(page)).toEqual([]);
    expect(problems()).toEqual([]);
    await page.close();
  }, 60_000);

  it('builds every page before restoring saved answers', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    const problems = await watch(page);
    await page.goto(url());
    // The form saves its state as it starts; the reload restores it.
    await page.reload();
    expect(await page.locator('#status').textContent()).not.toBe(''); // restored
    expect(await page.evaluate(() => document.querySelectorAll('div[id^="q-"]:not([data-q])').length)).toBe(0);
    expect(await builtProblems(page)).toEqual([]);
    expect(problems()).toEqual([]);
    await context.close();
  }, 60_000);

  it('without JavaScript shows the noscript message and every question text', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(url());
    expect(await page.locator('noscript').count()).toBe(1);
    const shown = await page.evaluate(() =>
      Array.from(document.querySelectorAll<HTMLElement>('.page:not([hidden]) [data-t^="q."]')).map(
        (t) => t.getClientRects().length > 0 && (t.textContent ?? '').trim() !== '',
      ),
    );
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.every(Boolean)).toBe(true);
    await context.close();
  }, 60_000);
});
