// The two statement shapes: a one-line statement (which may wrap at its `line`
// separators) and a declaration with a `{ … }` body. Both check that their pieces
// span the statement exactly, and otherwise keep its tokens, so nothing between
// them (a comment above all) can be skipped.
import { doc, type Doc } from 'prettier';
import type { TextRange } from '@survey/syntax';
import type { SourceContext } from '../context.ts';
import { assertCovers, fallbackPiece, joinPieces, tokenPiece, type Piece } from './pieces.ts';
import { flatStatement } from './flat.ts';
import { renderStatement } from './render.ts';
import { printBody } from './block.ts';
import { tokenLayout, type LineShape } from './token-line.ts';

const { group, line } = doc.builders;

interface Ranged {
  range: TextRange;
}

/**
 * A one-line statement. `tail` is the width printed after it on its line (the `}` of an
 * empty body after a declaration's head) and `lineFrom` where that line's text continues
 * in the source, for the one-string fast path (see flat.ts).
 */
export function statement(
  ctx: SourceContext,
  range: TextRange,
  build: () => Piece[],
  tail = 0,
  lineFrom = range.end,
  shape?: () => LineShape | undefined,
): Doc {
  // Without a comment in or after it on its line, the statement is printed to its final text here.
  const fast = ctx.layout && !ctx.commentStartsIn(range.start, ctx.lineEnd(lineFrom)) ? ctx.layout : undefined;
  // The common statements: straight from their tokens (token-line.ts).
  const fromTokens = fast && tokenLayout(ctx, range, tail, shape);
  if (fromTokens !== undefined) return fromTokens;
  try {
    const pieces = build();
    const exact = pieces.length > 0 && pieces[0].start === range.start && pieces[pieces.length - 1].end === range.end;
    if (exact) {
      assertCovers(ctx, pieces);
      const flat = fast && flatStatement(ctx, pieces, tail);
      if (flat !== undefined) return flat;
      const grouped = group(joinPieces(ctx, pieces));
      return (fast && renderStatement(grouped, ctx.depth, tail, fast)) ?? grouped;
    }
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
  shape?: (headEnd: number) => LineShape | undefined,
): Doc {
  const brace = ctx.token('{', node.range.start, node.range.end);
  if (!brace) return statement(ctx, node.range, () => head(node.range.end), 0, node.range.end, shape && (() => shape(node.range.end)));
  const closeStart = node.range.end - 1;
  // An empty body prints as `{}`: the `}` shares the head's line (and so does a comment after it).
  const empty = children.length === 0 && ctx.tokensIn(brace.end, closeStart).length === 0 && !ctx.commentStartsIn(brace.end, closeStart);
  const headDoc = statement(
    ctx,
    { start: node.range.start, end: brace.end },
    () => {
      const pieces = head(brace.start);
      // A head that wraps puts its brace on a line of its own, so the body stands out.
      const wraps = pieces.some((p) => p.sep === line);
      return [...pieces, { ...tokenPiece(brace, wraps ? line : ' '), outdent: true }];
    },
    empty ? 1 : 0,
    empty ? node.range.end : brace.end,
    shape && (() => shape(brace.start)),
  );
  if (ctx.text[closeStart] !== '}') return statement(ctx, node.range, () => [fallbackPiece(ctx, node.range)]);
  const body = printBody(ctx, brace, closeStart, children, printChild);
  return typeof headDoc === 'string' && typeof body === 'string' ? headDoc + body : [headDoc, body];
}
