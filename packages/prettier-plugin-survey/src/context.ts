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

  constructor(
    readonly text: string,
    tokens: ParseResult['tokens'],
    readonly comments: PrintableComment[],
  ) {
    this.tokens = tokens.map((t) => ({ start: t.startOffset, end: t.startOffset + t.image.length, image: t.image }));
  }

  slice(range: TextRange): string {
    return this.text.slice(range.start, range.end);
  }

  /** Comments lying entirely inside [start, end). */
  commentsIn(start: number, end: number): PrintableComment[] {
    const out: PrintableComment[] = [];
    for (let i = lowerBound(this.comments, start); i < this.comments.length && this.comments[i].range.start < end; i++) {
      if (this.comments[i].range.end <= end) out.push(this.comments[i]);
    }
    return out;
  }

  /** The first token spelled `image` starting at or after `from` (and before `to`). */
  token(image: string, from: number, to = Infinity): SourceToken | undefined {
    for (let i = lowerBound(this.tokens, from); i < this.tokens.length && this.tokens[i].start < to; i++) {
      if (this.tokens[i].image === image) return this.tokens[i];
    }
    return undefined;
  }

  /** Tokens starting inside [start, end). */
  tokensIn(start: number, end: number): SourceToken[] {
    const out: SourceToken[] = [];
    for (let i = lowerBound(this.tokens, start); i < this.tokens.length && this.tokens[i].start < end; i++) out.push(this.tokens[i]);
    return out;
  }

  /** How many line breaks the source has between two offsets. */
  newlines(start: number, end: number): number {
    let n = 0;
    for (let i = start; i < end; i++) if (this.text.charCodeAt(i) === 10) n++;
    return n;
  }
}

function lowerBound(items: ReadonlyArray<{ start: number } | { range: TextRange }>, offset: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const item = items[mid];
    const start = 'range' in item ? item.range.start : item.start;
    if (start < offset) lo = mid + 1;
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
