// Statement lists: the file itself and every `{ … }` body. One statement per line;
// a comment sharing a line with what precedes it stays there (after `{` too),
// others get their own line; blank lines between statements are kept, at most one,
// and never right after `{` or before `}`.
import { doc, type Doc } from 'prettier';
import type { TextRange } from '@survey/syntax';
import type { PrintableComment, SourceContext, SourceToken } from '../context.ts';
import { printComment } from './comments.ts';
import { fallbackPiece, joinPieces } from './pieces.ts';
import { indentText, joinedLines } from './render.ts';

const { group, hardline, breakParent, indent, join, lineSuffix } = doc.builders;

interface Ranged {
  range: TextRange;
}

interface Layout {
  /** Comments on the line of the opening brace. */
  braceLine: Doc[];
  /** One entry per output line; '' stands for a kept blank line. */
  lines: Doc[];
}

function layout<N extends Ranged>(
  ctx: SourceContext,
  from: number,
  to: number,
  children: N[],
  printChild: (n: N) => Doc,
  atBrace: boolean,
): Layout {
  type Element = { comment: PrintableComment; range: TextRange } | { node: N; range: TextRange } | { stray: TextRange; range: TextRange };
  const elements: Element[] = [];
  let cursor = from;
  const gap = (end: number) => {
    // Usually nothing lies between two statements: answered without making lists.
    if (ctx.commentStartsIn(cursor, end))
      for (const comment of ctx.commentsIn(cursor, end)) elements.push({ comment, range: comment.range });
    if (ctx.tokenStartsIn(cursor, end)) for (const stray of strayRuns(ctx, cursor, end)) elements.push({ stray, range: stray });
  };
  for (const node of inOrder(children)) {
    gap(node.range.start);
    elements.push({ node, range: node.range });
    cursor = node.range.end;
  }
  gap(to);
  elements.sort((a, b) => a.range.start - b.range.start);

  const braceLine: Doc[] = [];
  const lines: Doc[] = [];
  let current: Doc[] | undefined;
  let prevEnd = from;
  for (const el of elements) {
    const breaks = ctx.newlines(prevEnd, el.range.start);
    if ('comment' in el && breaks === 0 && (current || atBrace)) {
      (current ?? braceLine).push(trailing(el.comment));
    } else {
      if (lines.length > 0 && breaks > 1) lines.push('');
      current = ['comment' in el ? printComment(el.comment) : 'node' in el ? printChild(el.node) : printStray(ctx, el.stray)];
      lines.push(current);
    }
    prevEnd = el.range.end;
  }
  return { braceLine, lines };
}

/** The children by their start; the list itself when it is in order already (the usual case). */
function inOrder<N extends Ranged>(children: N[]): N[] {
  for (let i = 1; i < children.length; i++) {
    if (children[i].range.start < children[i - 1].range.start) return [...children].sort((a, b) => a.range.start - b.range.start);
  }
  return children;
}

/**
 * Tokens in a statement list that belong to no statement the printer was given (a
 * construct newer than this printer): runs of them, so they are printed, not lost.
 */
function strayRuns(ctx: SourceContext, start: number, end: number): TextRange[] {
  const runs: TextRange[] = [];
  for (const t of ctx.tokensIn(start, end)) {
    const last = runs[runs.length - 1];
    if (last && ctx.commentsIn(last.end, t.start).length === 0 && ctx.newlines(last.end, t.start) === 0) last.end = t.end;
    else runs.push({ start: t.start, end: t.end });
  }
  return runs;
}

function printStray(ctx: SourceContext, range: TextRange): Doc {
  return group(joinPieces(ctx, [fallbackPiece(ctx, range)]));
}

/** A comment after something on its line; a line comment never counts against the width. */
function trailing(comment: PrintableComment): Doc {
  const printed = printComment(comment);
  return comment.kind === 'line' ? [lineSuffix([' ', printed]), breakParent] : [' ', printed];
}

/** The body after an opening brace (already printed by the statement's head), through `}`. */
export function printBody<N extends Ranged>(
  ctx: SourceContext,
  open: SourceToken,
  closeStart: number,
  children: N[],
  printChild: (n: N) => Doc,
): Doc {
  ctx.depth++;
  let body: Layout;
  try {
    body = layout(ctx, open.end, closeStart, children, printChild, true);
  } finally {
    ctx.depth--;
  }
  const { braceLine, lines } = body;
  if (lines.length === 0) {
    // `{}`, `{ /* note */ }`; a line comment needs the brace on the next line.
    const lineComment = ctx.commentsIn(open.end, closeStart).some((c) => c.kind === 'line');
    if (braceLine.length === 0 && !lineComment) return '}';
    return [...braceLine, lineComment ? hardline : braceLine.length ? ' ' : '', '}'];
  }
  // Every line printed to text already (see render.ts): the body as one string.
  const text = ctx.layout && braceLine.length === 0 ? joinedLines(lines, indentText(ctx.depth + 1, ctx.layout)) : undefined;
  if (text !== undefined) return `\n${text}\n${indentText(ctx.depth, ctx.layout!)}}`;
  return [...braceLine, indent([hardline, join(hardline, lines)]), hardline, '}'];
}

/** The whole file: its statements and comments, ending with one newline. */
export function printTopLevel<N extends Ranged>(ctx: SourceContext, children: N[], printChild: (n: N) => Doc): Doc {
  const { lines } = layout(ctx, 0, ctx.text.length, children, printChild, false);
  const text = ctx.layout && lines.length ? joinedLines(lines, '') : undefined;
  if (text !== undefined) return `${text}\n`;
  return lines.length ? [join(hardline, lines), hardline] : '';
}
