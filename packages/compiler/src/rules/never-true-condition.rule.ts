// SVY2054: a condition that can never be true. A comparison outside what the answer can
// be (`q > 5` on a 1..5 scale, `age < 0` with `min 0`), an `and` whose sides no answer
// satisfies together (`q1 == 1 and q1 == 2`, `x > 10 and x < 5`), a question whose
// condition contradicts its section's, or one that reads an answer only asked when the
// question's own condition fails: the question or section is never shown, the check
// never passes. Codes that a scale or list does not have are SVY2008.
import type * as A from '@survey/syntax';
import { defineRule, type RuleContext } from './rule.ts';
import type { DiagnosticDef } from '../diagnostics/types.ts';
import { anything, atomOf, both, conflicts, describeDomain, isEmpty, restrict, type Alternative } from '../condition-domains.ts';
import { isRow, type Question } from '../model.ts';

interface Reading {
  alts: Alternative[];
  /** Already reported inside: nothing more to say about the enclosing expression. */
  dead: boolean;
}

const diagnostics = [
  {
    code: 'SVY2054',
    name: 'never-true-condition',
    severity: 'error',
    message: {
      section:
        "'{id}' is never shown: its condition cannot hold together with its section's condition (section '{section}'). Fix one of the two conditions, or move the question to another section.",
      sectionOn:
        "'{id}' is never shown: its condition cannot hold together with its section's condition (section '{section}', on {names}). Fix one of the two conditions, or move the question to another section.",
      dependency:
        "'{id}' is never shown: its condition reads '{owner}', which is asked only when a condition holds that contradicts this one (an unanswered question fails every comparison). Fix the condition, or ask '{owner}' of everyone who should see '{id}'.",
      andSection:
        "This condition can never be true: no answer to {who} satisfies both sides of `and`, so section '{id}' is never shown. Fix the values, or use `or` if either should do.",
      andQuestion:
        "This condition can never be true: no answer to {who} satisfies both sides of `and`, so '{id}' is never shown. Fix the values, or use `or` if either should do.",
      andCheck:
        'This condition can never be true: no answer to {who} satisfies both sides of `and`, so no response can pass this check. Fix the values, or use `or` if either should do.',
      domainSection:
        "This condition can never be true: '{name}' can only be {domain}, so section '{id}' is never shown. Compare with a value it can take.",
      domainQuestion:
        "This condition can never be true: '{name}' can only be {domain}, so '{id}' is never shown. Compare with a value it can take.",
      domainCheck:
        "This condition can never be true: '{name}' can only be {domain}, so no response can pass this check. Compare with a value it can take.",
    },
    docs: {
      summary:
        "A condition that no answer can satisfy: a value outside the scale or the bounds, an `and` of contradictory comparisons, a question whose condition contradicts its section's or the conditions of the answers it reads.",
      rationale:
        'The question or section is never shown (a required question is silently never asked), or a `check` can never pass and no respondent can submit.',
      bad: 'rating q1 "总体满意度" on sat5\ntext why "原因" when q1 > 5\ntext both "…" when q1 == 1 and q1 == 2',
      good: 'rating q1 "总体满意度" on sat5\ntext why "原因" when q1 >= 4\ntext both "…" when q1 == 1 or q1 == 2',
    },
  },
] as const satisfies readonly DiagnosticDef[];

type Ctx = RuleContext<(typeof diagnostics)[number]>;

export default defineRule({
  name: 'never-true-condition',
  diagnostics,
  check(ctx) {
    const s = ctx.survey;
    if (!s) return;
    const sectionAlts = new Map<object, Reading>();
    for (const sec of s.sections) {
      if (!sec.when) continue;
      sectionAlts.set(sec, read(ctx, sec.when, sec.file, { of: 'section', id: sec.id }));
    }
    // What must hold for each question to be shown (its section's condition, its own, and
    // those of the answers it compares), in survey order: conditions read earlier answers.
    const shown = new Map<string, Alternative[]>();
    for (const q of s.questions) {
      const sec = sectionAlts.get(q.section);
      let alts: Alternative[] = sec && !sec.dead ? sec.alts : anything();
      const own = q.when ? read(ctx, q.when, q.file, { of: 'question', id: q.id }) : undefined;
      if (sec?.dead || own?.dead) {
        shown.set(q.id, []);
        continue;
      }
      if (own && q.when) {
        const together = both(alts, own.alts);
        if (together && together.length === 0 && alts.length > 0 && own.alts.length > 0) {
          const names = conflicts(alts, own.alts);
          ctx.report({
            code: 'SVY2054',
            file: q.file,
            range: q.when.range,
            ...(names.length
              ? { messageId: 'sectionOn', args: { id: q.id, section: q.section.id, names: names.map((n) => `'${n}'`).join(', ') } }
              : { messageId: 'section', args: { id: q.id, section: q.section.id } }),
            related: q.section.when
              ? [{ file: q.section.file, range: q.section.when.range, message: `section '${q.section.id}' is shown only when this holds` }]
              : undefined,
          });
          shown.set(q.id, []);
          continue;
        }
        alts = together ?? anything();
        const reads = [...new Set(alts.flatMap((a) => [...a.keys()]))];
        for (const name of reads) {
          const v = s.variables.get(name);
          const owner = v ? (isRow(v) ? v.matrix : v) : undefined;
          if (!owner || owner === q) continue;
          const needs = shown.get(owner.id);
          if (!needs) continue;
          const next = both(alts, needs);
          if (next && next.length === 0 && needs.length > 0) {
            reportDependency(ctx, q, owner, q.when.range);
            alts = [];
            break;
          }
          alts = next ?? alts;
        }
      }
      shown.set(q.id, alts);
    }
    for (const c of s.checks) if (c.expr) read(ctx, c.expr, c.file, { of: 'check' });
  },
});

function reportDependency(ctx: Ctx, q: Question, owner: Question, range: A.TextRange): void {
  ctx.report({
    code: 'SVY2054',
    file: q.file,
    range,
    messageId: 'dependency',
    args: { id: q.id, owner: owner.id },
    related: owner.when
      ? [{ file: owner.file, range: owner.when.range, message: `'${owner.id}' is asked only when this holds` }]
      : undefined,
  });
}

/** Reads a condition into alternatives, reporting the innermost parts that can never be true. */
/** What a condition that can never be true means: a section or question never shown, or a check nobody passes. */
type Consequence = { of: 'section' | 'question'; id: string } | { of: 'check' };

function read(ctx: Ctx, e: A.Expr, file: string, consequence: Consequence): Reading {
  switch (e.kind) {
    case 'Paren':
      return e.expr ? read(ctx, e.expr, file, consequence) : { alts: anything(), dead: false };
    case 'Binary': {
      if (e.op === 'and' || e.op === 'or') {
        if (!e.right) return { alts: anything(), dead: false };
        const l = read(ctx, e.left, file, consequence);
        const r = read(ctx, e.right, file, consequence);
        if (e.op === 'or') {
          const alts = [...l.alts, ...r.alts];
          return { alts: alts.length > 64 ? anything() : alts, dead: l.dead && r.dead };
        }
        if (l.dead || r.dead) return { alts: [], dead: true };
        const alts = both(l.alts, r.alts);
        if (!alts) return { alts: anything(), dead: false };
        if (alts.length === 0) {
          const names = conflicts(l.alts, r.alts);
          const who = names.length ? names.map((n) => `'${n}'`).join(', ') : 'the answers';
          const at = { code: 'SVY2054', file, range: e.range } as const;
          if (consequence.of === 'check') ctx.report({ ...at, messageId: 'andCheck', args: { who } });
          else
            ctx.report({
              ...at,
              messageId: consequence.of === 'section' ? 'andSection' : 'andQuestion',
              args: { who, id: consequence.id },
            });
          return { alts: [], dead: true };
        }
        return { alts, dead: false };
      }
      const atom = atomOf(e, ctx.binding);
      if (!atom) return { alts: anything(), dead: false };
      const d = restrict(atom.full, atom.op, atom.value);
      if (!isEmpty(d)) return { alts: [new Map([[atom.name, d]])], dead: false };
      // A code the list or scale does not have is SVY2008's to report.
      const unknownCode = atom.full.kind === 'finite' && !atom.full.values.includes(atom.value);
      if (!(unknownCode && (atom.op === '==' || atom.op === '!='))) {
        const at = { code: 'SVY2054', file, range: e.range } as const;
        const args = { name: atom.name, domain: describeDomain(restrictToSubstantive(atom.full, atom.op)) };
        if (consequence.of === 'check') ctx.report({ ...at, messageId: 'domainCheck', args });
        else
          ctx.report({
            ...at,
            messageId: consequence.of === 'section' ? 'domainSection' : 'domainQuestion',
            args: { ...args, id: consequence.id },
          });
      }
      return { alts: [], dead: true };
    }
    default:
      return { alts: anything(), dead: false };
  }
}

/** What an ordering comparison can reach: the substantive values (missing codes never compare). */
function restrictToSubstantive(d: ReturnType<typeof restrict>, op: A.BinaryOp): ReturnType<typeof restrict> {
  if (d.kind !== 'finite' || op === '==' || op === '!=') return d;
  return { ...d, values: d.values.filter((v) => !d.missing.includes(v)) };
}
