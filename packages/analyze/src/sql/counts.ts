// Family 4, counts: responses per group (strata, post-strata), how many substantive
// answers meet a condition (TOP-N items), how often each option was chosen.
import { grouping, ident } from './dialect.ts';

/** Responses per combination of the group expressions (aliases h, g, ...). */
export function groupCountQuery(table: string, groups: Array<{ alias: string; expr: string }>): string {
  const select = [...groups.map((g) => `${g.expr} AS ${g.alias}`), 'COUNT(*) AS m'].join(', ');
  return `SELECT ${select}\nFROM ${ident(table)}${grouping(groups.map((g) => g.expr))}`;
}

/** For each expression: its non-NULL count (n_i) and how many meet the condition (k_i). */
export function conditionCountQuery(table: string, exprs: string[], condition: (x: string) => string): string {
  const parts = exprs.flatMap((x, i) => [`COUNT(${x}) AS n_${i}`, `SUM(CASE WHEN ${condition(x)} THEN 1 ELSE 0 END) AS k_${i}`]);
  return `SELECT\n  ${parts.join(',\n  ')}\nFROM ${ident(table)}`;
}

/** Multi-select indicators: answered (n, from the first column) and chosen (k_i) per option column. */
export function indicatorSumsQuery(table: string, columns: string[]): string {
  const parts = [`COUNT(${ident(columns[0])}) AS n`, ...columns.map((c, i) => `SUM(${ident(c)}) AS k_${i}`)];
  return `SELECT\n  ${parts.join(',\n  ')}\nFROM ${ident(table)}`;
}

/** How many responses hold each value of a column. */
export function valueCountQuery(table: string, column: string): string {
  const col = ident(column);
  return `SELECT ${col} AS v, COUNT(*) AS k\nFROM ${ident(table)}\nWHERE ${col} IS NOT NULL${grouping([col])}`;
}
