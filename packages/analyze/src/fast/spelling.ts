// Spelling checks of coded cells in the scan of a CSV file's bytes (csv-shape.ts), before
// DuckDB reads it. A coded column whose codes SQL can tell by their spelling (cells.ts:
// the plan's `codes`) passes a cell only when its bytes are exactly one code as String()
// spells it, or empty; a record with any other cell (a label, a padded number, a quoted
// cell) is left to the row-by-row path, and its column is read as text. Every other
// checked column holds only codes as spelled and blanks, so DuckDB reads it typed
// (TINYINT: the codes are integers of at most two digits), and its typed parse of those
// very texts gives the codes: the loading scan then needs no per-cell text work at all.
import type { ColumnPlan } from './cells.ts';

/** The spellings of one column's codes, as bytes (UTF-8). */
class Spellings {
  /** 1 for each spelling of one byte. */
  readonly one = new Uint8Array(256);
  private readonly two = new Uint8Array(65536);
  /** Spellings of three bytes or more, by their length. */
  private readonly long: Buffer[][] = [];

  constructor(spellings: string[]) {
    for (const s of spellings) {
      const b = Buffer.from(s, 'utf8');
      if (b.length === 1) this.one[b[0]] = 1;
      else if (b.length === 2) this.two[(b[0] << 8) | b[1]] = 1;
      else if (b.length > 2) (this.long[b.length] ??= []).push(b);
    }
  }

  /** Whether bytes [s, e) of `buf` are empty or exactly one of the spellings. */
  has(buf: Buffer, s: number, e: number): boolean {
    const n = e - s;
    if (n === 0) return true;
    if (n === 1) return this.one[buf[s]] === 1;
    if (n === 2) return this.two[(buf[s] << 8) | buf[s + 1]] === 1;
    const candidates = this.long[n];
    if (candidates === undefined) return false;
    next: for (const c of candidates) {
      for (let i = 0; i < n; i++) if (c[i] !== buf[s + i]) continue next;
      return true;
    }
    return false;
  }
}

/** What the scan checks: per header column, its spellings (undefined: not checked). */
export type SpellingCheck = Array<Spellings | undefined>;

/** What the scan found. */
export interface SpelledScan {
  /** Records (0-based, ascending) with a checked cell that is not a code as spelled: judged row by row. */
  doubts: number[];
  /** Checked columns holding such a cell (or a quoted one): read as text. */
  loose: Set<number>;
}

/** Whether a file is loaded without listing its coded cells: every coded column's codes can be told by their spelling. */
export function speculates(plans: ColumnPlan[]): boolean {
  return plans.some((c) => c.coded && c.codes) && plans.every((c) => !c.coded || c.codes);
}

/** The spelling check of the plans' coded columns, or undefined when the file is loaded with its cells listed. */
export function spellingCheck(plans: ColumnPlan[], width: number): SpellingCheck | undefined {
  if (!speculates(plans)) return undefined;
  const check: SpellingCheck = Array.from({ length: width }, () => undefined);
  const made = new Map<object, Spellings>();
  for (const c of plans) {
    if (!c.codes || c.index >= width) continue;
    let s = made.get(c.codes);
    if (!s) made.set(c.codes, (s = new Spellings(c.codes.values.map(String))));
    check[c.index] = s;
  }
  return check;
}

/** The DuckDB type of a checked numeric column that holds only codes as spelled (integers of at most two digits). */
export const TYPED_CODES = 'TINYINT';
