// Line/column from offsets through a table of line starts, so the lexer can run with
// positionTracking "onlyOffset" (2x faster). Lines and columns are 0-based here; the
// CLI prints them 1-based. CRLF, CR and LF all end a line.

export interface Position {
  line: number;
  character: number;
}

export class LineMap {
  private starts: number[] | undefined;

  constructor(readonly text: string) {}

  /** The offset where each line starts; computed on first use (a parse without errors may never need it). */
  get lineStarts(): number[] {
    return (this.starts ??= lineStartsOf(this.text));
  }

  position(offset: number): Position {
    const o = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.lineStarts[mid] <= o) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: o - this.lineStarts[lo] };
  }

  offset(pos: Position): number {
    if (pos.line < 0) return 0;
    if (pos.line >= this.lineStarts.length) return this.text.length;
    const lineEnd = pos.line + 1 < this.lineStarts.length ? this.lineStarts[pos.line + 1] : this.text.length;
    return Math.min(this.lineStarts[pos.line] + Math.max(0, pos.character), lineEnd);
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }
}

function lineStartsOf(text: string): number[] {
  const starts = [0];
  // Without a CR, each line end is found by indexOf (much faster than a loop over every character).
  if (text.indexOf('\r') === -1) {
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    return starts;
  }
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    } else if (c === 10) {
      starts.push(i + 1);
    }
  }
  return starts;
}
