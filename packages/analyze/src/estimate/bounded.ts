// Intervals that stay inside what a statistic can be. A Wald interval (estimate ± z·SE)
// for a mean of a 1–5 item, a 0–100 score or an NPS can run past the scale's ends on a
// small n (three answers of 5, 5 and 4 give 4.67 ± 0.65); the truth cannot lie there,
// so the interval is cut at the ends (the point estimate and SE are unchanged). For an
// unweighted proportion the Wilson score interval is used instead of Wald: it never
// leaves [0, 1] and does not collapse to a point at 0 or 1 (3 of 3 gives
// [0.4385, 1], R `prop.test(3, 3, correct = FALSE)`).
import type { Estimate } from '../result.ts';
import { normalQuantile } from './normal.ts';

/** The interval of `e` cut to [lo, hi]. */
export function clamped(e: Estimate, range: readonly [number, number] | undefined): Estimate {
  if (!range) return e;
  const [lo, hi] = range;
  const cut = (x: number) => Math.min(hi, Math.max(lo, x));
  return { ...e, ci: [cut(e.ci[0]), cut(e.ci[1])] };
}

/**
 * Wilson score interval for a proportion p from n answers (no continuity correction,
 * = R prop.test(x, n, correct = FALSE)); `se` is carried as given (the design SE).
 */
export function wilson(p: number, n: number, se: number, level: number): Estimate {
  if (!(n > 0)) return { estimate: p, se, ci: [p, p], level };
  const z = normalQuantile(1 - (1 - level) / 2);
  const z2 = z * z;
  const denom = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denom;
  const half = (z / denom) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  return { estimate: p, se, ci: [Math.max(0, centre - half), Math.min(1, centre + half)], level };
}

/** A proportion interval on a 0..scale axis (scale 100 for a 0–100 share) from its 0..1 form. */
export function scaled(e: Estimate, scale: number): Estimate {
  return { estimate: e.estimate * scale, se: e.se * scale, ci: [e.ci[0] * scale, e.ci[1] * scale], level: e.level };
}
