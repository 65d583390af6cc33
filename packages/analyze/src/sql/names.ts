// Portable SQL pieces (ANSI: double-quoted identifiers, CASE instead of FILTER, CAST
// with standard type names) shared by every statistic family. DuckDB, PostgreSQL,
// Trino, Spark SQL and BigQuery (with backtick quoting) read the same text.
import type { VariableDoc } from '../config.ts';

export const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;

export const literal = (v: string | number) => (typeof v === 'number' ? numberLiteral(v) : `'${v.replace(/'/g, "''")}'`);

export function numberLiteral(x: number): string {
  if (!Number.isFinite(x)) throw new Error(`not a finite number: ${x}`);
  return Number.isInteger(x) ? `${x}.0` : String(x);
}

export const scoreColumn = (id: string) => `score:${id}`;

/** Whether the variable is stored as a number (DOUBLE PRECISION) in the responses table. */
export function isNumericColumn(v: VariableDoc): boolean {
  if (v.type === 'ordinal' || v.type === 'numeric') return true;
  if (v.type === 'binary' && v.parent) return true; // multi-select indicator 0/1
  const labels = v.valueLabels ?? [];
  return labels.length > 0 && labels.every((l) => typeof l.value === 'number');
}

/** The substantive value of a variable: NULL when unanswered or a missing ("don't know") code. */
export function substantive(v: VariableDoc): string {
  const col = ident(v.name);
  const missing = (v.missingCodes ?? []).filter((m) => typeof m === 'number' || !isNumericColumn(v));
  if (!missing.length) return col;
  return `CASE WHEN ${col} IN (${missing.map((m) => literal(m as string | number)).join(', ')}) THEN NULL ELSE ${col} END`;
}

/** A 0/1 indicator (NULL when the item has no substantive answer). */
export function indicator(condition: string, value: string): string {
  return `CASE WHEN ${value} IS NULL THEN NULL WHEN ${condition} THEN 1.0 ELSE 0.0 END`;
}
