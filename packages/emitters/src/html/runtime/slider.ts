// Sliders (long numeric scales): unanswered until the respondent moves, clicks or keys
// them (`data-unset`); the output beside shows the value; choosing a missing code ("don't
// know") in the same group unsets the slider, and moving the slider clears that choice.
// Listeners run in the capture phase, before the form reads its answers.

const isRange = (t: EventTarget | null): t is HTMLInputElement => t instanceof HTMLInputElement && t.type === 'range';

function show(input: HTMLInputElement): void {
  const out = document.getElementById(`${input.id}-out`);
  if (!out) return;
  if ('unset' in input.dataset) {
    out.dataset.ui = 'sliderUnset';
    return;
  }
  delete out.dataset.ui;
  out.textContent = input.value;
}

/** Marks a slider answered (or not) and updates its output; the caller fills in the unset text. */
export function setSlider(input: HTMLInputElement, value: string | undefined): void {
  if (value === undefined || !Number.isFinite(Number(value)) || value === '') input.dataset.unset = '';
  else {
    input.value = value;
    // A value the slider cannot take (a missing code) leaves it unset.
    if (input.value === value) delete input.dataset.unset;
    else input.dataset.unset = '';
  }
  show(input);
}

/** The slider's answer, or undefined while it is unset. */
export function sliderValue(input: HTMLElement | undefined): string | undefined {
  return isRange(input ?? null) && !('unset' in input!.dataset) ? (input as HTMLInputElement).value : undefined;
}

export function initSliders(root: Document, unsetText: () => string): void {
  const touch = (e: Event) => {
    const t = e.target;
    if (isRange(t)) {
      const wasUnset = 'unset' in t.dataset;
      delete t.dataset.unset;
      for (const r of Array.from(root.querySelectorAll<HTMLInputElement>(`input[type="radio"][name="${CSS.escape(t.name)}"]`)))
        r.checked = false;
      show(t);
      // Clicking the thumb where it already stands answers too: tell the form.
      if (wasUnset && e.type !== 'input') t.dispatchEvent(new Event('input', { bubbles: true }));
      return;
    }
    if (t instanceof HTMLInputElement && t.type === 'radio' && t.checked) {
      const s = root.querySelector<HTMLInputElement>(`input[type="range"][name="${CSS.escape(t.name)}"]`);
      if (s) {
        s.dataset.unset = '';
        show(s);
        const out = root.getElementById(`${s.id}-out`);
        if (out) out.textContent = unsetText();
      }
    }
  };
  for (const type of ['input', 'change', 'pointerup', 'keyup']) root.addEventListener(type, touch, true);
}
