// `seq` lays out a statement from its parts in source order: keyword spellings are
// found among the tokens after the previous part (the tree does not keep them),
// tree nodes become pieces. Keeps each statement printer to one readable line.
import type { Doc } from 'prettier';
import type { Expr, Identifier, NumberLit, StringLit, Text } from '@survey/syntax';
import type { SourceContext } from '../context.ts';
import { tokenPiece, withSep, type Piece } from './pieces.ts';
import { identPiece, numberPiece, stringPiece, textPieces } from './leaves.ts';
import { exprPiece } from './expr.ts';

type Leaf = Identifier | NumberLit | StringLit | Text | Expr;
/** A keyword or punctuation spelling, a node, ready pieces, or nothing (skipped). */
export type Part = string | Leaf | Piece | Piece[] | Tight | undefined | false;
interface Tight {
  tight: Part;
}

/** The part is printed with no space before it: `1..5`, `-2`. */
export function tight(part: Part): Tight {
  return { tight: part };
}

export function seq(ctx: SourceContext, from: number, parts: Part[]): Piece[] {
  const out: Piece[] = [];
  let cursor = from;
  for (const part of parts) {
    for (const p of toPieces(ctx, part, cursor)) {
      out.push(p);
      cursor = p.end;
    }
  }
  return out;
}

function toPieces(ctx: SourceContext, part: Part, cursor: number, sep: Doc = ' '): Piece[] {
  if (part === undefined || part === false) return [];
  if (typeof part === 'string') {
    const t = ctx.token(part, cursor);
    if (!t) throw new Error(`prettier-plugin-survey: expected '${part}' after offset ${cursor}.`);
    return [tokenPiece(t, sep)];
  }
  if (Array.isArray(part)) return part.map((p, i) => (i === 0 && sep !== ' ' ? withSep(p, sep) : p));
  if ('tight' in part) return toPieces(ctx, part.tight, cursor, '');
  if ('doc' in part) return [sep === ' ' ? part : withSep(part, sep)];
  switch (part.kind) {
    case 'Identifier':
      // A quoted glossary term ("客服") is printed as written.
      return [part.quoted ? stringPiece(ctx, { kind: 'String', value: part.name, range: part.range }, sep) : identPiece(part, sep)];
    case 'Number':
      return [numberPiece(part, sep)];
    case 'String':
      return [stringPiece(ctx, part, sep)];
    case 'Text':
      return textPieces(ctx, part, sep);
    default:
      return [exprPiece(ctx, part, sep)];
  }
}
