// Flow statements: `page`, `screenout id "…" when …`, `end id "…" [when …]` and the
// `shuffle id { section … }` group; a section's body interleaves its questions with its
// page breaks and screen-outs in source order.
import { doc, type Doc } from 'prettier';
import type { EndDecl, Expr, Identifier, PageDecl, ScreenOutDecl, SectionDecl, ShuffleDecl, Text, TextRange } from '@survey/syntax';
import type { SourceContext } from '../context.ts';
import { compound, withSep } from './pieces.ts';
import { seq } from './seq.ts';
import { declaration, statement } from './declaration.ts';

const { line } = doc.builders;

export function printPage(ctx: SourceContext, p: PageDecl): Doc {
  return statement(ctx, p.range, () => seq(ctx, p.range.start, ['page']));
}

/** `word id "text" en: "…" when condition`: the texts and the condition wrap at their own lines. */
function flowStatement(ctx: SourceContext, word: string, range: TextRange, id?: Identifier, text?: Text, when?: Expr): Doc {
  return statement(ctx, range, () => {
    const head = seq(ctx, range.start, [word, id]);
    const texts = text ? seq(ctx, head[head.length - 1].end, [text]) : [];
    const after = (texts[texts.length - 1] ?? head[head.length - 1]).end;
    const cond = when ? [compound(ctx, seq(ctx, after, ['when', when]), line)] : [];
    return [compound(ctx, head), ...texts.map((p, i) => (i === 0 ? withSep(p, ' ') : p)), ...cond];
  });
}

export function printScreenOut(ctx: SourceContext, s: ScreenOutDecl): Doc {
  return flowStatement(ctx, 'screenout', s.range, s.id, s.message, s.when);
}

export function printEnd(ctx: SourceContext, e: EndDecl): Doc {
  return flowStatement(ctx, 'end', e.range, e.id, e.text, e.when);
}

export function printShuffle(ctx: SourceContext, g: ShuffleDecl, printSection: (s: SectionDecl) => Doc): Doc {
  return declaration(ctx, g, () => seq(ctx, g.range.start, ['shuffle', g.id]), g.sections, printSection);
}

/** A section's questions, page breaks and screen-outs in source order. */
export function sectionChildren<Q extends { range: TextRange }>(
  questions: Q[],
  flow: SectionDecl['flow'],
): Array<Q | PageDecl | ScreenOutDecl> {
  if (!flow?.length) return questions;
  return [...questions, ...flow].sort((a, b) => a.range.start - b.range.start);
}
