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

export function save(key: string, state: Saved): boolean {
  try {
    localStorage.setItem(key, JSON.stringify(state));
    return true;
  } catch {
    return false;
  }
}

export function clear(key: string): void {
  try {
    localStorage.removeItem(key);
  } catch {
    // nothing to clear
  }
}
