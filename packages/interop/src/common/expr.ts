// Small helpers over condition trees shared by the exporters.
import type { ExprJson } from '../model.ts';

/** Conjunction of optional conditions (a section's `when` and its question's). */
export function andAll(parts: Array<ExprJson | undefined>): ExprJson | undefined {
  const present = parts.filter((p): p is ExprJson => p !== undefined);
  if (present.length === 0) return undefined;
  return present.reduce((acc, p) => ({ type: 'binary', op: 'and', left: acc, right: p }));
}
