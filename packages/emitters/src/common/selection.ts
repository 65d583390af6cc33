// How many options a multi-select or ranking answer holds: at least one (an empty
// selection is no answer), within min/max. A ranking ranks every option it offers, or its
// top `max` ("rank your top 3": exactly three); a ranking whose options depend on earlier
// answers (carry-forward, option filters) offers an unknown number, so only `min` or one
// binds from below.
import type { Question } from '@survey/compiler';

export function selectionBounds(q: Question): { minItems: number; maxItems?: number } {
  const count = q.choices?.options.length ?? 0;
  const min = typeof q.min === 'number' ? q.min : undefined;
  const max = typeof q.max === 'number' ? q.max : undefined;
  if (q.kind !== 'ranking') return { minItems: Math.max(1, min ?? 1), ...(max !== undefined ? { maxItems: max } : {}) };
  const offeredVaries = q.carry !== undefined || (q.choices?.options.some((o) => o.when) ?? false);
  const top = Math.min(count, max ?? count);
  return { minItems: Math.max(1, min ?? (offeredVaries ? 1 : top)), maxItems: max ?? count };
}
