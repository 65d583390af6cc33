// Cochran's sample sizes for estimating a proportion or a mean, and the margin of
// error a given sample reaches.
//
// Finite-population correction (FPC). Two forms are in use:
//   'cochran': n = n0 / (1 + (n0 - 1) / N)   Cochran (1977) eq. 4.2; samplingbook's
//              sample.size.prop; the exact inverse of the (N - n) / (N - 1) factor.
//   'simple':  n = n0 / (1 + n0 / N)         the inverse of (1 - n / N); Cochran's form
//              for a mean (n = S^2 / (e^2 / z^2 + S^2 / N)) and some calculators'.
// We follow methodology.md: 'cochran' by default for a proportion, 'simple' for a mean.
// The two rarely differ by more than one unit; both are exported and tested.
import { zFor } from './normal.ts';

export type Fpc = 'cochran' | 'simple';

export interface SampleSize {
  /** Sample size for an infinite population (unrounded). */
  n0: number;
  /** After the finite-population correction (unrounded); n0 without a population. */
  exact: number;
  /** Rounded up: the number of completes to plan for. */
  n: number;
}

/** Round up, forgiving floating-point noise such as 100.00000000001. */
export function ceilTolerant(x: number): number {
  return Math.ceil(x - 1e-9);
}

export function applyFpc(n0: number, population: number | undefined, fpc: Fpc): number {
  if (population === undefined || !Number.isFinite(population) || population <= 0) return n0;
  return fpc === 'cochran' ? n0 / (1 + (n0 - 1) / population) : n0 / (1 + n0 / population);
}

export interface ProportionInput {
  /** Expected proportion; 0.5 is the most conservative. */
  p?: number;
  /** Margin of error as a fraction: 0.05 for ±5 points. */
  margin: number;
  confidence?: number;
  population?: number;
  fpc?: Fpc;
}

export function cochranProportion(input: ProportionInput): SampleSize {
  const p = input.p ?? 0.5;
  const z = zFor(input.confidence ?? 0.95);
  const n0 = (z * z * p * (1 - p)) / (input.margin * input.margin);
  const exact = applyFpc(n0, input.population, input.fpc ?? 'cochran');
  return { n0, exact, n: ceilTolerant(exact) };
}

export interface MeanInput {
  /** Expected standard deviation of the item, in its own units. */
  sd: number;
  /** Margin of error in the item's units. */
  margin: number;
  confidence?: number;
  population?: number;
  fpc?: Fpc;
}

export function cochranMean(input: MeanInput): SampleSize {
  const z = zFor(input.confidence ?? 0.95);
  const n0 = (z * z * input.sd * input.sd) / (input.margin * input.margin);
  const exact = applyFpc(n0, input.population, input.fpc ?? 'simple');
  return { n0, exact, n: ceilTolerant(exact) };
}

/** Squared FPC factor for the variance of a mean, matching each form above. */
function fpcFactor(n: number, population: number | undefined, fpc: Fpc): number {
  if (population === undefined || population <= 0) return 1;
  if (n >= population) return 0;
  return fpc === 'cochran' ? (population - n) / (population - 1) : 1 - n / population;
}

/** Margin of error that n completes reach for a proportion (the inverse of cochranProportion). */
export function marginForProportion(n: number, opts: { p?: number; confidence?: number; population?: number; fpc?: Fpc } = {}): number {
  const p = opts.p ?? 0.5;
  const z = zFor(opts.confidence ?? 0.95);
  return z * Math.sqrt(((p * (1 - p)) / n) * fpcFactor(n, opts.population, opts.fpc ?? 'cochran'));
}

/** Margin of error that n completes reach for a mean with standard deviation sd. */
export function marginForMean(n: number, opts: { sd: number; confidence?: number; population?: number; fpc?: Fpc }): number {
  const z = zFor(opts.confidence ?? 0.95);
  return z * opts.sd * Math.sqrt(fpcFactor(n, opts.population, opts.fpc ?? 'simple') / n);
}
