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

/** Breaks the response with the n-th applicable breaker (cycling); false when none applies. */
export function corrupt(response: Response, analysis: AnalysisDoc, n: number): boolean {
  for (let k = 0; k < breakers.length; k++) if (breakers[(n + k) % breakers.length](response, analysis)) return true;
  return false;
}
