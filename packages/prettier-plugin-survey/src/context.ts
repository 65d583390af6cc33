// The source facts a printer needs besides the tree: the text, the significant
// tokens (to place keywords and punctuation the AST does not keep) and the comments.
// Kept beside the root in a WeakMap so prettier never walks or massages them.
import type { Comment, ParseResult, TextRange } from '@survey/syntax';

export interface SourceToken {
  start: number;
  end: number;
  image: string;
}

/** A parser comment as prettier sees it: `value` for its messages, `printed` set once emitted. */
export interface PrintableComment extends Comment {
  value: string;
  printed?: boolean;
}

export class SourceContext {
  readonly tokens: SourceToken[];
  /** prettier's layout options, when printing for prettier (set by the printer). */
  layout: { printWidth: number; tabWidth: number; useTabs: boolean } | undefined;
  /** How many `{ … }` bodies enclose what is being printed. */
  depth = 0;

  constructor(
    readonly text: string,
    tokens: ParseResult['tokens'],
    readonly comments: PrintableComment[],
  ) {
    this.tokens = tokens.map((t) => ({ start: t.startOffset, end: t.startOffset + t.image.length, image: t.image }));
    this.tokenStarts = this.tokens.map((t) => t.start);
    this.commentStarts = comments.map((c) => c.range.start);
  }

  /** The start offsets of the tokens and of the comments, for binary search. */
  private readonly tokenStarts: number[];
  private readonly commentStarts: number[];

  slice(range: TextRange): string {
    return this.text.slice(range.start, range.end);
  }

  /** Comments lying entirely inside [start, end). */
  commentsIn(start: number, end: number): PrintableComment[] {
    const out: PrintableComment[] = [];
    for (let i = lowerBound(this.commentStarts, start); i < this.comments.length && this.comments[i].range.start < end; i++) {
      if (this.comments[i].range.end <= end) out.push(this.comments[i]);
    }
    return out;
  }

  /** Whether a comment starts inside [start, end). */
  commentStartsIn(start: number, end: number): boolean {
    const i = lowerBound(this.commentStarts, start);
    return i < this.comments.length && this.comments[i].range.start < end;
  }

  /** Whether a token starts inside [start, end). */
  tokenStartsIn(start: number, end: number): boolean {
    const i = lowerBound(this.tokenStarts, start);
    return i < this.tokens.length && this.tokens[i].start < end;
  }

  /** The offset of the line break ending the line `offset` is on (or the text's end). */
  lineEnd(offset: number): number {
    const i = this.text.indexOf('\n', offset);
    return i < 0 ? this.text.length : i;
  }

  /** The first token spelled `image` starting at or after `from` (and before `to`). */
  token(image: string, from: number, to = Infinity): SourceToken | undefined {
    for (let i = lowerBound(this.tokenStarts, from); i < this.tokens.length && this.tokens[i].start < to; i++) {
      if (this.tokens[i].image === image) return this.tokens[i];
    }
    return undefined;
  }

  /** The index in `tokens` of the first token starting at or after `offset`. */
  tokenIndex(offset: number): number {
    return lowerBound(this.tokenStarts, offset);
  }

  /** Tokens starting inside [start, end). */
  tokensIn(start: number, end: number): SourceToken[] {
    const out: SourceToken[] = [];
    for (let i = lowerBound(this.tokenStarts, start); i < this.tokens.length && this.tokens[i].start < end; i++) out.push(this.tokens[i]);
    return out;
  }

  /** How many line breaks the source has between two offsets. */
  newlines(start: number, end: number): number {
    let n = 0;
    for (let i = start; i < end; i++) if (this.text.charCodeAt(i) === 10) n++;
    return n;
  }
}

function lowerBound(starts: number[], offset: number): number {
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid] < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const contexts = new WeakMap<object, SourceContext>();

export function registerContext(root: object, ctx: SourceContext): void {
  contexts.set(root, ctx);
}

export function contextOf(root: object): SourceContext {
  const ctx = contexts.get(root);
  if (!ctx) throw new Error('prettier-plugin-survey: the tree was not produced by the survey parser.');
  return ctx;
}
