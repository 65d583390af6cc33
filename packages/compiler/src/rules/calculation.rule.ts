// SVY2034: calculated values (`let`) that depend on each other in a cycle.
// SVY2035: a calculated value that reads a score or calls an aggregate function: it is
// computed for one response while the form is filled in, and those are computed over all
// responses afterwards (a score may read a calculated value, not the other way round).
import type * as A from '@survey/syntax';
import { defineRule } from './rule.ts';
import { walkExpr } from '../expr-walk.ts';
import { functions } from '../functions/table.ts';

export default defineRule({
  name: 'calculation',
  diagnostics: [
    {
      code: 'SVY2034',
      name: 'calculation-cycle',
      severity: 'error',
      message: 'Calculated value {cycle} depends on itself. Break the cycle: compute one of them from answers only.',
      docs: {
        summary: 'Calculated values (`let`) whose formulas refer to each other in a cycle.',
        rationale: 'A calculated value is recomputed from the answers as the form is filled in; a cycle has no value.',
        bad: 'let a = b + 1\nlet b = a * 2',
        good: 'let a = 1\nlet b = a * 2',
      },
    },
    {
      code: 'SVY2035',
      name: 'calculation-per-response',
      severity: 'error',
      message:
        "Calculated value '{name}' uses {what}, which is computed over all responses; a calculated value is computed for one response. Declare it as a `score` instead.",
      docs: {
        summary: 'A calculated value (`let`) that reads a score or calls an aggregate function (nps, topbox, share).',
        rationale:
          'The form computes calculated values for the respondent in front of it; scores and aggregates exist only once all responses are in. A score may read a calculated value.',
        bad: 'let promoter = nps(recommend)',
        good: 'let promoter = recommend >= 9',
      },
    },
  ],
  check(ctx) {
    const s = ctx.survey;
    if (!s) return;
    const deps = new Map<string, string[]>();
    for (const c of s.calculations.values()) {
      const refs: string[] = [];
      walkExpr(c.expr, (x) => {
        const target = x.kind === 'NameRef' ? ctx.binding.referenceAt.get(x)?.target : undefined;
        if (x.kind === 'NameRef' && target?.kind === 'calc') refs.push(x.name);
        const what =
          x.kind === 'NameRef' && target?.kind === 'score'
            ? `the score '${x.name}'`
            : x.kind === 'Call' && functions[x.callee.name]?.aggregate
              ? `${x.callee.name}()`
              : undefined;
        if (what)
          ctx.report({ code: 'SVY2035', file: c.file, range: x.kind === 'Call' ? x.callee.range : x.range, args: { name: c.id, what } });
      });
      deps.set(c.id, refs);
    }
    const reported = new Set<string>();
    for (const c of s.calculations.values()) {
      const cycle = cycleFrom(c.id, deps);
      if (!cycle || reported.has(c.id)) continue;
      cycle.forEach((x) => reported.add(x));
      ctx.report({
        code: 'SVY2034',
        file: c.file,
        range: (c.node.id ?? c.node).range as A.TextRange,
        args: { cycle: cycle.map((x) => `'${x}'`).join(' → ') },
      });
    }
  },
});

/** The cycle through `start`, as a path that ends where it begins. */
function cycleFrom(start: string, deps: Map<string, string[]>): string[] | undefined {
  const path: string[] = [];
  const done = new Set<string>();
  const walk = (id: string): string[] | undefined => {
    if (id === start && path.length) return [...path, id];
    if (path.includes(id) || done.has(id)) return undefined;
    path.push(id);
    for (const d of deps.get(id) ?? []) {
      const c = walk(d);
      if (c) return c;
    }
    path.pop();
    done.add(id);
    return undefined;
  };
  return walk(start);
}
