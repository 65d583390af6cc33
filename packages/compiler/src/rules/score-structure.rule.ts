// SVY2009: scores that depend on each other in a cycle. SVY2023: a missing-answer
// policy that asks for more answered items than the score reads.
import { defineRule } from './rule.ts';
import type * as A from '@survey/syntax';
import { walkExpr } from '../expr-walk.ts';

export default defineRule({
  name: 'score-structure',
  diagnostics: [
    {
      code: 'SVY2009',
      name: 'score-cycle',
      severity: 'error',
      message: 'Score {cycle} depends on itself. Break the cycle: a score may only use scores declared without it.',
      docs: {
        summary: 'Scores whose formulas refer to each other in a cycle.',
        bad: 'score a = b + 1\nscore b = a * 2',
        good: 'score a = mean(q1, q2)\nscore b = a * 2',
      },
    },
    {
      code: 'SVY2023',
      name: 'require-count',
      severity: 'error',
      message:
        "Score '{score}' requires {count, plural, one {# answered item} other {# answered items}} but reads only {items}. Set the `require` count between 1 and {items}.",
      docs: {
        summary: 'A `require N` missing-answer policy with N above the number of items the formula reads (or below 1).',
        bad: 'score s = mean(q1, q2) require 3',
        good: 'score s = mean(q1, q2, q3) require 2',
      },
    },
  ],
  check(ctx) {
    const s = ctx.survey;
    if (!s) return;
    const deps = new Map<string, string[]>();
    for (const sc of s.scores) deps.set(sc.id, scoreRefs(sc.expr, new Set(s.scores.map((x) => x.id))));
    const reported = new Set<string>();
    for (const sc of s.scores) {
      const path: string[] = [];
      const walk = (id: string): string[] | undefined => {
        if (path.includes(id)) return [...path.slice(path.indexOf(id)), id];
        path.push(id);
        for (const d of deps.get(id) ?? []) {
          const c = walk(d);
          if (c) return c;
        }
        path.pop();
        return undefined;
      };
      const cycle = walk(sc.id);
      if (cycle && cycle[0] === sc.id && !reported.has(sc.id)) {
        cycle.forEach((c) => reported.add(c));
        ctx.report({
          code: 'SVY2009',
          file: sc.file,
          range: sc.node.id?.range ?? sc.node.range,
          args: { cycle: cycle.map((c) => `'${c}'`).join(' → ') },
        });
      }
      if (sc.require.kind === 'atLeast' && sc.node.require) {
        const count = sc.require.count;
        if (count < 1 || count > sc.items.length || !Number.isInteger(count)) {
          ctx.report({
            code: 'SVY2023',
            file: sc.file,
            range: sc.node.require.range,
            args: { score: sc.id, count, items: sc.items.length },
          });
        }
      }
    }
  },
});

function scoreRefs(e: A.Expr | undefined, scores: Set<string>): string[] {
  const out: string[] = [];
  walkExpr(e, (x) => {
    if (x.kind === 'NameRef' && scores.has(x.name)) out.push(x.name);
  });
  return out;
}
