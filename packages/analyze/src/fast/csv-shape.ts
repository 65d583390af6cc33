// The shape of a CSV file, found by one pass over its bytes before DuckDB reads it:
// the header, the delimiter (as csv-parse.ts guesses it), and where the records that
// DuckDB returns one per non-empty line sit in the file, so every row keeps the line
// number the row-by-row reader gives it. A file this scan cannot vouch for (a quoted
// cell spanning lines, a lone CR, more cells than the header, invalid UTF-8, a quote
// inside an unquoted cell) is read row by row instead; the reason says why.
import { isUtf8 } from 'node:buffer';
import { open, type FileHandle } from 'node:fs/promises';
import { MAX_ROW_CHARS } from '../load/csv-parse.ts';
import type { SpelledScan, SpellingCheck } from './spelling.ts';

export interface CsvShape {
  header: string[];
  delimiter: ',' | '\t';
  /** Data records (non-empty lines after the header). */
  records: number;
  /** For each empty line after the header: the index of the next record (DuckDB skips empty lines). */
  gaps: number[];
  /** Records with fewer cells than the header: index → cell count. */
  short: Map<number, number>;
  /** Byte offset of each record's line in the file (8 bytes a record, to fetch the rows in doubt). */
  offsets: Float64Array;
  /** What the spelling check found, when the scan was given one. */
  spelled?: SpelledScan;
}

const LF = 10;
const CR = 13;
const QUOTE = 34;
/** More irregular lines than this: not worth the set-based path. */
const MAX_IRREGULAR = 10_000;

/** The spelling check of a scan (spelling.ts) and what it found in the current line. */
interface Spelled {
  check: SpellingCheck;
  loose: Set<number>;
  /** The line holds a checked cell that is not a code as spelled. */
  bad: boolean;
}

/** Whether cell `j` (bytes [s, e), unquoted) passes its spelling check; marks its column otherwise. */
function spelledCell(sp: Spelled, j: number, buf: Buffer, s: number, e: number): void {
  const c = sp.check[j];
  if (c && !c.has(buf, s, e)) {
    sp.bad = true;
    sp.loose.add(j);
  }
}

/** cellsIn() of a line without quotes, checking the spelling of its cells (most are one byte: looked up here). */
function spelledLine(buf: Buffer, start: number, end: number, delim: number, sp: Spelled): number | string {
  const check = sp.check;
  let cells = 1;
  let cell = start;
  for (let i = start; i < end; i++) {
    const b = buf[i];
    if (b === delim) {
      const c = check[cells - 1];
      if (c !== undefined && !(i - cell === 1 ? c.one[buf[cell]] === 1 : c.has(buf, cell, i))) {
        sp.bad = true;
        sp.loose.add(cells - 1);
      }
      cell = i + 1;
      cells++;
    } else if (b === CR) return 'a carriage return inside a line';
  }
  spelledCell(sp, cells - 1, buf, cell, end);
  return cells;
}

/** Cells in one line, or a reason the line cannot be read by DuckDB the way csv-parse.ts reads it. */
function cellsIn(buf: Buffer, start: number, end: number, delim: number, quoted: boolean, sp?: Spelled): number | string {
  let cells = 1;
  let i = start;
  if (!quoted && sp) return spelledLine(buf, start, end, delim, sp);
  if (!quoted) {
    for (; i < end; i++) {
      const b = buf[i];
      if (b === delim) cells++;
      else if (b === CR) return 'a carriage return inside a line';
    }
    return cells;
  }
  let atStart = true;
  let cell = start;
  while (i < end) {
    const b = buf[i];
    if (atStart && b === QUOTE) {
      if (sp?.check[cells - 1]) {
        // a quoted cell is not checked: its row and column go the way of any other spelling
        sp.bad = true;
        sp.loose.add(cells - 1);
      }
      i++;
      for (;;) {
        if (i >= end) return 'a quoted cell spans lines';
        if (buf[i] === QUOTE) {
          if (buf[i + 1] === QUOTE && i + 1 < end) i += 2;
          else break;
        } else if (buf[i] === CR) return 'a carriage return inside a quoted cell';
        else i++;
      }
      i++; // the closing quote
      if (i < end && buf[i] !== delim) return 'text after a closing quote';
      atStart = false;
      cell = -1;
      continue;
    }
    if (b === QUOTE) return 'a quote inside an unquoted cell';
    if (b === CR) return 'a carriage return inside a line';
    if (b === delim) {
      if (sp && cell >= 0) spelledCell(sp, cells - 1, buf, cell, i);
      cell = i + 1;
      cells++;
      atStart = true;
    } else atStart = false;
    i++;
  }
  if (sp && cell >= 0) spelledCell(sp, cells - 1, buf, cell, end);
  return cells;
}

/** The scan; `spelling` gives the spelling check of a header's columns (spelling.ts), if any. */
export async function csvShape(path: string, spelling?: (header: string[]) => SpellingCheck | undefined): Promise<CsvShape | string> {
  const fh = await open(path, 'r');
  try {
    const size = (await fh.stat()).size;
    const chunk = Buffer.allocUnsafe(4 << 20);
    let carry: Buffer = Buffer.alloc(0);
    let pos = 0;
    let header: string[] | undefined;
    let delim = 44;
    let width = 0;
    let k = 0;
    const gaps: number[] = [];
    const short = new Map<number, number>();
    let offsets = new Float64Array(1024);
    let base = 0; // file offset of buf[0]
    let sp: Spelled | undefined;
    let doubts = new Int32Array(0);
    let nDoubts = 0;
    const line = (buf: Buffer, s: number, e: number, quoted: boolean): string | undefined => {
      if (e > s && buf[e - 1] === CR) e--;
      if (e - s > MAX_ROW_CHARS) return 'a line longer than a response can be';
      if (!header) {
        let text = buf.toString('utf8', s, e);
        if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
        if (text.trim() === '') return 'blank lines before the header';
        if (text.includes('"') || text.includes('\r')) return 'a quoted header';
        const d = !text.includes(',') && text.includes('\t') ? '\t' : ',';
        delim = d.charCodeAt(0);
        header = text.split(d);
        width = header.length;
        const check = spelling?.(header);
        if (check) sp = { check, loose: new Set(), bad: false };
        return undefined;
      }
      if (e === s) {
        gaps.push(k);
        return gaps.length > MAX_IRREGULAR ? 'too many empty lines' : undefined;
      }
      const cells = cellsIn(buf, s, e, delim, quoted, sp);
      if (typeof cells === 'string') return cells;
      if (sp?.bad) {
        sp.bad = false;
        if (nDoubts === doubts.length) {
          const grown = new Int32Array(Math.max(1024, nDoubts * 2));
          grown.set(doubts);
          doubts = grown;
        }
        doubts[nDoubts++] = k;
      }
      if (cells > width) return 'a row with more cells than the header';
      if (cells < width) {
        short.set(k, cells);
        if (short.size > MAX_IRREGULAR) return 'too many short rows';
      }
      if (k === offsets.length) {
        const grown = new Float64Array(offsets.length * 2);
        grown.set(offsets);
        offsets = grown;
      }
      offsets[k] = base + s;
      k++;
      return undefined;
    };
    while (pos < size) {
      const { bytesRead } = await fh.read(chunk, 0, chunk.length, pos);
      if (!bytesRead) break;
      pos += bytesRead;
      const buf = carry.length ? Buffer.concat([carry, chunk.subarray(0, bytesRead)]) : chunk.subarray(0, bytesRead);
      base = pos - buf.length;
      let s = 0;
      let quote = buf.indexOf(QUOTE);
      for (let nl = buf.indexOf(LF, s); nl >= 0; nl = buf.indexOf(LF, s)) {
        const why = line(buf, s, nl, quote >= 0 && quote < nl);
        if (why) return why;
        s = nl + 1;
        if (quote >= 0 && quote < s) quote = buf.indexOf(QUOTE, s);
      }
      if (!isUtf8(buf.subarray(0, s))) return 'not valid UTF-8';
      if (buf.length - s > MAX_ROW_CHARS) return 'a line longer than a response can be';
      carry = Buffer.from(buf.subarray(s));
    }
    if (carry.length) {
      base = pos - carry.length;
      if (!isUtf8(carry)) return 'not valid UTF-8';
      const why = line(carry, 0, carry.length, carry.includes(QUOTE));
      if (why) return why;
    }
    if (!header) return 'no header';
    // trailing empty lines follow the last record: they move no row
    while (gaps.length && gaps[gaps.length - 1] === k) gaps.pop();
    return {
      header,
      delimiter: delim === 9 ? '\t' : ',',
      records: k,
      gaps,
      short,
      offsets: offsets.subarray(0, k),
      ...(sp ? { spelled: { doubts: Array.from(doubts.subarray(0, nDoubts)), loose: sp.loose } } : {}),
    };
  } finally {
    await fh.close();
  }
}

/** A piece of the file read at once (recordCells). */
export interface ReadBlock {
  start: number;
  length: number;
  buf: Buffer;
}

export const emptyBlock = (): ReadBlock => ({ start: 0, length: 0, buf: Buffer.alloc(0) });

/** The file line of record `k` (0-based), as JavaScript. */
export function lineOf(k: number, shape: CsvShape): number {
  // gaps ascend: count those <= k by binary search
  let lo = 0;
  let hi = shape.gaps.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (shape.gaps[mid] <= k) lo = mid + 1;
    else hi = mid;
  }
  return k + 2 + lo;
}

/**
 * The cells of record `k`, read again from the file: csv-parse.ts's reading of a line
 * the scan found well formed (quoted cells closed on the line, no text after a quote).
 */
export async function recordCells(fh: FileHandle, k: number, shape: CsvShape, size: number, block: ReadBlock): Promise<string[]> {
  const start = shape.offsets[k];
  const end = k + 1 < shape.records ? shape.offsets[k + 1] : size;
  if (start < block.start || end > block.start + block.length) {
    // rows in doubt come in file order: read a block at a time
    const length = Math.min(Math.max(end - start, 1 << 20), size - start);
    if (block.buf.length < length) block.buf = Buffer.allocUnsafe(length);
    const { bytesRead } = await fh.read(block.buf, 0, length, start);
    block.start = start;
    block.length = bytesRead;
  }
  let text = block.buf.toString('utf8', start - block.start, end - block.start);
  text = text.replace(/\n[\s\S]*$/, '').replace(/\r$/, '');
  const cells: string[] = [];
  let i = 0;
  for (;;) {
    if (text[i] === '"') {
      let cell = '';
      i++;
      for (;;) {
        const q = text.indexOf('"', i);
        if (q < 0) {
          cell += text.slice(i);
          i = text.length;
          break;
        }
        cell += text.slice(i, q);
        if (text[q + 1] === '"') {
          cell += '"';
          i = q + 2;
        } else {
          i = q + 1;
          break;
        }
      }
      cells.push(cell);
    } else {
      const d = text.indexOf(shape.delimiter, i);
      cells.push(text.slice(i, d < 0 ? text.length : d));
      i = d < 0 ? text.length : d;
    }
    if (i >= text.length) break;
    i++; // the delimiter
    if (i === text.length) {
      cells.push('');
      break;
    }
  }
  return cells;
}

/** The file line of record `k` (0-based, as DuckDB numbers the non-empty lines), header on line 1. */
export function lineSql(k: string, shape: CsvShape): string {
  if (!shape.gaps.length) return `(${k} + 2)`;
  return `(${k} + 2 + len(list_filter([${shape.gaps.join(', ')}], g -> g <= ${k})))`;
}
