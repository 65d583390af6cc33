// Defaults: a question the respondent has not touched shows its default (a value, or a
// formula over earlier answers that follows them while the question stays untouched).
// Once the respondent changes the question, the default never writes to it again.
import type { RuntimeQuestion } from './data.ts';
import { evaluate, type Env } from './evaluate.ts';
import { readQuestion, writeQuestion } from './controls.ts';

export class Defaults {
  /** What each default last wrote, to tell it apart from the respondent's answer. */
  private filled = new Map<string, string>();

  constructor(
    private form: HTMLFormElement,
    /** Questions the respondent changed (kept across reloads). */
    readonly touched: Set<string>,
  ) {}

  fill(q: RuntimeQuestion, env: Env): void {
    if (!q.default || this.touched.has(q.id)) return;
    const v = evaluate(q.default, env);
    if (v === undefined || typeof v === 'boolean' || (typeof v === 'number' && !Number.isFinite(v))) return;
    const value = q.kind === 'multi' && !Array.isArray(v) ? [v] : v;
    const answers = readQuestion(this.form, q, true);
    const current = answers[q.id] === undefined ? undefined : JSON.stringify(answers[q.id]);
    if (current !== undefined && current !== this.filled.get(q.id)) return;
    if (current !== JSON.stringify(value)) writeQuestion(this.form, q, { ...answers, [q.id]: value });
    const written = readQuestion(this.form, q)[q.id];
    if (written !== undefined) this.filled.set(q.id, JSON.stringify(written));
  }
}
