// `score id "label" = formula require 2` (breaking after `=` when too long) and
// `target subject >= 90`. A score's label breaks at its translations only when
// `score id "label" en: "…" =` alone does not fit: the formula breaks first.
import { doc, type Doc } from 'prettier';
import type { CheckDecl, LetDecl, ScoreDecl, TargetDecl } from '@survey/syntax';
import type { SourceContext } from '../context.ts';
import { compound, withSep } from './pieces.ts';
import { signedPieces } from './leaves.ts';
import { seq } from './seq.ts';
import { statement } from './declaration.ts';

const { line } = doc.builders;

export function printScore(ctx: SourceContext, s: ScoreDecl): Doc {
  return statement(ctx, s.range, () => {
    const head = seq(ctx, s.range.start, ['score', s.id, s.label, '=']);
    const formula = s.expr ? seq(ctx, head[head.length - 1].end, [s.expr]).map((p) => withSep(p, line)) : [];
    const req = s.require;
    const policy = req ? seq(ctx, req.range.start, ['require', req.kind === 'all' ? 'all' : req.count]) : [];
    return [compound(ctx, head), ...formula, ...policy.map((p, i) => (i === 0 ? withSep(p, line) : p))];
  });
}

/** `let id "label" = expr`: printed as a score without a missing-answer policy. */
export function printLet(ctx: SourceContext, s: LetDecl): Doc {
  return statement(ctx, s.range, () => {
    const head = seq(ctx, s.range.start, ['let', s.id, s.label, '=']);
    const formula = s.expr ? seq(ctx, head[head.length - 1].end, [s.expr]).map((p) => withSep(p, line)) : [];
    return [compound(ctx, head), ...formula];
  });
}

/** `check expr "message" en: "…"`. */
export function printCheck(ctx: SourceContext, c: CheckDecl): Doc {
  return statement(ctx, c.range, () => {
    const head = seq(ctx, c.range.start, ['check']);
    const cond = c.expr ? seq(ctx, head[head.length - 1].end, [c.expr]) : [];
    const end = cond.length ? cond[cond.length - 1].end : head[head.length - 1].end;
    // The message starts a continuation line when it does not fit; each `en: "…"` stays on one line with its text.
    const message = c.message ? seq(ctx, end, [c.message]).map((p, i) => (i === 0 ? withSep(p, line) : p)) : [];
    return [compound(ctx, [...head, ...cond]), ...message];
  });
}

export function printTarget(ctx: SourceContext, t: TargetDecl): Doc {
  return statement(ctx, t.range, () =>
    seq(ctx, t.range.start, ['target', t.subject, t.op, signedPieces(ctx, t.negative, t.value, t.range.start)]),
  );
}
