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
  /** Never true: nothing more to say about the enclosing expression than `pending` says. */
  dead: boolean;
  /** What to report about the parts inside, once it is known whether the whole can hold. */
  pending: Pending[];
}

/** A comparison or `and` that can never hold; `part` when an `or` around it still can. */
type Pending = { range: A.TextRange; part: boolean } & (
  { kind: 'and'; args: { who: string } } | { kind: 'domain'; args: { name: string; domain: string } }
);

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
      domainPart:
        "This part of the condition can never be true: '{name}' can only be {domain}. The rest of the `or` still decides; remove this part, or compare with a value it can take.",
      andPart:
        'This part of the condition can never be true: no answer to {who} satisfies both sides of `and`. The rest of the `or` still decides; remove this part, or fix its values.',
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
      sectionAlts.set(sec, readAndReport(ctx, sec.when, sec.file, { of: 'section', id: sec.id }));
    }
    // What must hold for each question to be shown (its section's condition, its own, and
    // those of the answers it compares), in survey order: conditions read earlier answers.
    const shown = new Map<string, Alternative[]>();
    for (const q of s.questions) {
      const sec = sectionAlts.get(q.section);
      let alts: Alternative[] = sec && !sec.dead ? sec.alts : anything();
      const own = q.when ? readAndReport(ctx, q.when, q.file, { of: 'question', id: q.id }) : undefined;
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
    for (const c of s.checks) if (c.expr) readAndReport(ctx, c.expr, c.file, { of: 'check' });
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

/** What a condition that can never be true means: a section or question never shown, or a check nobody passes. */
type Consequence = { of: 'section' | 'question'; id: string } | { of: 'check' };

function readAndReport(ctx: Ctx, e: A.Expr, file: string, consequence: Consequence): Reading {
  const reading = read(ctx, e);
  for (const p of reading.pending) {
    const at = { code: 'SVY2054', file, range: p.range } as const;
    if (p.kind === 'and') {
      if (p.part) ctx.report({ ...at, messageId: 'andPart', args: p.args });
      else if (consequence.of === 'check') ctx.report({ ...at, messageId: 'andCheck', args: p.args });
      else
        ctx.report({
          ...at,
          messageId: consequence.of === 'section' ? 'andSection' : 'andQuestion',
          args: { ...p.args, id: consequence.id },
        });
    } else if (p.part) ctx.report({ ...at, messageId: 'domainPart', args: p.args });
    else if (consequence.of === 'check') ctx.report({ ...at, messageId: 'domainCheck', args: p.args });
    else
      ctx.report({
        ...at,
        messageId: consequence.of === 'section' ? 'domainSection' : 'domainQuestion',
        args: { ...p.args, id: consequence.id },
      });
  }
  return reading;
}

const live = (alts: Alternative[]): Reading => ({ alts, dead: false, pending: [] });

/** Reads a condition into alternatives, with the innermost parts that can never be true. */
function read(ctx: Ctx, e: A.Expr | undefined): Reading {
  // A side the parser could not read (an error already reported) allows anything.
  if (!e) return live(anything());
  switch (e.kind) {
    case 'Paren':
      return e.expr ? read(ctx, e.expr) : live(anything());
    case 'Binary': {
      if (e.op === 'and' || e.op === 'or') {
        if (!e.right) return live(anything());
        const l = read(ctx, e.left);
        const r = read(ctx, e.right);
        if (e.op === 'or') {
          const alts = [...l.alts, ...r.alts];
          const dead = l.dead && r.dead;
          // One side dead while the other can hold: the whole still decides, the dead side is a part.
          const pending = dead ? [...l.pending, ...r.pending] : [...l.pending, ...r.pending].map((p) => ({ ...p, part: true }));
          return { alts: alts.length > 64 ? anything() : alts, dead, pending };
        }
        if (l.dead || r.dead) return { alts: [], dead: true, pending: [...l.pending, ...r.pending] };
        const pending = [...l.pending, ...r.pending];
        const alts = both(l.alts, r.alts);
        if (!alts) return { alts: anything(), dead: false, pending };
        if (alts.length === 0) {
          const names = conflicts(l.alts, r.alts);
          const who = names.length ? names.map((n) => `'${n}'`).join(', ') : 'the answers';
          return { alts: [], dead: true, pending: [...pending, { kind: 'and', range: e.range, part: false, args: { who } }] };
        }
        return { alts, dead: false, pending };
      }
      const atom = atomOf(e, ctx.binding);
      if (!atom) return live(anything());
      const d = restrict(atom.full, atom.op, atom.value);
      if (!isEmpty(d)) return live([new Map([[atom.name, d]])]);
      // A code the list or scale does not have is SVY2008's to report.
      const unknownCode = atom.full.kind === 'finite' && !atom.full.values.includes(atom.value);
      const pending: Pending[] =
        unknownCode && (atom.op === '==' || atom.op === '!=')
          ? []
          : [
              {
                kind: 'domain',
                range: e.range,
                part: false,
                args: { name: atom.name, domain: describeDomain(restrictToSubstantive(atom.full, atom.op)) },
              },
            ];
      return { alts: [], dead: true, pending };
    }
    default:
      return live(anything());
  }
}

/** What an ordering comparison can reach: the substantive values (missing codes never compare). */
function restrictToSubstantive(d: ReturnType<typeof restrict>, op: A.BinaryOp): ReturnType<typeof restrict> {
  if (d.kind !== 'finite' || op === '==' || op === '!=') return d;
  return { ...d, values: d.values.filter((v) => !d.missing.includes(v)) };
}
