// Expressions shared by every statistic family: the substantive value of a variable,
// 0/1 indicators, score columns. Syntax (quoting, literals) comes from dialect.ts.
import type { VariableDoc } from '../config.ts';
import { ident, literal } from './dialect.ts';

export { ident, numberLiteral } from './dialect.ts';

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
  const numeric = isNumericColumn(v);
  // a text column compares with text literals only (PostgreSQL has no varchar = numeric)
  const missing = (v.missingCodes ?? []).filter((m) => typeof m === 'number' || !numeric).map((m) => (numeric ? m : String(m)));
  if (!missing.length) return col;
  return `CASE WHEN ${col} IN (${missing.map((m) => literal(m)).join(', ')}) THEN NULL ELSE ${col} END`;
}

/** A 0/1 indicator (NULL when the item has no substantive answer). */
export function indicator(condition: string, value: string): string {
  return `CASE WHEN ${value} IS NULL THEN NULL WHEN ${condition} THEN 1.0 ELSE 0.0 END`;
}
