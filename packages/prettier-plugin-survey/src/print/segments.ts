// Attribute runs such as a question's `help "…" optional from vendors tag a, b`: the
// tree keeps their values but not their order, so the run is cut at each attribute
// keyword and every segment printed in place from the tree. A segment the tree does
// not account for exactly (a repeated attribute, a newer construct) keeps its tokens.
import type { Doc } from 'prettier';
import type { TextRange } from '@survey/syntax';
import type { SourceContext, SourceToken } from '../context.ts';
import { compound, fallbackPiece, type Piece } from './pieces.ts';
import { seq, type Part } from './seq.ts';

export interface Segment extends TextRange {
  word: string;
  tokens: SourceToken[];
}

/**
 * After these a word is a name or an operand, never a new attribute: contextual keywords
 * are ids too (`tag tag`, `when weight > 0`, `tag a, quality`).
 */
const TAKES_A_NAME = new Set([
  'tag',
  'from',
  'on',
  'when',
  'default',
  'and',
  'or',
  'not',
  'has',
  ',',
  '(',
  '==',
  '!=',
  '<',
  '<=',
  '>',
  '>=',
  '+',
  '-',
  '*',
  '/',
  '=',
]);

export function segments(ctx: SourceContext, from: number, to: number, words: ReadonlySet<string>): Segment[] {
  const out: Segment[] = [];
  let prev: SourceToken | undefined;
  for (const t of ctx.tokensIn(from, to)) {
    const last = out[out.length - 1];
    const starts = words.has(t.image) && !(prev && TAKES_A_NAME.has(prev.image));
    prev = t;
    if (starts || !last) out.push({ word: t.image, tokens: [t], start: t.start, end: t.end });
    else {
      last.tokens.push(t);
      last.end = t.end;
    }
  }
  return out;
}

/** Whether a node lies inside a segment. */
export function within(seg: TextRange, node: { range: TextRange } | undefined): boolean {
  return !!node && node.range.start >= seg.start && node.range.end <= seg.end;
}

/** One piece per segment: `build` gives its parts (keyword first), or false to keep the tokens. */
export function segmentPieces(ctx: SourceContext, segs: Segment[], build: (seg: Segment) => Part[] | false | undefined, sep: Doc): Piece[] {
  return segs.map((seg) => {
    try {
      const pieces = seq(ctx, seg.start, build(seg) || []);
      const exact = pieces.length > 0 && pieces[0].start === seg.start && pieces[pieces.length - 1].end === seg.end;
      if (exact) return compound(ctx, pieces, sep);
    } catch {
      // keep the segment's tokens
    }
    return fallbackPiece(ctx, seg, sep);
  });
}
