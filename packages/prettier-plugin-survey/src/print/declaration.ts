// The two statement shapes: a one-line statement (which may wrap at its `line`
// separators) and a declaration with a `{ … }` body. Both check that their pieces
// span the statement exactly, and otherwise keep its tokens, so nothing between
// them (a comment above all) can be skipped.
import { doc, type Doc } from 'prettier';
import type { TextRange } from '@survey/syntax';
import type { SourceContext } from '../context.ts';
import { fallbackPiece, joinPieces, tokenPiece, type Piece } from './pieces.ts';
import { printBody } from './block.ts';

const { group, line } = doc.builders;

interface Ranged {
  range: TextRange;
}

export function statement(ctx: SourceContext, range: TextRange, build: () => Piece[]): Doc {
  try {
    const pieces = build();
    const exact = pieces.length > 0 && pieces[0].start === range.start && pieces[pieces.length - 1].end === range.end;
    if (exact) return group(joinPieces(ctx, pieces));
  } catch {
    // a layout that would lose or misplace a token: keep the tokens instead
  }
  return group(joinPieces(ctx, [fallbackPiece(ctx, range)]));
}

/**
 * `head {` children `}`, or just the head when the statement has no body. `head`
 * receives the offset where the head ends (the brace, or the statement's end).
 */
export function declaration<N extends Ranged>(
  ctx: SourceContext,
  node: Ranged,
  head: (headEnd: number) => Piece[],
  children: N[] = [],
  printChild: (child: N) => Doc = () => '',
): Doc {
  const brace = ctx.token('{', node.range.start, node.range.end);
  if (!brace) return statement(ctx, node.range, () => head(node.range.end));
  const headDoc = statement(ctx, { start: node.range.start, end: brace.end }, () => {
    const pieces = head(brace.start);
    // A head that wraps puts its brace on a line of its own, so the body stands out.
    const wraps = pieces.some((p) => p.sep === line);
    return [...pieces, { ...tokenPiece(brace, wraps ? line : ' '), outdent: true }];
  });
  const closeStart = node.range.end - 1;
  if (ctx.text[closeStart] !== '}') return statement(ctx, node.range, () => [fallbackPiece(ctx, node.range)]);
  return [headDoc, printBody(ctx, brace, closeStart, children, printChild)];
}
