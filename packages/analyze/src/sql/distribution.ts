// Family 2, distributions: how many responses gave each value of a variable, per
// stratum. The value keeps the column's type (number or text); the reader knows which.
import { grouping, ident } from './dialect.ts';

export function distributionQuery(table: string, column: string, stratum: string | undefined): string {
  const col = ident(column);
  const h = stratum ?? `'all'`;
  return `SELECT ${h} AS h, ${col} AS value, COUNT(*) AS k\nFROM ${ident(table)}\nWHERE ${col} IS NOT NULL${grouping([h, col])}`;
}
