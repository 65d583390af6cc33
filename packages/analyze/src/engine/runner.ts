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

/**
 * A runner over one connection, or several: queries given before the last one's rows are
 * back run side by side, one per free connection (each as the instance's threads allow).
 */
export function duckRunner(conn: DuckDBConnection, more: DuckDBConnection[] = []): Runner {
  const free = [conn, ...more];
  const waiting: Array<(c: DuckDBConnection) => void> = [];
  const take = (): Promise<DuckDBConnection> | DuckDBConnection => free.shift() ?? new Promise((ok) => waiting.push(ok));
  const give = (c: DuckDBConnection) => {
    const next = waiting.shift();
    if (next) next(c);
    else free.unshift(c);
  };
  return {
    async query(sql) {
      const c = await take();
      try {
        const r = await c.runAndReadAll(sql);
        return r.getRowObjectsJS().map((row) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, plain(v)])));
      } finally {
        give(c);
      }
    },
  };
}

export const num = (v: number | string | null | undefined): number => (v === null || v === undefined ? 0 : Number(v));
