// Pieces for the small things: names, numbers, string literals (printed from the
// source slice, escapes untouched), multilingual texts and comma lists.
import { doc, type Doc } from 'prettier';
import type { ConstraintValue, Identifier, NumberLit, StringLit, Text } from '@survey/syntax';
import type { SourceContext } from '../context.ts';
import { compound, piece, tokenPiece, type Piece } from './pieces.ts';

const { line } = doc.builders;

export function identPiece(id: Identifier, sep: Doc = ' '): Piece {
  return piece(id.name, id.range, sep);
}

export function numberPiece(n: NumberLit, sep: Doc = ' '): Piece {
  return piece(n.raw, n.range, sep);
}

export function stringPiece(ctx: SourceContext, s: StringLit, sep: Doc = ' '): Piece {
  return piece(ctx.slice(s.range), s.range, sep);
}

/**
 * `"默认" en: "English"`: the translations follow the default text on its line while
 * the statement fits, otherwise each one starts a continuation line (see joinPieces).
 */
export function textPieces(ctx: SourceContext, text: Text, sep: Doc = ' '): Piece[] {
  const out: Piece[] = [];
  for (const part of text.parts) {
    if (part.lang !== undefined && part.langRange) {
      const lang = piece(ctx.slice(part.langRange), part.langRange, out.length ? line : sep);
      out.push(out.length ? { ...lang, translation: true } : lang);
    }
    out.push(piece(ctx.slice(part.valueRange), part.valueRange, out.length ? ' ' : sep));
  }
  return out;
}

/** `a, b, c`, each comma right after its name. */
export function nameListPieces(ctx: SourceContext, names: Identifier[], sep: Doc = ' '): Piece[] {
  const out: Piece[] = [];
  names.forEach((name, i) => {
    if (i > 0) {
      const comma = ctx.token(',', names[i - 1].range.end, name.range.start);
      if (comma) out.push(tokenPiece(comma, ''));
    }
    out.push(namePiece(ctx, name, i === 0 ? sep : ' '));
  });
  return out;
}

/** `"image/*", ".pdf"`: strings separated by commas (a file question's `accept`). */
export function stringListPieces(ctx: SourceContext, items: StringLit[], sep: Doc = ' '): Piece[] {
  const out: Piece[] = [];
  items.forEach((item, i) => {
    if (i > 0) {
      const comma = ctx.token(',', items[i - 1].range.end, item.range.start);
      if (comma) out.push(tokenPiece(comma, ''));
    }
    out.push(stringPiece(ctx, item, i === 0 ? sep : ' '));
  });
  return out;
}

/** A name; a language code such as `zh-Hant` is several tokens, printed with no space between. */
function namePiece(ctx: SourceContext, name: Identifier, sep: Doc): Piece {
  const parts = ctx.tokensIn(name.range.start, name.range.end);
  if (parts.length <= 1) return identPiece(name, sep);
  return compound(
    ctx,
    parts.map((t, i) => tokenPiece(t, i === 0 ? sep : '')),
    sep,
  );
}

/** A code or number that may be written negative: `-2`. */
export function signedPieces(
  ctx: SourceContext,
  negative: boolean,
  value: NumberLit | StringLit | undefined,
  from: number,
  sep: Doc = ' ',
): Piece[] {
  if (!value) return [];
  const out: Piece[] = [];
  const minus = negative ? ctx.token('-', from, value.range.start) : undefined;
  if (minus) out.push(tokenPiece(minus, sep));
  out.push(value.kind === 'Number' ? numberPiece(value, minus ? '' : sep) : stringPiece(ctx, value, minus ? '' : sep));
  return out;
}

export function constraintPieces(ctx: SourceContext, c: ConstraintValue): Piece[] {
  return signedPieces(ctx, c.negative, c.value, c.range.start);
}
