// What the set-based path needs from a response file, whatever its format: its header,
// its records as a DuckDB relation of text cells in file order, the row number a user
// sees for each record, and the records again, cell by cell as the row-by-row reader
// sees them, for the rows SQL leaves in doubt. CSV (csv-source in load-csv.ts),
// Parquet (parquet-source.ts) and Excel (xlsx-source.ts) each provide one.
import type { Cell } from '../load/columns.ts';
import type { LoadedRecord } from '../load/record.ts';
import type { SpelledScan } from './spelling.ts';

interface SourceRow {
  /** The record's index in the file (0-based, blank records included). */
  k: number;
  cells: Cell[];
  /** A structural problem with the record (a CSV row cut short). */
  problem?: string;
  /** The record itself, when the format is not tabular (JSON): judged as it is; null for a blank line. */
  record?: LoadedRecord | null;
}

export interface SetSource {
  header: string[];
  /** Records after the header, in file order (what `sql` returns, one row each). */
  records: number;
  /** A relation with one VARCHAR column `"#c<i>"` per header column, one row per record, in file order. */
  sql: string;
  /** Records judged row by row whatever their cells (CSV rows cut short), ascending. */
  forced: number[];
  /** The user's row number of record k: SQL over an integer expression k. */
  lineSql(k: string): string;
  /** The same in JavaScript. */
  lineOf(k: number): number;
  /**
   * Per column, the cell the row-by-row reader sees for a non-NULL text DuckDB gives
   * (a typed Parquet or Excel column: the number, the truth value); absent: the text itself.
   */
  decode?: Array<((raw: string) => Cell) | undefined>;
  /** The decoded value is the answer itself (JSON), not a cell to convert as a tabular reader does. */
  asIs?: boolean;
  /** The cells of the given records (ascending), as the row-by-row reader sees them. */
  rows(ks: number[]): AsyncIterable<SourceRow>;
  /**
   * CSV: the scan checked the spelling of every cell of the coded columns (spelling.ts); `sql` is
   * the relation with the given columns read typed (column index → DuckDB type).
   */
  spelled?: SpelledScan & { sql(typed: Map<number, string>): string };
  /** Frees what the source holds (a staging table). */
  close?(): Promise<void>;
}
