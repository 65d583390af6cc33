// A streaming RFC 4180 CSV reader: quoted fields with "" escapes and line breaks,
// CRLF or LF, a UTF-8 byte-order mark, comma or tab delimiters (guessed from the
// header). Each record carries the file line it starts on. A file that ends inside
// quotes is a half-written record, reported with its line.
import { createReadStream } from 'node:fs';
import { DataError } from '../errors.ts';

/** No response is this long: a longer row is an unclosed quote or not a CSV file, and must not fill the memory. */
export const MAX_ROW_CHARS = 16 * 1024 * 1024;

export interface CsvRecord {
  line: number;
  cells: string[];
  /** The record ended inside an open quote (the file was cut off). */
  unterminated?: boolean;
}

export async function* readCsv(path: string): AsyncGenerator<CsvRecord> {
  let delimiter: string | undefined;
  let cells: string[] = [];
  let cell = '';
  let inQuotes = false;
  let afterQuote = false;
  let line = 1;
  let startLine = 1;
  let first = true;
  let pendingCR = false;
  let any = false;
  const stream = createReadStream(path, { encoding: 'utf8', highWaterMark: 1 << 20 });
  for await (const chunk of stream as AsyncIterable<string>) {
    let text = chunk;
    if (first) {
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      const headerEnd = text.search(/\r|\n/);
      const header = headerEnd < 0 ? text : text.slice(0, headerEnd);
      delimiter = !header.includes(',') && header.includes('\t') ? '\t' : ',';
      first = false;
    }
    const out: CsvRecord[] = [];
    let i = 0;
    const n = text.length;
    while (i < n) {
      const c = text[i];
      if (pendingCR) {
        pendingCR = false;
        if (c === '\n') {
          i++;
          continue;
        }
      }
      any = true;
      if (inQuotes) {
        if (c === '"') {
          if (text[i + 1] === '"') {
            cell += '"';
            i += 2;
            continue;
          }
          if (i + 1 === n) {
            // a quote at the end of a chunk: decide with the next chunk
            inQuotes = false;
            afterQuote = true;
            i++;
            continue;
          }
          inQuotes = false;
          afterQuote = true;
          i++;
          continue;
        }
        if (c === '\n') line++;
        else if (c === '\r') {
          line++;
          if (text[i + 1] === '\n') {
            cell += '\r\n';
            i += 2;
            continue;
          }
        }
        cell += c;
        i++;
        continue;
      }
      if (c === '"') {
        if (afterQuote) {
          // "" split across chunks, or a quote inside a quoted field
          cell += '"';
          inQuotes = true;
          afterQuote = false;
          i++;
          continue;
        }
        if (cell === '') {
          inQuotes = true;
          i++;
          continue;
        }
        cell += c;
        i++;
        continue;
      }
      afterQuote = false;
      if (c === delimiter) {
        cells.push(cell);
        cell = '';
        i++;
        continue;
      }
      if (c === '\n' || c === '\r') {
        cells.push(cell);
        out.push({ line: startLine, cells });
        cells = [];
        cell = '';
        line++;
        startLine = line;
        if (c === '\r') {
          if (i + 1 < n) {
            if (text[i + 1] === '\n') i++;
          } else pendingCR = true;
        }
        i++;
        continue;
      }
      // consume a run of plain characters at once
      let j = i + 1;
      while (j < n) {
        const d = text[j];
        if (d === delimiter || d === '\n' || d === '\r' || d === '"') break;
        j++;
      }
      cell += text.slice(i, j);
      i = j;
    }
    yield* out;
    let size = cell.length;
    for (const c of cells) size += c.length;
    if (size > MAX_ROW_CHARS)
      throw new DataError(
        `the row starting on line ${startLine} runs over ${MAX_ROW_CHARS / 1024 / 1024} MB without ending: ${inQuotes ? 'a quote left open' : 'not a CSV file'}?`,
        path,
        startLine,
      );
  }
  if (inQuotes) {
    cells.push(cell);
    yield { line: startLine, cells, unterminated: true };
  } else if (cell !== '' || cells.length > 0) {
    cells.push(cell);
    yield { line: startLine, cells };
  }
  void any;
}
