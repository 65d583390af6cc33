// Family 2, distributions: how many responses gave each value of a variable, per
// stratum. Numeric codes and text codes go to separate columns so that no engine has
// to print a number as text.
import { ident } from './names.ts';

export function distributionQuery(table: string, column: string, numeric: boolean, stratum: string | undefined): string {
  const col = ident(column);
  const h = stratum ?? `'all'`;
  const value = numeric
    ? `${col} AS num_value, CAST(NULL AS VARCHAR) AS text_value`
    : `CAST(NULL AS DOUBLE PRECISION) AS num_value, ${col} AS text_value`;
  return `SELECT ${h} AS h, ${value}, COUNT(*) AS count\nFROM ${ident(table)}\nWHERE ${col} IS NOT NULL\nGROUP BY 1, 2, 3\nORDER BY 1, 2, 3`;
}
