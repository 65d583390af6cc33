// Number formatting for the report: fixed decimals with no locale dependence, so the
// same result prints the same bytes on every machine. Missing values print as "–".

export const DASH = '–';

export function fixed(x: number | null | undefined, digits = 2): string {
  if (x === null || x === undefined || !Number.isFinite(x)) return DASH;
  const s = x.toFixed(digits);
  return s === `-${(0).toFixed(digits)}` ? s.slice(1) : s; // no "-0.00"
}

/** A 0..1 share as a percentage with one decimal. */
export function percent(x: number | null | undefined, digits = 1): string {
  if (x === null || x === undefined || !Number.isFinite(x)) return DASH;
  return `${fixed(x * 100, digits)}%`;
}

export function interval(iv: [number, number] | null | undefined, digits = 2, unit = ''): string {
  if (!iv) return DASH;
  return `[${fixed(iv[0], digits)}${unit}, ${fixed(iv[1], digits)}${unit}]`;
}

export function integer(x: number | null | undefined): string {
  if (x === null || x === undefined || !Number.isFinite(x)) return DASH;
  return String(Math.round(x));
}

/** Rounds for chart data so chart specs carry readable numbers (the tables keep the precision). */
export function round(x: number, digits?: number): number;
export function round(x: number | null | undefined, digits?: number): number | null;
export function round(x: number | null | undefined, digits = 2): number | null {
  if (x === null || x === undefined || !Number.isFinite(x)) return null;
  const f = 10 ** digits;
  const r = Math.round(x * f) / f;
  return Object.is(r, -0) ? 0 : r;
}
