// The respondent's work in local storage, saved on every change and removed only once
// the response has been delivered. Storage may be unavailable (private mode, quota):
// the form still works, it just cannot survive a reload.
import type { Answers } from './controls.ts';

export interface Saved {
  v: 1;
  answers: Answers;
  page: number;
  lang: string;
  startedAt: string;
  /** Display order of randomised containers, by container key. */
  order: Record<string, string[]>;
  /** Kept so that a retry after a reload sends the same id and a server can de-duplicate. */
  responseId?: string;
  /** Questions the respondent changed: their defaults no longer apply. */
  touched?: string[];
}

export function load(key: string): Saved | undefined {
  try {
    const raw = localStorage.getItem(key);
    const s = raw ? (JSON.parse(raw) as Saved) : undefined;
    return s && s.v === 1 && typeof s.answers === 'object' ? s : undefined;
  } catch {
    return undefined;
  }
}

/** How much of the state storage took: all, all but attached files' contents, or nothing. */
export type SaveOutcome = 'saved' | 'savedWithoutFiles' | 'notSaved';

export function save(key: string, state: Saved): SaveOutcome {
  if (write(key, state)) return 'saved';
  // A full quota is most often one attached photo: keep every other answer rather than none.
  const lighter = withoutFiles(state.answers);
  return lighter !== state.answers && write(key, { ...state, answers: lighter }) ? 'savedWithoutFiles' : 'notSaved';
}

function write(key: string, state: Saved): boolean {
  try {
    localStorage.setItem(key, JSON.stringify(state));
    return true;
  } catch {
    return false;
  }
}

const isFile = (v: unknown): boolean =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && typeof (v as { content?: unknown }).content === 'string';

/** The answers without attached files (also inside roster instances); the same object when there are none. */
function withoutFiles(answers: Answers): Answers {
  let changed = false;
  const strip = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(strip);
    if (typeof v !== 'object' || v === null) return v;
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) {
      if (isFile(x)) changed = true;
      else out[k] = strip(x);
    }
    return out;
  };
  const out = strip(answers) as Answers;
  return changed ? out : answers;
}

export function clear(key: string): void {
  try {
    localStorage.removeItem(key);
  } catch {
    // nothing to clear
  }
}
