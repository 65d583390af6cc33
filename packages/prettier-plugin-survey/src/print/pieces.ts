// A statement is printed as a row of pieces in source order (keywords, names, texts,
// attribute groups), each with the separator printed before it. Comments found in
// the gaps between pieces are printed where they were: after the piece before them
// on the same line, or on their own (continuation) line. A line comment always ends
// the line, so the next piece starts on a new one.
//
// A statement that fits in the print width stays on one line. One that does not
// breaks at every translation of its text (`en: "…"` on a continuation line of its
// own) and before its first attribute, and then packs the attributes onto as few
// continuation lines as fit; an attribute with a translated text keeps one to itself.
import { doc, type Doc } from 'prettier';
import { keywords, wordsWithRole, type TextRange } from '@survey/syntax';
import type { SourceContext, SourceToken } from '../context.ts';
import { printComment } from './comments.ts';

const { group, hardline, breakParent, indent, fill, join, line } = doc.builders;
const reserved = new Set(keywords);
/** Keywords the grammar also accepts as a function name: `nps(q)`, `reverse(q)`, `answered(a, b)`, `response_rate()`. */
const callableKeywords: ReadonlySet<string> = new Set(wordsWithRole('callable'));

export interface Piece {
  doc: Doc;
  start: number;
  end: number;
  /** Printed before this piece when it is not the first: ' ', '', or a `line` that may break. */
  sep: Doc;
  /** The last piece only (an opening brace): printed at the statement's own indentation, not continued. */
  outdent?: boolean;
  /** The piece prints the comments inside its range itself (it was joined from pieces). */
  inner?: boolean;
  /** The language code opening a translation (`en:`): its `line` separator breaks whenever the statement does. */
  translation?: boolean;
  /** An attribute holding a translated text (`help "…" en: "…"`): a continuation line of its own. */
  translated?: boolean;
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
 * Without comments, each translation gets a continuation line of its own when the
 * statement breaks, and pieces after an attribute's `line` are packed onto as few
 * continuation lines as fit.
 */
export function joinPieces(ctx: SourceContext, pieces: Piece[]): Doc {
  if (pieces.length === 0) return '';
  assertCovers(ctx, pieces);
  const last = pieces[pieces.length - 1];
  const outdented = pieces.length > 1 && last.outdent ? last : undefined;
  const body = outdented ? pieces.slice(0, -1) : pieces;
  const breakable = body.some((p, i) => i > 0 && (p.sep === line || p.translation));
  if (breakable && ctx.commentsIn(pieces[0].end, last.start).length === 0) {
    return [fillPieces(body), outdented ? [outdented.sep, outdented.doc] : ''];
  }
  const rest: Doc[] = [];
  let tail: Doc = '';
  let prevEnd = pieces[0].end;
  for (const p of pieces.slice(1)) {
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
    const sep = hard ? hardline : afterComment && p.sep === '' ? ' ' : p.sep;
    if (p === outdented) tail = [sep, p.doc];
    else rest.push(sep, p.doc);
    prevEnd = p.end;
  }
  return [pieces[0].doc, rest.length > 0 ? indent(rest) : '', tail];
}

/**
 * Throws when a source token between the first and the last piece lies in no piece:
 * printing would drop it. Callers then fall back to the tokens themselves.
 */
export function assertCovers(ctx: SourceContext, pieces: Piece[]): void {
  const start = pieces[0].start;
  const end = pieces[pieces.length - 1].end;
  const { tokens } = ctx;
  let i = 0;
  for (let k = ctx.tokenIndex(start); k < tokens.length && tokens[k].start < end; k++) {
    const t = tokens[k];
    while (i < pieces.length && pieces[i].end <= t.start) i++;
    if (i === pieces.length || t.start < pieces[i].start || t.end > pieces[i].end) {
      throw new Error(`prettier-plugin-survey: token '${t.image}' at offset ${t.start} has no place in the layout.`);
    }
  }
  // A comment inside a piece that prints only its value (`zh /* x */ -Hant`) would vanish.
  if (!ctx.commentStartsIn(start, end)) return;
  for (const c of ctx.commentsIn(start, end)) {
    if (pieces.some((p) => !p.inner && p.start < c.range.start && c.range.end <= p.end)) {
      throw new Error(`prettier-plugin-survey: comment at offset ${c.range.start} has no place in the layout.`);
    }
  }
}

/**
 * `head en: "…" attr attr …`: when the enclosing group breaks, each translation takes
 * a continuation line, and the attributes after it are packed into as few as fit. An
 * attribute with a translated text (`help "…" en: "…"`) keeps a line to itself, so
 * the next attribute is never read as part of its text.
 */
function fillPieces(pieces: Piece[]): Doc {
  type Chunk = { alone: boolean; docs: Doc[] };
  const chunks: Chunk[] = [{ alone: false, docs: [pieces[0].doc] }];
  for (const p of pieces.slice(1)) {
    if (p.translation || p.sep === line) chunks.push({ alone: !!(p.translation || p.translated), docs: [p.doc] });
    else {
      const last = chunks[chunks.length - 1];
      last.docs.push(p.sep, p.doc);
      if (p.translated) last.alone = true;
    }
  }
  const [head, ...rest] = chunks;
  const lines: Doc[] = [];
  let packed: Doc[][] = [];
  const flush = () => {
    if (packed.length) lines.push(line, fill(join(line, packed)));
    packed = [];
  };
  for (const chunk of rest) {
    if (!chunk.alone) packed.push(chunk.docs);
    else {
      flush();
      lines.push(line, chunk.docs);
    }
  }
  flush();
  return lines.length ? [head.docs, indent(lines)] : head.docs;
}

/**
 * Pieces covering a range as one piece (its inner comments included). Its own group,
 * so an attribute such as `help "…" en: "…"` breaks at its translation only when it
 * does not fit on a line by itself.
 */
export function compound(ctx: SourceContext, pieces: Piece[], sep: Doc = ' '): Piece {
  const translated = pieces.some((p, i) => (i > 0 && p.translation) || p.translated);
  return {
    doc: group(joinPieces(ctx, pieces)),
    start: pieces[0].start,
    end: pieces[pieces.length - 1].end,
    sep,
    inner: true,
    ...(translated && { translated }),
  };
}

/** How often the layout of last resort was used; tests expect 0 on known constructs. */
export const fallbackUses = { count: 0 };

/** The source tokens of a range as one piece: the layout of last resort. */
export function fallbackPiece(ctx: SourceContext, range: TextRange, sep: Doc = ' '): Piece {
  fallbackUses.count++;
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
    const call =
      t.image === '(' && prev !== undefined && /^[A-Za-z_]\w*$/.test(prev) && (!reserved.has(prev) || callableKeywords.has(prev));
    const tight = call || t.image === ',' || t.image === ')' || t.image === '..' || prev === '(' || prev === '..';
    return tokenPiece(t, tight ? '' : ' ');
  });
}
