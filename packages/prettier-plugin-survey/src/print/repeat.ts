// Repeat groups (rosters): `repeat id "title" en: "…" (N | for [each] q) [max N] { … }`,
// their questions and nested groups one per line inside the braces.
import type { Doc } from 'prettier';
import type { QuestionDecl, RepeatDecl } from '@survey/syntax';
import type { SourceContext } from '../context.ts';
import { seq } from './seq.ts';
import { declaration } from './declaration.ts';

export function printRepeat(ctx: SourceContext, r: RepeatDecl, printQuestion: (q: QuestionDecl) => Doc): Doc {
  return declaration(
    ctx,
    r,
    () =>
      seq(ctx, r.range.start, ['repeat', r.id, r.title, r.count, !!r.source && 'for', r.each && 'each', r.source, !!r.max && 'max', r.max]),
    r.members,
    (m) => (m.kind === 'Repeat' ? printRepeat(ctx, m, printQuestion) : printQuestion(m)),
  );
}
