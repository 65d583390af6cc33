// How many options a multi-select or ranking answer holds: at least one (an empty
// selection is no answer), within min/max; a ranking without bounds ranks every option.
import type { Question } from '@survey/compiler';

export function selectionBounds(q: Question): { minItems: number; maxItems?: number } {
  const count = q.choices?.options.length ?? 0;
  const ranking = q.kind === 'ranking';
  const min = typeof q.min === 'number' ? q.min : undefined;
  const max = typeof q.max === 'number' ? q.max : undefined;
  return { minItems: Math.max(1, min ?? (ranking ? count : 1)), maxItems: max ?? (ranking ? count : undefined) };
}
