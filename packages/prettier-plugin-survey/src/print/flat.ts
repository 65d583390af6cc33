// The fast path for the common case: a statement with no comment in or after it on its
// line that fits the print width is printed as one string, exactly as prettier's
// printer would print its group flat (a `line` is a space, groups, fills and indents
// are their contents). prettier then has one string to write instead of a group to
// measure, and the document stays small: most statements of a large survey take
// this path. Anything that could break (a hard line, a comment) keeps the group.
import { doc, type Doc } from 'prettier';
import { stringWidth } from './width.ts';
import type { SourceContext } from '../context.ts';
import type { Piece } from './pieces.ts';

const { line } = doc.builders;

interface Flat {
  text: string;
  width: number;
  /** A `line` printed flat: a space, counted once something follows it (as prettier's `fits` does). */
  pending: boolean;
  /** The widest the line may get: past it the statement cannot be one line, so appending stops. */
  limit: number;
}

/** Appends a doc printed flat; false when it holds anything that is not plain text and lines, or gets too wide. */
function append(d: Doc, out: Flat): boolean {
  if (typeof d === 'string') {
    if (d === '') return true;
    if (out.pending) {
      out.text += ' ';
      out.width += 1;
      out.pending = false;
    }
    out.text += d;
    out.width += stringWidth(d);
    return out.width <= out.limit;
  }
  if (Array.isArray(d)) {
    for (const part of d) if (!append(part, out)) return false;
    return true;
  }
  switch (d.type) {
    case 'group':
      return !d.break && !d.expandedStates && append(d.contents, out);
    case 'indent':
    case 'align':
      return append(d.contents, out);
    case 'fill':
      for (const part of d.parts) if (!append(part, out)) return false;
      return true;
    case 'line':
      if (d.hard || d.literal) return false;
      if (!d.soft) out.pending = true;
      return true;
  }
  return false;
}

/**
 * The statement's pieces (checked to cover its tokens, with no comment among them or
 * after them on their line) as the one line prettier would print, or undefined when
 * the line would not fit. `tail` is the width printed right after the statement
 * before the line ends (`}` after the head of an empty body).
 */
export function flatStatement(ctx: SourceContext, pieces: Piece[], tail: number): string | undefined {
  if (!ctx.layout) return undefined;
  const limit = ctx.layout.printWidth - ctx.depth * ctx.layout.tabWidth - tail;
  const out: Flat = { text: '', width: 0, pending: false, limit };
  for (let i = 0; i < pieces.length; i++) {
    const p = pieces[i];
    if (i > 0 && !append(p.translation ? line : p.sep, out)) return undefined;
    if (!append(p.doc, out)) return undefined;
  }
  // A trailing space would be trimmed by prettier at the line's end: leave such a line to it.
  if (out.pending || out.text.endsWith(' ') || out.text.endsWith('\t')) return undefined;
  return out.width <= limit ? out.text : undefined;
}
