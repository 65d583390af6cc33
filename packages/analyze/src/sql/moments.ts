// Family 1, moments: per group (stratum, post-stratum, breakdown value, wave) the
// number of responses and, for each subject expression, the count of non-NULL values,
// their sum, sum of squares, minimum and maximum. One scan for all subjects.
import { grouping, ident } from './dialect.ts';

export interface Subject {
  key: string;
  expr: string;
}

export function momentsQuery(table: string, subjects: Subject[], groupBy: string[]): string {
  const groups = groupBy.map((g, i) => `${g} AS g${i}`);
  const parts = subjects.flatMap((s, i) => [
    `COUNT(${s.expr}) AS n_${i}`,
    `SUM(${s.expr}) AS s1_${i}`,
    `SUM((${s.expr}) * (${s.expr})) AS s2_${i}`,
    `MIN(${s.expr}) AS lo_${i}`,
    `MAX(${s.expr}) AS hi_${i}`,
  ]);
  const select = [...groups, 'COUNT(*) AS m', ...parts].join(',\n  ');
  return `SELECT\n  ${select}\nFROM ${ident(table)}${grouping(groupBy)}`;
}
