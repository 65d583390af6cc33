// The interval of a share: weighted, the logit interval of R's svyciprop (the oracle
// tests hold it to R); unweighted, or at 0 or 1 where the logit interval collapses to
// a point, the Wilson score interval on the n answers (see estimate/bounded.ts).
import { wilson } from '../estimate/bounded.ts';
import type { Estimate } from '../result.ts';
import { logitInterval } from './moments.ts';

export function proportionInterval(weightedDesign: boolean, p: number, se: number, n: number, level: number): Estimate {
  return weightedDesign && p > 0 && p < 1 && se > 0 ? logitInterval(p, se, level) : wilson(p, n, se, level);
}
