// The compiler's sample plan (n_h, invitations, weights) per stratum, for hover
// and inlay hints. A plan that cannot be computed just shows nothing.
import { planSample, type Survey } from '@survey/compiler';

export interface StratumFigures {
  completes: number;
  invitations?: number;
  weight?: number;
  /** True for strata of a secondary stratification: expected counts, not allocated. */
  expectedOnly: boolean;
}

export function stratumFigures(survey: Survey, strata: string, stratum: string): StratumFigures | undefined {
  if (!survey.sample) return undefined;
  let plan;
  try {
    plan = planSample(survey.sample);
  } catch {
    return undefined;
  }
  if (plan.allocation?.stratification === strata) {
    const h = plan.allocation.strata.find((x) => x.id === stratum);
    return h && { completes: h.completes, invitations: h.invitations, weight: h.weight, expectedOnly: false };
  }
  const h = plan.representation.find((r) => r.stratification === strata)?.strata.find((x) => x.id === stratum);
  return h && { completes: h.expected, expectedOnly: true };
}
