// Fills a form the way a person does: clicking option labels, typing text, choosing
// ranks from the select boxes, page by page with the Next button.
import type { Page } from 'playwright-core';
import type { Question, Survey } from '@survey/compiler';
import { specifyName } from '../../src/common/names.ts';
import type { Answers } from '../support/respond.ts';

async function clickOption(page: Page, name: string, value: string | number): Promise<void> {
  // A long scale is a slider: its values are set by moving it (missing codes stay radio buttons).
  if (!(await page.locator(`input:not([type="range"])[name="${name}"][value="${value}"]`).count())) {
    await page.locator(`input[type="range"][name="${name}"]`).fill(String(value));
    return;
  }
  const id = await page.locator(`input[name="${name}"][value="${value}"]`).getAttribute('id');
  await page.click(`label[for="${id}"]`);
}

export async function answerQuestion(page: Page, q: Question, a: Answers): Promise<void> {
  switch (q.kind) {
    case 'matrix':
      for (const r of q.rows) if (a[r.id] !== undefined) await clickOption(page, r.id, a[r.id] as number);
      return;
    case 'multi':
      for (const code of (a[q.id] as Array<string | number>) ?? []) await clickOption(page, q.id, code);
      break;
    case 'ranking':
      for (const [i, code] of ((a[q.id] as Array<string | number>) ?? []).entries())
        await page.selectOption(`select[name="${q.id}"][data-code="${code}"]`, String(i + 1));
      break;
    case 'text':
      // A time or date-and-time is picked (its control takes no typed separators); other texts are typed.
      if (a[q.id] !== undefined && (q.format === 'time' || q.format === 'datetime'))
        await page.locator(`[name="${q.id}"]`).fill(String(a[q.id]));
      else if (a[q.id] !== undefined) await page.locator(`[name="${q.id}"]`).pressSequentially(String(a[q.id]));
      return;
    case 'number':
    case 'date':
      if (a[q.id] !== undefined) await page.locator(`[name="${q.id}"]`).fill(String(a[q.id]));
      return;
    default:
      if (a[q.id] !== undefined) await clickOption(page, q.id, a[q.id] as string | number);
  }
  for (const o of q.choices?.options ?? []) {
    const text = a[specifyName(q.id, o.code)];
    if (o.specify && typeof text === 'string') await page.locator(`input[name="${specifyName(q.id, o.code)}"]`).pressSequentially(text);
  }
}

/** Answers every shown question page by page; returns after clicking Submit. */
export async function fillAndSubmit(page: Page, survey: Survey, a: Answers): Promise<void> {
  for (let guard = 0; guard < 200; guard++) {
    const pageId = await page.locator('.page:not([hidden])').getAttribute('id');
    // The questions on this page, in the order shown (a section split by `page`, or shuffled, included).
    const ids = await page.$$eval('.page:not([hidden]) .question', (els) => els.map((e) => (e as HTMLElement).dataset.q ?? ''));
    for (const q of ids.map((id) => survey.questions.find((x) => x.id === id)).filter((x): x is Question => !!x)) {
      if (await page.locator(`#q-${q.id}`).isVisible()) await answerQuestion(page, q, a);
    }
    if (await page.locator('#submit').isVisible()) {
      await page.click('#submit');
      return;
    }
    await page.click('#next');
    // The next page, or the end when a screen-out held.
    await page.waitForFunction(
      (id) => document.getElementById(id!)?.hidden === true || document.getElementById('done')?.hidden === false,
      pageId,
    );
    if (await page.locator('#done').isVisible()) return;
  }
  throw new Error('the form never reached its last page');
}
