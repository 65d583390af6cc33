// The error summary's box above the questions: shown with a count while the page has
// problems (the links inside are written by the form), hidden once they are fixed.
import type { Texts } from './i18n.ts';

export function showSummary(count: number, texts: Texts): void {
  const box = document.getElementById('error-summary');
  const title = document.getElementById('error-summary-title');
  if (title) title.textContent = count ? texts.ui('pageErrors', { n: count }) : '';
  if (box) box.hidden = count === 0;
}
