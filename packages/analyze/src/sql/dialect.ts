// The one place where SQL syntax is decided. Every query of src/sql is written in the
// subset that DuckDB and PostgreSQL run unchanged and that BigQuery, Spark SQL and
// Trino also accept, so `survey build --only sql` can hand the same text to a warehouse:
//   - identifiers always double-quoted (SQL standard, Trino too; BigQuery, and Spark
//     without `spark.sql.ansi.doubleQuotedIdentifiers=true`, want backticks instead);
//   - no CAST and no type names in queries (DOUBLE PRECISION / FLOAT64 / DOUBLE differ);
//   - only COUNT, SUM, MIN, MAX, CASE, IN, IS [NOT] NULL and + - * arithmetic: no
//     FILTER, no DuckDB or PostgreSQL functions, no division (the ratios are taken in
//     TypeScript, so integer division and division by zero never arise);
//   - numbers as decimal literals with a fractional part (`4.0`), strings with '' escapes;
//   - GROUP BY / ORDER BY by ordinal position, and never on a constant (BigQuery refuses
//     GROUP BY a literal): a constant group key stays in the select list only;
//   - every query is one SELECT over one table, no CTE, no window, no semicolon inside.

export const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;

export const stringLiteral = (s: string) => `'${s.replace(/'/g, "''")}'`;

export const literal = (v: string | number) => (typeof v === 'number' ? numberLiteral(v) : stringLiteral(v));

export function numberLiteral(x: number): string {
  if (!Number.isFinite(x)) throw new Error(`not a finite number: ${x}`);
  return Number.isInteger(x) ? `${x}.0` : String(x);
}

const CONSTANT = /^(?:'(?:[^']|'')*'|-?\d+(?:\.\d+)?|NULL)$/;

/**
 * GROUP BY and ORDER BY for a select list that starts with these group expressions.
 * Constant keys are not grouped; with only constant keys the query aggregates the whole
 * table and `HAVING COUNT(*) > 0` keeps an empty table at zero rows, as GROUP BY would.
 */
export function grouping(groupExprs: string[]): string {
  const positions = groupExprs.map((g, i) => (CONSTANT.test(g.trim()) ? 0 : i + 1)).filter((p) => p > 0);
  if (!groupExprs.length) return '';
  if (!positions.length) return '\nHAVING COUNT(*) > 0';
  return `\nGROUP BY ${positions.join(', ')}\nORDER BY ${positions.join(', ')}`;
}
