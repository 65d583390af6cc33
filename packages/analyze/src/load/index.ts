// Picks the reader for each input by its extension. A folder stands for the response
// files inside it (sorted by name, so the order is deterministic).
import { readdirSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';
import type { AnalysisDoc } from '../config.ts';
import { DataError, InputError } from '../errors.ts';
import type { InputSummary } from '../result.ts';
import { csvRecords } from './csv.ts';
import { jsonLinesRecords, jsonRecords } from './json.ts';
import { parquetRecords } from './parquet.ts';
import { xlsxRecords } from './xlsx.ts';
import type { RecordBatches } from './record.ts';

export type { LoadedRecord, RecordBatches } from './record.ts';

const FORMATS: Record<string, InputSummary['format']> = {
  '.json': 'json',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
  '.csv': 'csv',
  '.tsv': 'csv',
  '.txt': 'csv',
  '.xlsx': 'xlsx',
  '.parquet': 'parquet',
};

export function formatOf(file: string): InputSummary['format'] {
  const f = FORMATS[extname(file).toLowerCase()];
  if (!f)
    throw new InputError(`unknown response file type '${extname(file) || '(none)'}': use .json, .jsonl, .csv, .xlsx or .parquet`, file);
  return f;
}

/** Expand folders into the response files they hold. */
export function expandResponseFiles(paths: string[]): string[] {
  const out: string[] = [];
  for (const p of paths) {
    let st;
    try {
      st = statSync(p);
    } catch {
      throw new InputError('no such file or folder', p);
    }
    if (st.isDirectory()) {
      const files = readdirSync(p)
        .filter((f) => FORMATS[extname(f).toLowerCase()])
        .sort()
        .map((f) => join(p, f));
      if (!files.length) throw new InputError('the folder holds no response files (.json, .jsonl, .csv, .xlsx, .parquet)', p);
      out.push(...files);
    } else out.push(p);
  }
  return out;
}

export async function recordsOf(file: string, analysis: AnalysisDoc, db: DuckDBConnection): Promise<RecordBatches> {
  const format = formatOf(file);
  // An empty file is a data problem (exit 1) whatever its format, not an unreadable one.
  if (statSync(file).size === 0) throw new DataError('the file is empty: it holds no responses', file);
  switch (format) {
    case 'json':
      return jsonRecords(file);
    case 'jsonl':
      return jsonLinesRecords(file);
    case 'csv':
      return csvRecords(file, analysis);
    case 'xlsx':
      return xlsxRecords(file, analysis);
    case 'parquet':
      return parquetRecords(file, analysis, db);
  }
}
