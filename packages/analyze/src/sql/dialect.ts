// The one place where SQL syntax is decided. Every query of src/sql is written in the
// subset that DuckDB and PostgreSQL run unchanged and that BigQuery, Spark SQL and
// Trino also accept, so `survey build --only sql` can hand the same text to a
// warehouse. The rules, printed in the header of every emitted file:
export const DIALECT_RULES: readonly string[] = [
  'identifiers are always double-quoted, as the SQL standard and Trino want (BigQuery, and Spark without spark.sql.ansi.doubleQuotedIdentifiers=true, quote with backticks instead: that is the one change they need)',
  'no CAST and no type names in the queries (DOUBLE PRECISION, FLOAT64 and DOUBLE differ between engines)',
  'only COUNT, SUM, MIN, MAX, CASE, IN, IS [NOT] NULL, comparisons and + - *: no FILTER clause, no engine-specific functions, no division (ratios are taken afterwards, so integer division and division by zero never arise)',
  "numbers as decimal literals with a fractional part (4.0), strings in single quotes with '' escapes",
  'GROUP BY and ORDER BY by position, never on a constant (BigQuery refuses GROUP BY a literal): a constant key stays in the select list and HAVING COUNT(*) > 0 keeps an empty table at zero rows',
  "each statement is one SELECT from the one input table (a repeat group's statements: from its long table aggregated per response in a derived table, FROM (SELECT … GROUP BY 1, 2) AS c, LEFT JOIN-ed to the responses table by its key when the survey has a sample design): no CTE, no window function, no temporary table",
];

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
