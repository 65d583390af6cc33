// An Excel workbook as a set-based source. exceljs's streaming reader (the row-by-row
// reader's own, load/xlsx.ts) reads the first worksheet once; its cells go through
// DuckDB's appender into a staging table of text columns, one row per sheet row after
// the header (rows the sheet leaves out become blank ones, so a record's place gives
// its sheet row). A cell's text decodes back to the very cell the reader sees: a number
// is its shortest round-trip text, a truth value true/false, and a text that reads as
// either (or starts with the U+0001 tag) is stored as the tag, 's' and the text — so
// decoding needs no knowledge of the column. Rows with cells past the header are kept
// whole and judged row by row.
import type { DuckDBConnection } from '@duckdb/node-api';
import type { Cell } from '../load/columns.ts';
import { xlsxRows } from '../load/xlsx.ts';
import { ident } from '../sql/names.ts';
import type { SetSource } from './source.ts';

const STAGE = 'survey_xlsx_stage';
const TAG = '\u0001';

const blankCell = (c: Cell) => c === null || c === undefined || (typeof c === 'string' && c.trim() === '');
const numberText = (x: number) => (Object.is(x, -0) ? '-0' : String(x));

/** A text that decode() would read as a number or a truth value, or that starts with the tag. */
const looksTyped = (s: string) => s.startsWith(TAG) || s === 'true' || s === 'false' || numberText(Number(s)) === s;

const encode = (c: Cell): string | null => {
  if (c === null || c === undefined) return null;
  if (typeof c === 'number') return numberText(c);
  if (typeof c === 'boolean') return String(c);
  const s = String(c);
  return looksTyped(s) ? `${TAG}s${s}` : s;
};

const decodeCell = (raw: string): Cell => {
  if (raw.startsWith(TAG)) return raw.slice(2);
  if (raw === 'true') return true;
  if (raw === 'false') return false;
  const x = Number(raw);
  return numberText(x) === raw ? x : raw;
};

export async function xlsxSource(conn: DuckDBConnection, file: string): Promise<SetSource | { why: string }> {
  let header: string[] | undefined;
  let headerRow = 0;
  let width = 0;
  const wide = new Map<number, Cell[]>();
  let records = 0;
  let app: Awaited<ReturnType<DuckDBConnection['createAppender']>> | undefined;
  try {
    for await (const r of xlsxRows(file)) {
      if (!header) {
        if (r.cells.every(blankCell)) continue;
        header = r.cells.map((c) => (c === null || c === undefined ? '' : String(c)));
        headerRow = r.row;
        width = header.length;
        const cols = header.map((_, i) => `${ident(`#c${i}`)} VARCHAR`);
        await conn.run(`CREATE OR REPLACE TEMP TABLE ${ident(STAGE)} ("#k" INTEGER, ${cols.join(', ')})`);
        app = await conn.createAppender(STAGE);
        continue;
      }
      const k = r.row - headerRow - 1;
      while (records < k) {
        app!.appendInteger(records++);
        for (let i = 0; i < width; i++) app!.appendNull();
        app!.endRow();
      }
      if (r.cells.length > width && r.cells.slice(width).some((c) => !blankCell(c))) wide.set(k, r.cells);
      app!.appendInteger(k);
      for (let i = 0; i < width; i++) {
        const x = encode(r.cells[i]);
        if (x === null) app!.appendNull();
        else app!.appendVarchar(x);
      }
      app!.endRow();
      records++;
    }
  } catch (e) {
    app?.closeSync();
    await conn.run(`DROP TABLE IF EXISTS ${ident(STAGE)}`);
    return { why: `exceljs cannot read the workbook: ${String(e)}` }; // the reader says why
  }
  app?.closeSync();
  if (!header) return { why: 'no header row' }; // the reader reports the empty sheet
  const decode: SetSource['decode'] = header.map(() => decodeCell);
  const select = header.map((_, i) => ident(`#c${i}`)).join(', ');
  return {
    header,
    records,
    sql: `(SELECT ${select} FROM ${ident(STAGE)} ORDER BY "#k")`,
    forced: [...wide.keys()],
    lineSql: (k) => `(${k} + ${headerRow + 1})`,
    lineOf: (k) => k + headerRow + 1,
    decode,
    async *rows(ks) {
      for (let i = 0; i < ks.length; i += 10_000) {
        const part = ks.slice(i, i + 10_000);
        const stream = await conn.stream(`SELECT "#k", ${select} FROM ${ident(STAGE)} WHERE "#k" IN (${part.join(', ')}) ORDER BY 1`);
        for await (const rows of stream.yieldRowsJs())
          for (const r of rows) {
            const k = Number(r[0]);
            yield { k, cells: wide.get(k) ?? r.slice(1).map((x) => (x === null ? undefined : decodeCell(String(x)))) };
          }
      }
    },
    close: async () => {
      await conn.run(`DROP TABLE IF EXISTS ${ident(STAGE)}`);
    },
  };
}
