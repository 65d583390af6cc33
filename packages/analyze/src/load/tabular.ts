// CSV, Excel and Parquet share one path: a header row maps columns to roles
// (columns.ts), then each row becomes a response or an invalid record with its row.
import type { AnalysisDoc } from '../config.ts';
import { DataError } from '../errors.ts';
import { mapColumns, rowToResponse, type Cell, type ColumnMap } from './columns.ts';
import { BATCH, type LoadedRecord, type RecordBatches } from './record.ts';

export interface TabularRow {
  /** Row number the user can find: the file line (CSV) or the sheet row (Excel), or the data row (Parquet). */
  row: number;
  cells: Cell[];
  /** A structural problem with the row itself (cut off, wrong cell count). */
  problem?: string;
}

const blank = (r: TabularRow) => r.cells.every((c) => c === null || c === undefined || (typeof c === 'string' && c.trim() === ''));

/** One data row to a record (a response or the reasons it is not one); undefined for a blank row. */
export function tabularRecord(map: ColumnMap, r: TabularRow, file: string, analysis: AnalysisDoc): LoadedRecord | undefined {
  if (blank(r) && !r.problem) return undefined; // blank line
  const source = { file, row: r.row };
  if (r.problem) return { source, reasons: [{ path: '', message: r.problem }] };
  if (
    r.cells.length > map.roles.length &&
    r.cells.slice(map.roles.length).some((c) => c !== null && c !== undefined && String(c).trim() !== '')
  )
    return {
      source,
      reasons: [{ path: '', message: `the row has ${r.cells.length} cells but the header has ${map.roles.length} columns` }],
    };
  const out = rowToResponse(map, r.cells, analysis);
  const id = 'response' in out ? out.response.responseId : undefined;
  if (typeof id === 'string') (source as { responseId?: string }).responseId = id;
  return 'response' in out ? { source, response: out.response } : { source, reasons: out.reasons };
}

export async function* tabularRecords(
  file: string,
  header: string[] | undefined,
  rows: AsyncIterable<TabularRow>,
  analysis: AnalysisDoc,
  headerRow = 1,
): RecordBatches {
  let map: ColumnMap | undefined;
  let batch: LoadedRecord[] = [];
  if (header) map = mapColumns(header, analysis, file);
  for await (const r of rows) {
    if (!map) {
      if (blank(r) && !r.problem) continue; // blank lines before the header (a BOM and a line break is an empty file)
      map = mapColumns(
        r.cells.map((c) => (c === null || c === undefined ? '' : String(c))),
        analysis,
        file,
      );
      continue;
    }
    const rec = tabularRecord(map, r, file, analysis);
    if (rec) batch.push(rec);
    if (batch.length >= BATCH) {
      yield batch;
      batch = [];
    }
  }
  if (!map) throw new DataError(`the file is empty: expected a header row naming the variables (row ${headerRow})`, file);
  if (batch.length) yield batch;
}
