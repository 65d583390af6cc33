// A Parquet file as a set-based source: DuckDB's read_parquet with every column cast to
// text. Typed columns decode back to the cell the row-by-row reader (load/parquet.ts)
// sees: a DOUBLE's text is its shortest round-trip form, so Number() gives the very
// double; integers, BIGINT included, go through Number() as the reader's toCell does;
// BOOLEAN is true/false. A used column of another type (FLOAT, DECIMAL, dates, lists)
// sends the file row by row. Rows are numbered from 1 as the reader numbers them.
import { statSync } from 'node:fs';
import type { DuckDBConnection } from '@duckdb/node-api';
import type { AnalysisDoc } from '../config.ts';
import { mapColumns, type Cell } from '../load/columns.ts';
import { quoteLiteral, toCell } from '../load/parquet.ts';
import { ident } from '../sql/names.ts';
import type { SetSource } from './source.ts';

const INTEGER = /^(TINYINT|SMALLINT|INTEGER|BIGINT|HUGEINT|UTINYINT|USMALLINT|UINTEGER|UBIGINT|UHUGEINT)$/;
const SPECIAL: Record<string, number> = { inf: Infinity, '-inf': -Infinity, nan: Number.NaN };

const number = (raw: string): Cell => SPECIAL[raw] ?? Number(raw);
const truth = (raw: string): Cell => raw === 'true';

export async function parquetSource(conn: DuckDBConnection, file: string, analysis: AnalysisDoc): Promise<SetSource | { why: string }> {
  if (statSync(file).size === 0) return { why: 'an empty file' };
  const read = `read_parquet(${quoteLiteral(file)})`;
  let columns: Array<{ name: string; type: string }>;
  try {
    const r = await conn.runAndReadAll(`DESCRIBE SELECT * FROM ${read}`);
    columns = r.getRowObjectsJS().map((x) => ({ name: String(x.column_name), type: String(x.column_type) }));
  } catch {
    return { why: 'DuckDB cannot describe the file' }; // the reader says why
  }
  if (columns.some((c) => c.name === 'file_row_number')) return { why: "a column named 'file_row_number'" };
  const header = columns.map((c) => c.name);
  let roles;
  try {
    roles = mapColumns(header, analysis, file).roles;
  } catch {
    return { why: 'the header' }; // the reader reports the column
  }
  const decode: SetSource['decode'] = [];
  const select: string[] = [];
  for (const [i, c] of columns.entries()) {
    const col = ident(c.name);
    const used = roles[i]?.role !== 'ignore';
    if (c.type === 'VARCHAR') select.push(`${col} AS "#c${i}"`);
    else if (c.type === 'DOUBLE' || INTEGER.test(c.type) || c.type === 'BOOLEAN') {
      decode[i] = c.type === 'BOOLEAN' ? truth : number;
      select.push(`CAST(${col} AS VARCHAR) AS "#c${i}"`);
    } else if (!used)
      select.push(`CASE WHEN ${col} IS NULL THEN NULL ELSE '#' END AS "#c${i}"`); // only blank or not matters
    else return { why: `column '${c.name}' of Parquet type ${c.type}` };
  }
  const records = Number((await conn.runAndReadAll(`SELECT count(*) FROM ${read}`)).getRowsJS()[0][0]);
  return {
    header,
    records,
    sql: `(SELECT ${select.join(', ') || 'NULL AS "#c0"'} FROM ${read})`,
    forced: [],
    lineSql: (k) => `(${k} + 1)`,
    lineOf: (k) => k + 1,
    decode,
    async *rows(ks) {
      for (let i = 0; i < ks.length; i += 10_000) {
        const part = ks.slice(i, i + 10_000);
        const q = `SELECT file_row_number, * EXCLUDE (file_row_number) FROM read_parquet(${quoteLiteral(file)}, file_row_number = true) WHERE file_row_number IN (${part.join(', ')}) ORDER BY 1`;
        const stream = await conn.stream(q);
        for await (const rows of stream.yieldRowsJs()) for (const r of rows) yield { k: Number(r[0]), cells: r.slice(1).map(toCell) };
      }
    },
  };
}
