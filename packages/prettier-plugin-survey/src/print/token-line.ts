// The common statements (options, scale points, rows, question heads, header texts)
// printed straight from their tokens: no pieces, no documents.
//
// Why it is the same text as the pieces would print (flat.ts, render.ts): every piece
// prints its source tokens as written (names, numbers, strings and language tags by their
// source text, keywords and operators by their spelling), the pieces cover the statement's
// tokens in order (assertCovers), and a flat `line` is one space. The separators that are
// not one space sit next to `-`, `(`, `)`, `..` (signs, calls, parentheses, scale bounds,
// language codes such as zh-Hant) or before `,`. A statement holding any of the first
// four, or a brace other than the `{` ending a declaration's head, is left to the pieces;
// so is one with a comment in it or after it on its line (the caller checks).
//
// A statement too wide for one line is laid out here only when its printer describes its
// shape (`LineShape`): the head (up to the end of its text), then its attributes, each a
// piece after a `line`. The pieces would make of it the document of `joinPieces` and
// `fillPieces`: each translation (`en: "…"`) and each attribute holding a translated text
// on a continuation line of its own, the other attributes packed by prettier's fill, a
// head's `{` on a line of its own. `wrapped` prints that document as render.ts (a port of
// prettier's algorithm) would. test/fast-layout.test.ts compares the output with
// prettier's own printing, fixtures and examples at six widths, with and without comments.
import type { TextRange } from '@survey/syntax';
import type { SourceContext, SourceToken } from '../context.ts';
import { stringWidth } from './width.ts';
import { indentText } from './render.ts';

const MINUS = 45;
const LPAREN = 40;
const RPAREN = 41;
const DOT = 46;
const LBRACE = 123;
const RBRACE = 125;
const COLON = 58;

/** What a statement's printer knows of its layout beyond its tokens. */
export interface LineShape {
  /** Where the head ends (the end of its text); attributes follow. */
  headEnd: number;
  /** The attributes after the head, in order, covering its remaining tokens (before a `{`). */
  attributes: Array<TextRange & { translated: boolean }>;
}

interface Run {
  text: string;
  width: number;
}

/**
 * The statement as prettier would print it, or undefined: a token this path does not
 * print, or a statement too wide for one line whose shape is not given (or not as given).
 */
export function tokenLayout(ctx: SourceContext, range: TextRange, tail: number, shape?: () => LineShape | undefined): string | undefined {
  const layout = ctx.layout;
  if (!layout) return undefined;
  const limit = layout.printWidth - ctx.depth * layout.tabWidth - tail;
  const { tokens } = ctx;
  const from = ctx.tokenIndex(range.start);
  if (from >= tokens.length || tokens[from].start !== range.start) return undefined;
  let text = '';
  let width = 0;
  let end = range.start;
  let to = from;
  let fits = true;
  for (; to < tokens.length && tokens[to].start < range.end; to++) {
    const t = tokens[to];
    const image = t.image;
    const first = image.charCodeAt(0);
    if (first === MINUS || first === LPAREN || first === RPAREN || first === DOT || first === RBRACE) return undefined;
    if (first === LBRACE && t.end !== range.end) return undefined;
    if (fits) {
      if (end !== range.start && image !== ',') {
        text += ' ';
        width += 1;
      }
      text += image;
      width += stringWidth(image);
      if (width > limit) fits = false;
    }
    end = t.end;
  }
  if (end !== range.end || to === from) return undefined;
  if (fits) return text;
  const s = shape?.();
  return s && wrapped(ctx, tokens, from, to, s);
}

function isLangTag(t: SourceToken): boolean {
  return t.image.charCodeAt(t.image.length - 1) === COLON;
}

/** Tokens [from, to) on one line: one space apart, none before a comma. */
function run(tokens: SourceToken[], from: number, to: number): Run {
  let text = '';
  let width = 0;
  for (let i = from; i < to; i++) {
    const image = tokens[i].image;
    if (i > from && image !== ',') {
      text += ' ';
      width += 1;
    }
    text += image;
    width += stringWidth(image);
  }
  return { text, width };
}

/** A text's runs: the part before its first translation, then each translation (`en: "…"`). */
function translations(tokens: SourceToken[], from: number, to: number): Run[] {
  const runs: Run[] = [];
  let start = from;
  for (let i = from + 1; i <= to; i++) {
    if (i === to || isLangTag(tokens[i])) {
      runs.push(run(tokens, start, i));
      start = i;
    }
  }
  return runs;
}

type Chunk = { alone: false; run: Run } | { alone: true; runs: Run[] };

function wrapped(ctx: SourceContext, tokens: SourceToken[], from: number, to: number, shape: LineShape): string | undefined {
  const layout = ctx.layout!;
  const brace = tokens[to - 1].image === '{' ? to - 1 : to;
  // The head: up to its end, a continuation line per translation.
  let i = from;
  while (i < brace && tokens[i].start < shape.headEnd) i++;
  if (i === from || tokens[i - 1].end !== shape.headEnd) return undefined;
  const [head, ...headTranslations] = translations(tokens, from, i);
  const chunks: Chunk[] = headTranslations.map((r) => ({ alone: true, runs: [r] }));
  let breaks = headTranslations.length > 0;
  for (const a of shape.attributes) {
    if (i >= brace || tokens[i].start !== a.start) return undefined;
    const first = i;
    while (i < brace && tokens[i].end <= a.end) i++;
    if (tokens[i - 1].end !== a.end) return undefined;
    breaks = true;
    if (a.translated) chunks.push({ alone: true, runs: translations(tokens, first, i) });
    else {
      for (let k = first; k < i; k++) if (isLangTag(tokens[k])) return undefined;
      chunks.push({ alone: false, run: run(tokens, first, i) });
    }
  }
  if (i !== brace) return undefined;

  const { printWidth, tabWidth } = layout;
  const depth = ctx.depth;
  const continuation = '\n' + indentText(depth + 1, layout);
  let out = head.text;
  let position = depth * tabWidth + head.width;
  for (let c = 0; c < chunks.length; c++) {
    const chunk = chunks[c];
    out += continuation;
    position = (depth + 1) * tabWidth;
    if (chunk.alone) {
      // A translation, or an attribute with a translated text: its own group, broken at
      // its translations (one level deeper) only when it does not fit on its line.
      const [first, ...rest] = chunk.runs;
      let flat = first.width;
      for (const r of rest) flat += 1 + r.width;
      if (position + flat <= printWidth) {
        out += first.text;
        for (const r of rest) out += ' ' + r.text;
        position += flat;
      } else {
        out += first.text;
        position += first.width;
        const deeper = '\n' + indentText(depth + 2, layout);
        for (const r of rest) {
          out += deeper + r.text;
          position = (depth + 2) * tabWidth + r.width;
        }
      }
      continue;
    }
    // Attributes packed as prettier's fill packs them: the next one joins the line when both fit.
    out += chunk.run.text;
    position += chunk.run.width;
    while (c + 1 < chunks.length && !chunks[c + 1].alone) {
      const next = (chunks[c + 1] as { run: Run }).run;
      if (position + 1 + next.width <= printWidth) {
        out += ' ' + next.text;
        position += 1 + next.width;
      } else {
        out += continuation + next.text;
        position = (depth + 1) * tabWidth + next.width;
      }
      c++;
    }
  }
  // A head's brace: on a line of its own when the head has continuation lines.
  if (brace < to) out += breaks ? '\n' + indentText(depth, layout) + '{' : ' {';
  return out;
}
