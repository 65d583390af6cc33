// The one thing the statistics need from a database: run a SELECT and get plain rows
// (numbers as JS numbers). DuckDB in the engine; the PostgreSQL test plugs psql in.
import type { DuckDBConnection } from '@duckdb/node-api';

export type Row = Record<string, number | string | null>;

export interface Runner {
  /** Runs one SELECT; `purpose` says what it computes (the emitted SQL file prints it). */
  query(sql: string, purpose?: string): Promise<Row[]>;
}

function plain(v: unknown): number | string | null {
  if (v === null || v === undefined) return null;
  if (typeof v === 'bigint') return Number(v);
  if (typeof v === 'number' || typeof v === 'string') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  return String(v);
}

export function duckRunner(conn: DuckDBConnection): Runner {
  return {
    async query(sql) {
      const r = await conn.runAndReadAll(sql);
      return r.getRowObjectsJS().map((row) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, plain(v)])));
    },
  };
}

export const num = (v: number | string | null | undefined): number => (v === null || v === undefined ? 0 : Number(v));
