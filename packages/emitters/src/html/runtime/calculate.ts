// Calculated values (`let`) in the page: each is its formula evaluated on the current
// answers whenever it is read, so conditions, pipes and the submitted response always
// see fresh values. The checker rejects cycles; the guard below only keeps a stale or
// hand-edited page from recursing forever.
import type { RuntimeCalculation } from './data.ts';
import { evaluate, type Env } from './evaluate.ts';

export type Calculated = Record<string, string | number | boolean | Array<string | number>>;

const evaluating = new Set<string>();

export function calculate(calcs: RuntimeCalculation[], name: string, env: Env): Calculated[string] | undefined {
  const c = calcs.find((x) => x.id === name);
  if (!c || evaluating.has(name)) return undefined;
  evaluating.add(name);
  try {
    const v = evaluate(c.expr, env) as Calculated[string] | undefined;
    // `let x = q` takes q's substantive answer: a missing code ("don't know") is no value.
    return c.expr.type === 'var' && typeof v === 'number' && env.missing(c.expr.name).includes(v) ? undefined : v;
  } finally {
    evaluating.delete(name);
  }
}
