// Sizes past which a survey is a mistake rather than a design, and past which the
// emitters would allocate per impossible value (a 1..5000000000 scale, a 10^20 bound).
// Rules report them (size-limits.rule.ts); emitters cap at them so that a preview of a
// file with errors still never runs out of memory.
export const LIMITS = {
  /** Points of one scale grid: 0..100 (a feeling thermometer) is the widest in use. */
  scalePoints: 101,
  /** Options of one choice list (a country or city list is a few hundred). */
  options: 1000,
  /** Rows of one matrix. */
  rows: 200,
  /** One string literal (a question, an intro, a consent text), in characters. */
  literal: 20_000,
  /** The largest `max` of a text answer, in characters. */
  textLength: 100_000,
  /** Numbers above this magnitude are not exact in JSON, JavaScript or a float column. */
  number: Number.MAX_SAFE_INTEGER,
} as const;

/** How many points a scale grid min..max by step has (1 when the range is empty or broken). */
export function gridPointCount(min: number, max: number, step: number): number {
  if (!Number.isFinite(min) || !Number.isFinite(max) || !(step > 0) || max < min) return 1;
  return Math.floor((max - min) / step + 1e-9) + 1;
}
