// A statement is printed as a row of pieces in source order (keywords, names, texts,
// attribute groups), each with the separator printed before it. Comments found in
// the gaps between pieces are printed where they were: after the piece before them
// on the same line, or on their own (continuation) line. A line comment always ends
// the line, so the next piece starts on a new one.
import { doc, type Doc } from 'prettier';
import type { TextRange } from '@survey/syntax';
import type { SourceContext, SourceToken } from '../context.ts';
import { printComment } from './comments.ts';

const { hardline, breakParent, indent, fill, join, line } = doc.builders;

export interface Piece {
  doc: Doc;
  start: number;
  end: number;
  /** Printed before this piece when it is not the first: ' ', '', or a `line` that may break. */
  sep: Doc;
}

export function piece(doc: Doc, range: TextRange, sep: Doc = ' '): Piece {
  return { doc, start: range.start, end: range.end, sep };
}

export function tokenPiece(token: SourceToken, sep: Doc = ' '): Piece {
  return { doc: token.image, start: token.start, end: token.end, sep };
}

/** Same piece, another separator. */
export function withSep(p: Piece, sep: Doc): Piece {
  return { ...p, sep };
}

/**
 * Joins pieces with their separators and the comments between them. Everything after
 * the first piece is indented, so breaks inside a statement become continuation lines.
 * Without comments, pieces after a breakable `line` are packed onto as few
 * continuation lines as fit.
 */
export function joinPieces(ctx: SourceContext, pieces: Piece[]): Doc {
  if (pieces.length === 0) return '';
  const breakable = pieces.some((p, i) => i > 0 && p.sep === line);
  if (breakable && ctx.commentsIn(pieces[0].end, pieces[pieces.length - 1].start).length === 0) return fillPieces(pieces);
  const rest: Doc[] = [];
  let prevEnd = pieces[0].end;
  for (let i = 1; i < pieces.length; i++) {
    const p = pieces[i];
    let hard = false;
    let afterComment = false;
    for (const c of ctx.commentsIn(prevEnd, p.start)) {
      const ownLine = ctx.newlines(prevEnd, c.range.start) > 0;
      rest.push(hard || ownLine ? hardline : ' ', printComment(c));
      hard = c.kind === 'line';
      if (hard) rest.push(breakParent);
      afterComment = true;
      prevEnd = c.range.end;
    }
    rest.push(hard ? hardline : afterComment && p.sep === '' ? ' ' : p.sep, p.doc);
    prevEnd = p.end;
  }
  return rest.length > 0 ? [pieces[0].doc, indent(rest)] : pieces[0].doc;
}

/** `head attr attr …`, breaking before the first attribute and then filling lines. */
function fillPieces(pieces: Piece[]): Doc {
  const chunks: Doc[][] = [[pieces[0].doc]];
  for (const p of pieces.slice(1)) {
    if (p.sep === line) chunks.push([p.doc]);
    else chunks[chunks.length - 1].push(p.sep, p.doc);
  }
  const [head, ...rest] = chunks;
  return [head, indent([line, fill(join(line, rest))])];
}

/** Pieces covering a range as one piece (its inner comments included). */
export function compound(ctx: SourceContext, pieces: Piece[], sep: Doc = ' '): Piece {
  return { doc: joinPieces(ctx, pieces), start: pieces[0].start, end: pieces[pieces.length - 1].end, sep };
}

/** The source tokens of a range as one piece: the layout of last resort. */
export function fallbackPiece(ctx: SourceContext, range: TextRange, sep: Doc = ' '): Piece {
  const pieces = tokenPieces(ctx, range.start, range.end);
  return pieces.length ? compound(ctx, pieces, sep) : piece('', range, sep);
}

/**
 * The tokens of a range, one space apart (none before a comma): the fallback for
 * constructs the printer has no layout for, so their text and comments survive.
 */
export function tokenPieces(ctx: SourceContext, start: number, end: number): Piece[] {
  return ctx.tokensIn(start, end).map((t, i, all) => {
    const prev = all[i - 1]?.image;
    const tight = t.image === ',' || t.image === ')' || t.image === '..' || prev === '(' || prev === '..';
    return tokenPiece(t, tight ? '' : ' ');
  });
}
