// Parquet responses, read by DuckDB (read_parquet) in chunks: typed columns keep
// their types (a LIST column is a multi-select), rows are numbered from 1.
import type { DuckDBConnection } from '@duckdb/node-api';
import type { AnalysisDoc } from '../config.ts';
import { InputError } from '../errors.ts';
import type { Cell } from './columns.ts';
import { tabularRecords, type TabularRow } from './tabular.ts';
import type { RecordBatches } from './record.ts';

export function toCell(v: unknown): Cell {
  if (v === null || v === undefined) return undefined;
  if (typeof v === 'bigint') return Number(v);
  if (Array.isArray(v)) return v.map(toCell);
  if (v instanceof Date) return v.toISOString();
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return v;
  return String(v);
}

export function quoteLiteral(s: string): string {
  return `'${s.replace(/'/g, "''")}'`;
}

async function* parquetRows(path: string, db: DuckDBConnection, header: string[]): AsyncGenerator<TabularRow> {
  const result = await db.stream(`SELECT * FROM read_parquet(${quoteLiteral(path)})`);
  let row = 0;
  for await (const rows of result.yieldRowsJs()) for (const r of rows) yield { row: ++row, cells: r.map(toCell) };
  void header;
}

export async function parquetRecords(path: string, analysis: AnalysisDoc, db: DuckDBConnection): Promise<RecordBatches> {
  let header: string[];
  try {
    const r = await db.runAndReadAll(`DESCRIBE SELECT * FROM read_parquet(${quoteLiteral(path)})`);
    header = r.getRowObjectsJS().map((x) => String(x.column_name));
  } catch (e) {
    throw new InputError(`cannot read as Parquet: ${(e as Error).message.split('\n')[0]}`, path);
  }
  return tabularRecords(path, header, parquetRows(path, db, header), analysis);
}
