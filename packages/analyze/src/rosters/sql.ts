// The portable SQL of repeat groups, in the dialect of sql/dialect.ts: a group's long
// table is first aggregated per response (its key `_file`, `_row`) in a derived table,
// then the statement returns sufficient statistics over the responses — never one row
// per response, so the same text scales on a warehouse. Per variable x and response i:
// y_i = Σ x over its instances, n_i = instances answering x; the sums of y, n, y², n²
// and y·n per stratum are what the clustered (and stratified) variance needs.
import { grouping, ident } from '../sql/dialect.ts';

/** The per-response derived table of a group: its key, and for each expression the sum and count over the instances. */
function perResponse(table: string, exprs: string[]): string {
  const cols = exprs.flatMap((x, i) => [`SUM(${x}) AS ${ident(`_y_${i}`)}`, `COUNT(${x}) AS ${ident(`_n_${i}`)}`]);
  return [
    `  SELECT "_file" AS "_f", "_row" AS "_r", COUNT(*) AS "_k"${cols.length ? `, ${cols.join(', ')}` : ''}`,
    `  FROM ${ident(table)}`,
    '  GROUP BY 1, 2',
  ].join('\n');
}

/** How many responses have k instances of the group (k ≥ 1; responses without any are not in the long table). */
export function instancesPerResponseQuery(table: string): string {
  return `SELECT c."_k" AS v, COUNT(*) AS m\nFROM (\n${perResponse(table, [])}\n) AS c${grouping(['c."_k"'])}`;
}

function clusterSums(exprs: string[]): string[] {
  return exprs.flatMap((_, i) => {
    const y = `c.${ident(`_y_${i}`)}`;
    const n = `c.${ident(`_n_${i}`)}`;
    return [
      `SUM(${y}) AS sy_${i}`,
      `SUM(${n}) AS sx_${i}`,
      `SUM(${y} * ${y}) AS syy_${i}`,
      `SUM(${n} * ${n}) AS sxx_${i}`,
      `SUM(${y} * ${n}) AS sxy_${i}`,
    ];
  });
}

/**
 * Without a sample design: the responses that have an instance are the clusters. One row
 * (h = 'all'): m clusters and, per expression, Σy, Σn, Σy², Σn², Σy·n over them.
 */
export function clusterSumsQuery(table: string, exprs: string[]): string {
  const select = [`'all' AS h`, 'COUNT(*) AS m', ...clusterSums(exprs)].join(',\n  ');
  return `SELECT\n  ${select}\nFROM (\n${perResponse(table, exprs)}\n) AS c${grouping([`'all'`])}`;
}

/**
 * With a sample design: every analysed response of the responses table is a cluster in
 * its stratum (and post-stratum), one without instances counts with y = n = 0, so the
 * weights and the finite-population correction are those of the response-level design.
 * `stratum` and `post` are expressions over the responses table's columns.
 */
export function stratifiedClusterSumsQuery(
  responses: string,
  table: string,
  exprs: string[],
  stratum: string,
  post: string | undefined,
): string {
  const groups = [`${stratum} AS h`, ...(post ? [`${post} AS g`] : [])];
  const select = [...groups, 'COUNT(*) AS m', ...clusterSums(exprs)].join(',\n  ');
  return (
    `SELECT\n  ${select}\nFROM ${ident(responses)}\nLEFT JOIN (\n${perResponse(table, exprs)}\n) AS c` +
    ` ON c."_f" = ${ident(responses)}."_file" AND c."_r" = ${ident(responses)}."_row"` +
    grouping([stratum, ...(post ? [post] : [])])
  );
}
