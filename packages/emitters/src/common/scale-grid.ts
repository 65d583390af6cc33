// Every value a scale question accepts: the substantive grid min..max by step (labels
// where declared; anchored scales label only the ends) followed by the missing codes.
import { LIMITS, gridPointCount, type LText, type Scale } from '@survey/compiler';

export interface GridPoint {
  value: number;
  label?: LText;
  missing: boolean;
}

// A scale's grid is asked for by every question on it: computed once per scale object
// (the model is never changed after a compile; callers only read the grid).
const grids = new WeakMap<Scale, readonly GridPoint[]>();

export function scaleGrid(scale: Scale): readonly GridPoint[] {
  let grid = grids.get(scale);
  if (!grid) grids.set(scale, (grid = computeGrid(scale)));
  return grid;
}

function computeGrid(scale: Scale): GridPoint[] {
  const labelled = new Map(scale.points.filter((p) => !p.missing).map((p) => [p.value, p.label] as const));
  const step = scale.step > 0 ? scale.step : 1;
  // Capped: a too-wide scale is an error (SVY2040), but a preview of it must not run out of memory.
  const count = Math.min(gridPointCount(scale.min, scale.max, step), LIMITS.scalePoints);
  const out: GridPoint[] = [];
  for (let i = 0; i < count; i++) {
    // Round away float noise from decimal steps (0.1 + 0.2).
    const value = Math.round((scale.min + i * step) * 1e9) / 1e9;
    const label = labelled.get(value);
    // A "label" that only repeats the number (the built-in nps scale's inner points) is none.
    const real = label && Object.values(label).some((t) => t !== String(value));
    out.push({ value, label: real ? label : undefined, missing: false });
  }
  for (const p of scale.points) if (p.missing) out.push({ value: p.value, label: p.label, missing: true });
  return out;
}

export function missingCodes(scale: Scale | undefined): number[] {
  return scale ? scale.points.filter((p) => p.missing).map((p) => p.value) : [];
}
