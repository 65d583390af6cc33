// Conditions and formulas, printed from the tree: one space around binary operators,
// `not x`, `-x`, `f(a, b)`, parentheses exactly where the source had them.
import type { Expr } from '@survey/syntax';
import type { SourceContext } from '../context.ts';
import { fallbackPiece, joinPieces, piece, tokenPiece, type Piece } from './pieces.ts';
import { numberPiece, stringPiece } from './leaves.ts';
import type { Doc } from 'prettier';

export function exprPiece(ctx: SourceContext, e: Expr, sep: Doc = ' '): Piece {
  // A name or literal with no comment inside is its one piece (joined, it would print the same).
  if ((e.kind === 'NameRef' || e.kind === 'Number' || e.kind === 'String') && !ctx.commentStartsIn(e.range.start + 1, e.range.end)) {
    return { ...exprPieces(ctx, e)[0], sep, inner: true };
  }
  return { ...piece(joinPieces(ctx, exprPieces(ctx, e)), e.range), sep, inner: true };
}

function exprPieces(ctx: SourceContext, e: Expr): Piece[] {
  const { start, end } = e.range;
  switch (e.kind) {
    case 'Number':
      return [numberPiece(e)];
    case 'String':
      return [stringPiece(ctx, e)];
    case 'NameRef':
      return [piece(e.qualifier ? `${e.qualifier.name}.${e.name}` : e.name, e.range)];
    case 'Binary': {
      if (!e.right) break;
      return [exprPiece(ctx, e.left), piece(e.op, e.opRange), exprPiece(ctx, e.right)];
    }
    case 'Unary': {
      const op = ctx.token(e.op, start, end);
      if (!op || !e.operand) break;
      return [tokenPiece(op), exprPiece(ctx, e.operand, e.op === 'not' ? ' ' : '')];
    }
    case 'Paren': {
      const close = ctx.token(')', end - 1, end);
      if (!e.expr || !close) break;
      return [piece('(', { start, end: start + 1 }), exprPiece(ctx, e.expr, ''), tokenPiece(close, '')];
    }
    case 'Call': {
      const open = ctx.token('(', e.callee.range.end, end);
      const close = ctx.token(')', end - 1, end);
      if (!open || !close) break;
      const out: Piece[] = [piece(e.callee.name, e.callee.range), tokenPiece(open, '')];
      e.args.forEach((arg, i) => {
        if (i > 0) {
          const comma = ctx.token(',', e.args[i - 1].range.end, arg.range.start);
          if (comma) out.push(tokenPiece(comma, ''));
        }
        out.push(exprPiece(ctx, arg, i === 0 ? '' : ' '));
      });
      // `count(members where age < 18)`
      if (e.where) {
        if (!e.where.cond) break;
        out.push(piece('where', e.where.keywordRange), exprPiece(ctx, e.where.cond));
      }
      out.push(tokenPiece(close, ''));
      return out;
    }
  }
  return [fallbackPiece(ctx, e.range)];
}
