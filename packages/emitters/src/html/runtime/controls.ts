// Reading answers from the form's controls and writing them back (restoring a saved
// state). Answers use the response's types: codes as declared, numbers as numbers,
// multi-select codes in declaration order, a ranking's codes in rank order.
import type { Code, RuntimeQuestion } from './data.ts';
import type { Value } from './evaluate.ts';
import { setSlider, sliderValue } from './slider.ts';
import { specifyName } from '../../common/names.ts';

export type Answers = Record<string, Value>;

// Controls by name, indexed once per form: `form.elements.namedItem` walks the whole form
// on every call, which made a 5,000-question form take tens of seconds to start.
const indexes = new WeakMap<HTMLFormElement, Map<string, HTMLElement[]>>();

export function controlsOf(form: HTMLFormElement, name: string): HTMLElement[] {
  let index = indexes.get(form);
  if (!index) {
    index = new Map();
    // A selector walk is several times faster than form.elements on a form of 30,000 controls.
    for (const el of Array.from(
      form.querySelectorAll<HTMLElement>('input[name], select[name], textarea[name], button[name], output[name], fieldset[name]'),
    )) {
      const n = (el as HTMLInputElement).name;
      if (!n) continue;
      const list = index.get(n);
      if (list) list.push(el as HTMLElement);
      else index.set(n, [el as HTMLElement]);
    }
    indexes.set(form, index);
  }
  return index.get(name) ?? [];
}

/** Forget the index after controls were added, removed or moved (randomised order). */
export function reindexControls(form: HTMLFormElement): void {
  indexes.delete(form);
}

const asInput = (e: HTMLElement | undefined) => e as HTMLInputElement | undefined;

export const specifyKey = (q: RuntimeQuestion, code: Code) => specifyName(q.id, code);

function typed(q: RuntimeQuestion, raw: string): Code {
  return q.codes?.find((c) => String(c) === raw) ?? raw;
}

/** Ranks chosen in a ranking question, by code (0 = not ranked). */
export function rawRanks(form: HTMLFormElement, q: RuntimeQuestion): Array<{ code: Code; rank: number }> {
  return controlsOf(form, q.id).map((s) => ({ code: typed(q, s.dataset.code ?? ''), rank: Number((s as HTMLSelectElement).value) || 0 }));
}

/** The question's answers; a specify text only with its option chosen, unless `keepAll` (for saving). */
export function readQuestion(form: HTMLFormElement, q: RuntimeQuestion, keepAll = false): Answers {
  const out: Answers = {};
  switch (q.kind) {
    case 'multi': {
      const checked = new Set(
        controlsOf(form, q.id)
          .filter((i) => asInput(i)?.checked)
          .map((i) => asInput(i)!.value),
      );
      const list = (q.codes ?? []).filter((c) => checked.has(String(c)));
      if (list.length) out[q.id] = list;
      break;
    }
    case 'ranking': {
      const ranked = rawRanks(form, q)
        .filter((x) => x.rank > 0)
        .sort((a, b) => a.rank - b.rank);
      if (ranked.length) out[q.id] = ranked.map((x) => x.code);
      break;
    }
    case 'text':
    case 'date': {
      const v = asInput(controlsOf(form, q.id)[0])?.value.trim() ?? '';
      if (v) out[q.id] = v;
      break;
    }
    case 'file':
    case 'geopoint':
    case 'signature': {
      // An object (file, location) or a PNG data URL, kept as JSON by runtime/answer-types.ts.
      const v = readJson(asInput(controlsOf(form, q.id)[0])?.value);
      if (v !== undefined) out[q.id] = v;
      break;
    }
    case 'number': {
      const input = asInput(controlsOf(form, q.id)[0]);
      // A slider always has a value: it is an answer only once the respondent (or a default) set it.
      if (input?.type === 'range' && input.dataset.set === undefined) break;
      const v = input?.value ?? '';
      if (v !== '' && Number.isFinite(Number(v))) out[q.id] = Number(v);
      break;
    }
    default:
      for (const name of q.names) {
        const c = controlsOf(form, name).find((i) => asInput(i)?.checked);
        const slid = c
          ? undefined
          : controlsOf(form, name)
              .map(sliderValue)
              .find((v) => v !== undefined);
        if (c) out[name] = typed(q, asInput(c)!.value);
        else if (slid !== undefined) out[name] = typed(q, slid);
      }
  }
  for (const code of q.specify ?? []) {
    const v = asInput(controlsOf(form, specifyKey(q, code))[0])?.value.trim() ?? '';
    if (v && (keepAll || chosen(q, out, code))) out[specifyKey(q, code)] = v;
  }
  return out;
}

/** True when the specify option `code` is chosen in these answers. */
export function chosen(q: RuntimeQuestion, answers: Answers, code: Code): boolean {
  const v = answers[q.id];
  return Array.isArray(v) ? v.includes(code) : v === code;
}

export function writeQuestion(form: HTMLFormElement, q: RuntimeQuestion, answers: Answers): void {
  for (const name of q.names) {
    const v = answers[name];
    if (q.kind === 'ranking') {
      const order = Array.isArray(v) ? v.map(String) : [];
      for (const s of controlsOf(form, name)) {
        const i = order.indexOf(s.dataset.code ?? '');
        (s as HTMLSelectElement).value = i >= 0 ? String(i + 1) : '';
      }
      continue;
    }
    for (const c of controlsOf(form, name)) {
      const input = c as HTMLInputElement;
      if (input.type === 'range') setSlider(input, v === undefined ? undefined : String(v));
      else if (input.type === 'radio') input.checked = v !== undefined && String(v) === input.value;
      else if (input.type === 'checkbox') input.checked = Array.isArray(v) && v.map(String).includes(input.value);
      else if ('json' in input.dataset) input.value = v === undefined ? '' : JSON.stringify(v);
      else input.value = v === undefined ? '' : String(v);
      if (input.type === 'range') {
        if (v === undefined) delete input.dataset.set;
        else input.dataset.set = '';
      }
    }
  }
  for (const code of q.specify ?? []) {
    const input = asInput(controlsOf(form, specifyKey(q, code))[0]);
    const v = answers[specifyKey(q, code)];
    if (input) input.value = typeof v === 'string' ? v : '';
  }
}

/** True when the browser itself could not read the input (e.g. letters in a number field). */
export function badInput(form: HTMLFormElement, q: RuntimeQuestion): boolean {
  const input = asInput(controlsOf(form, q.id)[0]);
  return !!input && !!input.validity?.badInput;
}

/** The answer a hidden JSON control holds (file, geopoint, signature); typed as a Value, which it is not. */
function readJson(raw: string | undefined): Value | undefined {
  try {
    return raw ? (JSON.parse(raw) as Value) : undefined;
  } catch {
    return undefined;
  }
}
