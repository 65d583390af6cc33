// SVY2186: a comparison in a condition that every answer satisfies: `overall >= 1` on a
// 1..5 scale, `age >= 0` with `min 0`, `tier != gold` on a list without gold is SVY2008.
// The comparison filters nothing: it only tests that the question was answered, which is
// almost never what was meant (a slip of `>=` for `<=`, or a value on another scale).
import type * as A from '@survey/syntax';
import { defineRule } from './rule.ts';
import { atomOf, compareOrdered, describeDomain, type Domain } from '../condition-domains.ts';
import { walkExpr } from '../expr-walk.ts';

export default defineRule({
  name: 'always-true-condition',
  diagnostics: [
    {
      code: 'SVY2186',
      name: 'always-true-condition',
      severity: 'warning',
      message: {
        question:
          "`{condition}` holds for every answer to '{name}' ({domain}), so '{id}' is shown whenever '{name}' is answered: the comparison filters nobody. Compare with a value that separates answers (did you mean the other direction?), or write `answered({name})` if that is the intent.",
        section:
          "`{condition}` holds for every answer to '{name}' ({domain}), so section '{id}' is shown whenever '{name}' is answered: the comparison filters nobody. Compare with a value that separates answers (did you mean the other direction?), or write `answered({name})` if that is the intent.",
        check:
          "`{condition}` holds for every answer to '{name}' ({domain}), so this check never fails. Compare with a value some answers break, or remove the check.",
      },
      docs: {
        summary:
          'A comparison in a `when` condition or a `check` that every possible answer satisfies (`overall >= 1` on a 1..5 scale, `age >= 0` with `min 0`): it tests only that the question was answered.',
        rationale:
          'A filter that lets everyone through is usually a slip (`>=` for `<=`, a value on another scale, a bound forgotten after the question changed): the follow-up meant for a few is asked of everyone, and a required one becomes a burden for all. SVY2054 reports the opposite mistake, a condition that never holds.',
        bad: 'rating overall "总体满意度" on sat5\ntext why "不满意的原因?" when overall >= 1',
        good: 'rating overall "总体满意度" on sat5\ntext why "不满意的原因?" when overall <= 2',
      },
    },
  ],
  check(ctx) {
    const s = ctx.survey;
    if (!s) return;
    const textOf = (file: string) => ctx.files.get(file)?.text ?? '';
    const scan = (e: A.Expr | undefined, file: string, report: (b: A.Binary, name: string, domain: string, condition: string) => void) => {
      walkExpr(e, (node, parents) => {
        if (node.kind !== 'Binary' || parents.some((p) => p.kind === 'Call')) return;
        const atom = atomOf(node, ctx.binding);
        if (!atom || !holdsForAll(atom.full, atom.op, atom.value)) return;
        const condition = textOf(file).slice(node.range.start, node.range.end).replace(/\s+/g, ' ');
        report(node, atom.name, describeDomain(substantive(atom.full)), condition);
      });
    };
    for (const sec of s.sections)
      if (sec.when && !sec.implicit)
        scan(sec.when, sec.file, (b, name, domain, condition) =>
          ctx.report({
            code: 'SVY2186',
            file: sec.file,
            range: b.range,
            messageId: 'section',
            args: { id: sec.id, name, domain, condition },
          }),
        );
    for (const q of s.questions)
      scan(q.when, q.file, (b, name, domain, condition) =>
        ctx.report({ code: 'SVY2186', file: q.file, range: b.range, messageId: 'question', args: { id: q.id, name, domain, condition } }),
      );
    for (const c of s.checks)
      scan(c.expr, c.file, (b, name, domain, condition) =>
        ctx.report({ code: 'SVY2186', file: c.file, range: b.range, messageId: 'check', args: { name, domain, condition } }),
      );
  },
});

function substantive(d: Domain): Domain {
  return d.kind === 'finite' ? { ...d, values: d.values.filter((v) => !d.missing.includes(v)), missing: [] } : d;
}

/** Whether `x op c` holds for every substantive answer x (at least two of them). */
function holdsForAll(d: Domain, op: A.BinaryOp, c: string | number): boolean {
  if (d.kind === 'finite') {
    const values = d.values.filter((v) => !d.missing.includes(v));
    if (values.length < 2 || !d.values.includes(c)) {
      // A number outside the codes: only ordering comparisons can hold for all.
      if (values.length < 2 || typeof c !== 'number' || op === '==' || op === '!=') return false;
    }
    if (op === '==' || op === '!=') return false; // `!= code` excludes that code
    return values.every((v) => typeof v === 'number' && typeof c === 'number' && (compareOrdered(op, v, c) ?? false));
  }
  const { lo, hi } = d;
  if (lo === undefined || hi === undefined || typeof lo !== typeof c || typeof hi !== typeof c || lo === hi) return false;
  switch (op) {
    case '>=':
      return c <= lo;
    case '>':
      return c < lo;
    case '<=':
      return c >= hi;
    case '<':
      return c > hi;
    default:
      return false;
  }
}
