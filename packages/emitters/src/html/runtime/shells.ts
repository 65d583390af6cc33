// Builds each question's shell from the page data: the emitter writes a question as
// `<div id="q-<id>">` holding its title (`<span data-t="q.<id>">`), its help and its answer
// controls, and the runtime wraps them as the question always was drawn:
//
//   div.question#q-<id>[data-q=<id>]
//     fieldset[aria-describedby="help-<id> err-<id>"]       (text, number, date: no fieldset)
//       legend.qtitle                                          (text, number, date: label.qtitle[for=f-<id>])
//         span.qnum "<n>." " " span[data-t=q.<id>] span.req > span[data-ui=requiredMark]
//       p.help … the controls … p.error#err-<id>
//
// A rating or NPS question on a scale written as a template gets its empty scale box
// (`.scale[data-scale][data-name]`, filled by scales.ts), a yes/no its list box, a shared
// list's box its `data-name`, and a matrix row written as `<legend data-t="row.<row>">` its
// fieldset, scale box and error slot. Every text already is in the markup (read by i18n.ts
// from its `data-t`); the runtime adds elements, ids and attributes only, never markup.
// Like the scales and lists, the form builds the page it shows first and the others in tasks
// right after, and every page before printing, restoring saved answers or submitting.
import type { RuntimeQuestion } from './data.ts';

const INPUT_KINDS = new Set(['text', 'number', 'date']);

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (className) e.className = className;
  return e;
}

function errorSlot(name: string): HTMLParagraphElement {
  const p = el('p', 'error');
  p.id = `err-${name}`;
  return p;
}

function scaleBox(scale: string, name: string): HTMLDivElement {
  const box = el('div', 'scale');
  box.dataset.scale = scale;
  box.dataset.name = name;
  return box;
}

/** Whether the question's element still waits for its shell. */
const bare = (box: Element) => !box.hasAttribute('data-q');

export interface ShellContext {
  question: (id: string) => RuntimeQuestion | undefined;
  /** The required mark's interface text in the current language. */
  requiredMark: () => string;
}

/** Builds one question's shell; false when it has one already (or is no question of the data). */
function buildShell(box: HTMLElement, c: ShellContext): boolean {
  if (!bare(box)) return false;
  const q = c.question(box.id.slice(2));
  if (!q) return false;
  box.className = 'question';
  box.dataset.q = q.id;
  const parts = Array.from(box.childNodes);
  const title = parts.shift()!; // span[data-t=q.<id>]
  const help = document.getElementById(`help-${q.id}`);
  const unit = document.getElementById(`unit-${q.id}`);
  const head = el(INPUT_KINDS.has(q.kind) ? 'label' : 'legend', 'qtitle');
  const num = el('span', 'qnum');
  num.textContent = `${q.number}.`;
  head.append(num, ' ', title);
  if (q.required) {
    const req = el('span', 'req');
    const mark = el('span');
    mark.dataset.ui = 'requiredMark';
    mark.textContent = c.requiredMark();
    req.append(mark);
    head.append(req);
  }
  if (q.kind === 'yesno') {
    const list = el('div', 'choices');
    list.dataset.list = 'list-yesno';
    parts.push(list);
  } else if ((q.kind === 'rating' || q.kind === 'nps') && q.scale && document.getElementById(`scale-${q.scale}`)) {
    parts.push(scaleBox(q.scale, q.id));
  }
  for (const p of parts) {
    if (!(p instanceof HTMLElement)) continue;
    if (p.dataset.list !== undefined && p.dataset.name === undefined) p.dataset.name = q.id;
    if (p.classList.contains('rows')) buildRows(p, q);
  }
  if (INPUT_KINDS.has(q.kind)) {
    (head as HTMLLabelElement).htmlFor = `f-${q.id}`;
    box.replaceChildren(head, ...parts, errorSlot(q.id));
    return true;
  }
  const set = el('fieldset');
  set.setAttribute('aria-describedby', [help ? help.id : '', unit ? unit.id : '', `err-${q.id}`].filter(Boolean).join(' '));
  set.append(head, ...parts, errorSlot(q.id));
  box.replaceChildren(set);
  return true;
}

/** A matrix's rows written as their legends become `fieldset.row` with their scale box and error slot. */
function buildRows(rows: HTMLElement, q: RuntimeQuestion): void {
  for (const legend of Array.from(rows.children)) {
    if (!(legend instanceof HTMLLegendElement)) continue;
    const row = (legend.dataset.t ?? '').slice(4); // row.<row>
    const set = el('fieldset', 'row');
    set.dataset.row = row;
    set.setAttribute('aria-describedby', `err-${row}`);
    legend.replaceWith(set);
    set.append(legend, scaleBox(q.scale ?? '', row), errorSlot(row));
  }
}

/** Builds the shells of the questions under `root`; returns how many were built. */
export function buildShells(root: Document | Element, c: ShellContext): number {
  let built = 0;
  for (const box of Array.from(root.querySelectorAll<HTMLElement>('div[id^="q-"]:not([data-q])'))) if (buildShell(box, c)) built++;
  return built;
}

/** The question element around `inner`, built first if it waits for its shell. */
export function shellAround(inner: Element, c: ShellContext): HTMLElement | null {
  const box = inner.closest<HTMLElement>('[data-q], div[id^="q-"]');
  if (box) buildShell(box, c);
  return box;
}
