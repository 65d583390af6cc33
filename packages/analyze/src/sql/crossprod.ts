// Family 3, cross-products: for a set of items answered together (listwise), the count,
// the sums and every sum of products — the sufficient statistics of a covariance
// matrix, from which alpha and standardised regression weights follow.
import { grouping, ident } from './dialect.ts';

export function crossProductQuery(table: string, exprs: string[], groupBy?: string): string {
  const parts = ['COUNT(*) AS n'];
  exprs.forEach((e, i) => parts.push(`SUM(${e}) AS s_${i}`));
  for (let i = 0; i < exprs.length; i++)
    for (let j = i; j < exprs.length; j++) parts.push(`SUM((${exprs[i]}) * (${exprs[j]})) AS p_${i}_${j}`);
  const where = exprs.map((e) => `(${e}) IS NOT NULL`).join(' AND ');
  const g = groupBy ? `${groupBy} AS h, ` : '';
  return `SELECT ${g}\n  ${parts.join(',\n  ')}\nFROM ${ident(table)}\nWHERE ${where || 'TRUE'}${groupBy ? grouping([groupBy]) : ''}`;
}
