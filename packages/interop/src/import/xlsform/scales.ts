// Which choices lists are answer scales: integer codes on an evenly spaced grid
// (at least three points), optionally followed by codes outside it, which become
// missing codes ("don't know" 9 after 1..5). Such a list imports as a `scale` and
// its select_one questions as `rating` (0..10 named nps: `nps`).
import type { ImportedOption, ImportedScale } from '../ir.ts';

export function asScale(id: string, options: ImportedOption[]): ImportedScale | undefined {
  const values = options.map((o) => (typeof o.code === 'number' ? o.code : NaN));
  if (values.length < 3 || values.some((v) => !Number.isInteger(v))) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const step = sorted[1] - sorted[0];
  if (step <= 0) return undefined;
  let n = 1;
  while (n < sorted.length && sorted[n] - sorted[n - 1] === step) n++;
  if (n < 3) return undefined;
  const min = sorted[0];
  const max = sorted[n - 1];
  const missing = new Set(sorted.slice(n));
  const labelOf = (v: number) => options[values.indexOf(v)].label;
  const isBare = (v: number) => Object.values(labelOf(v)).every((t) => t.trim() === String(v));
  return {
    id,
    min,
    max,
    step,
    points: [
      ...sorted.slice(0, n).map((v) => ({ value: v, ...(isBare(v) && v !== min && v !== max ? {} : { label: labelOf(v) }) })),
      ...[...missing].map((v) => ({ value: v, label: labelOf(v), missing: true })),
    ],
  };
}
