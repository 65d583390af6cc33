// Deliberately broken responses, each breaking one rule the response schema enforces,
// as real exports do: a value off the scale, an answer to a question the skip logic
// hid, a code not in the list, a required answer or hidden value left out.
import type { AnalysisDoc } from '@survey/analyze';
import { truth } from './condition.ts';
import type { Response } from './simulate.ts';

type Breaker = (r: Response, a: AnalysisDoc) => boolean;

const answerVars = (a: AnalysisDoc) => a.variables.filter((v) => v.source !== 'hidden' && !v.parent);

const breakers: Breaker[] = [
  // A 7 on a 1–5 scale (a typo in a paper form typed in).
  (r, a) => {
    const v = answerVars(a).find((x) => x.type === 'ordinal' && x.range && r.answers[x.name] !== undefined);
    if (!v) return false;
    r.answers[v.name] = v.range![1] + 2;
    return true;
  },
  // An answer to a question its condition hides.
  (r, a) => {
    const env = { answers: r.answers, hidden: r.hidden ?? {}, missing: () => [] };
    const v = answerVars(a).find((x) => x.shownWhen && !truth(x.shownWhen, env) && x.type === 'text');
    if (!v) return false;
    r.answers[v.name] = r.language === 'en' ? 'Answered although the form hid this question.' : '表单隐藏了此题,但仍有回答。';
    return true;
  },
  // A code that is not in the choice list.
  (r, a) => {
    const v = answerVars(a).find((x) => x.type === 'nominal' && r.answers[x.name] !== undefined);
    if (!v) return false;
    r.answers[v.name] = 'unknown';
    return true;
  },
  // A required answer left out.
  (r, a) => {
    const v = answerVars(a).find((x) => x.required && x.type === 'ordinal' && r.answers[x.name] !== undefined);
    if (!v) return false;
    delete r.answers[v.name];
    return true;
  },
  // A required hidden value missing (the survey link was cut short).
  (r, a) => {
    const v = a.variables.find((x) => x.source === 'hidden' && x.required && r.hidden?.[x.name] !== undefined);
    if (!v) return false;
    delete r.hidden![v.name];
    return true;
  },
];

/** The first instance of a repeat group in the response that has the variable `name`. */
function instanceWith(r: Response, a: AnalysisDoc, name: string): Record<string, unknown> | undefined {
  for (const g of a.rosters ?? []) {
    const list = r.answers[g.id];
    if (Array.isArray(list)) {
      const hit = list.find((x) => typeof x === 'object' && x !== null && name in x);
      if (hit) return hit as Record<string, unknown>;
    }
  }
  return undefined;
}

const rosterVars = (a: AnalysisDoc) => a.variables.filter((v) => v.roster && !v.parent);

/** Breakers of repeat groups, tried first in a survey that has them (the others' files do not change). */
const rosterBreakers: Breaker[] = [
  // A member's age typed with an extra digit, off the question's range.
  (r, a) => {
    const max = (x: { name: string }) => (x as { bounds?: { max?: number } }).bounds?.max;
    const v = rosterVars(a).find((x) => x.type === 'numeric' && max(x) !== undefined && instanceWith(r, a, x.name));
    if (!v) return false;
    const i = instanceWith(r, a, v.name)!;
    i[v.name] = Math.max(Number(i[v.name]) * 10 + 7, max(v)! + 7);
    return true;
  },
  // A required answer of an instance left out.
  (r, a) => {
    const v = rosterVars(a).find((x) => x.required && x.type === 'nominal' && instanceWith(r, a, x.name));
    if (!v) return false;
    delete instanceWith(r, a, v.name)![v.name];
    return true;
  },
];

/** Breaks the response with the n-th applicable breaker (cycling); false when none applies. */
export function corrupt(response: Response, analysis: AnalysisDoc, n: number): boolean {
  const list = analysis.rosters?.length ? [...rosterBreakers, ...breakers] : breakers;
  for (let k = 0; k < list.length; k++) if (list[(n + k) % list.length](response, analysis)) return true;
  return false;
}
