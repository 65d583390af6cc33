// An Excel workbook as a set-based source. exceljs's streaming reader (the row-by-row
// reader's own, load/xlsx.ts) reads the first worksheet once; its cells go through
// DuckDB's appender into a staging table of text columns, one row per sheet row after
// the header (rows the sheet leaves out become blank ones, so a record's place gives
// its sheet row). A cell's text decodes back to the very cell the reader sees: in a
// column of numbers, String(x) (the shortest round-trip form); in a column of truth
// values, true/false; where a column mixes kinds, numbers and truth values carry a
// U+0001 tag that no text cell starts with (else the file goes row by row). Rows with
// cells past the header are kept whole and judged row by row.
import type { DuckDBConnection } from '@duckdb/node-api';
import type { Cell } from '../load/columns.ts';
import { xlsxRows } from '../load/xlsx.ts';
import { ident } from '../sql/names.ts';
import type { SetSource } from './source.ts';

const STAGE = 'survey_xlsx_stage';
const TAG = '\u0001';

type Kind = 'string' | 'number' | 'boolean';

const blankCell = (c: Cell) => c === null || c === undefined || (typeof c === 'string' && c.trim() === '');
const numberText = (x: number) => (Object.is(x, -0) ? '-0' : String(x));

export async function xlsxSource(conn: DuckDBConnection, file: string): Promise<SetSource | { why: string }> {
  // first pass: the header, and the kinds of cells each column holds (a mixed column gets tags)
  let header: string[] | undefined;
  let headerRow = 0;
  let kinds: Array<Set<Kind>> = [];
  let tagged = false;
  try {
    for await (const r of xlsxRows(file)) {
      if (!header) {
        if (r.cells.every(blankCell)) continue;
        header = r.cells.map((c) => (c === null || c === undefined ? '' : String(c)));
        headerRow = r.row;
        kinds = header.map(() => new Set<Kind>());
        continue;
      }
      for (let i = 0; i < header.length; i++) {
        const c = r.cells[i];
        if (c === null || c === undefined) continue;
        const kind = typeof c as Kind;
        kinds[i].add(kind);
        if (kind === 'string' && (c as string).startsWith(TAG)) tagged = true;
      }
    }
  } catch {
    return { why: 'exceljs cannot read the workbook' }; // the reader says why
  }
  if (!header) return { why: 'no header row' }; // the reader reports the empty sheet
  if (tagged) return { why: 'a text cell starting with U+0001' };
  const width = header.length;
  const mode = kinds.map((k) => (k.size > 1 ? 'tagged' : k.has('number') ? 'number' : k.has('boolean') ? 'boolean' : 'string'));
  const encode = (c: Cell, i: number): string | null => {
    if (c === null || c === undefined) return null;
    if (typeof c === 'string') return c;
    const text = typeof c === 'number' ? numberText(c) : String(c);
    return mode[i] === 'tagged' ? `${TAG}${typeof c === 'number' ? 'n' : 'b'}${text}` : text;
  };
  const decode: SetSource['decode'] = mode.map((m) =>
    m === 'number'
      ? (raw: string) => Number(raw)
      : m === 'boolean'
        ? (raw: string) => raw === 'true'
        : m === 'tagged'
          ? (raw: string) => (!raw.startsWith(TAG) ? raw : raw[1] === 'n' ? Number(raw.slice(2)) : raw.slice(2) === 'true')
          : undefined,
  );
  // second pass: the staging table
  const cols = header.map((_, i) => `${ident(`#c${i}`)} VARCHAR`);
  await conn.run(`CREATE OR REPLACE TEMP TABLE ${ident(STAGE)} ("#k" INTEGER, ${cols.join(', ')})`);
  const wide = new Map<number, Cell[]>();
  let records = 0;
  const app = await conn.createAppender(STAGE);
  try {
    const blankRow = (k: number) => {
      app.appendInteger(k);
      for (let i = 0; i < width; i++) app.appendNull();
      app.endRow();
    };
    for await (const r of xlsxRows(file)) {
      if (r.row <= headerRow) continue;
      const k = r.row - headerRow - 1;
      while (records < k) blankRow(records++);
      if (r.cells.length > width && r.cells.slice(width).some((c) => !blankCell(c))) wide.set(k, r.cells);
      app.appendInteger(k);
      for (let i = 0; i < width; i++) {
        const x = encode(r.cells[i], i);
        if (x === null) app.appendNull();
        else app.appendVarchar(x);
      }
      app.endRow();
      records++;
    }
  } finally {
    app.closeSync();
  }
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
            const cells = wide.get(k) ?? r.slice(1).map((x, j) => (x === null ? undefined : decode[j] ? decode[j]!(String(x)) : String(x)));
            yield { k, cells };
          }
      }
    },
    close: async () => {
      await conn.run(`DROP TABLE IF EXISTS ${ident(STAGE)}`);
    },
  };
}
