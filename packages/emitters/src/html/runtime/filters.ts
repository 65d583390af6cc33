// Choice filters and carry-forward in the page: an option whose condition does not hold
// is hidden and taken out of the answer (its box unticked, its rank and specify text
// emptied), so a hidden option is never submitted.
import type { RuntimeQuestion } from './data.ts';
import { truth, type Env } from './evaluate.ts';

/** Shows the options offered now and hides (and clears) the others; returns how many are offered. */
export function applyFilters(q: RuntimeQuestion, env: Env): number {
  const total = q.codes?.length ?? 0;
  const box = document.getElementById(`q-${q.id}`);
  if (!q.filters || !box) return total;
  const off = new Set(q.filters.filter((f) => !truth(f.when, env)).map((f) => String(f.code)));
  box.querySelectorAll<HTMLElement>('.choice[data-code], .rank-item[data-code]').forEach((el) => {
    const hide = off.has(el.dataset.code ?? '');
    el.hidden = hide;
    if (!hide) return;
    el.querySelectorAll<HTMLInputElement | HTMLSelectElement>('input, select').forEach((c) => {
      if (c instanceof HTMLInputElement && (c.type === 'radio' || c.type === 'checkbox')) c.checked = false;
      else c.value = '';
    });
  });
  return total - off.size;
}
