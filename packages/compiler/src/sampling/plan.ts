// From a survey's `sample` block to a plan: total completes, n_h per stratum,
// invitations and design weights. The first stratification drives the allocation;
// further stratifications (industry, region …) are for representation checks and
// breakdowns, so they get proportional expected counts only.
import type { Sample, Stratification } from '../model.ts';
import { allocate, type AllocationReason } from './allocate.ts';
import { cochranMean, cochranProportion, marginForMean, marginForProportion, type Fpc } from './sample-size.ts';
import { designWeight, kishDeff, kishEffectiveN, stratumWeights } from './estimates.ts';
import { largestRemainder } from './rounding.ts';
import { zFor } from './normal.ts';

export interface StratumPlan {
  id: string;
  /** N_h */
  size: number;
  /** n_h: planned completes. */
  completes: number;
  /** Real-valued share before rounding, when allocated. */
  exact?: number;
  reason: AllocationReason;
  oversample: number;
  /** ceil(n_h / response rate), at most N_h. */
  invitations?: number;
  /** True when ceil(n_h / rate) exceeded N_h: the stratum cannot yield n_h completes at that rate. */
  invitationsCapped?: boolean;
  /** Design weight N_h / n_h. */
  weight: number;
}

export interface SamplePlan {
  /** N: declared, or the sum of the allocation strata. */
  population?: number;
  confidence: number;
  z: number;
  /** How the total was set. */
  basis: 'completes' | 'margin-proportion' | 'margin-mean' | 'fixed-strata' | 'none';
  /** Cochran's n0 and the FPC used, when the total came from a margin. */
  n0?: number;
  fpc?: Fpc;
  /** Target total of completes before allocation constraints. */
  target?: number;
  /** Planned completes: the sum of n_h when stratified. */
  completes?: number;
  responseRate?: number;
  invitations?: number;
  marginTarget?: number;
  /**
   * Margin of error the planned completes reach: the simple-random-sampling margin times
   * √deff, Kish's design effect of the allocation's weights (an oversampled or
   * disproportionate design is less precise than its n suggests).
   */
  marginAchieved?: number;
  /** The simple-random-sampling margin of the same completes (no design effect). */
  marginSrs?: number;
  allocation?: { stratification: string; method: Sample['allocation']; strata: StratumPlan[]; deff: number; effectiveN: number };
  /** Other stratifications: proportional expected completes. */
  representation: Array<{ stratification: string; strata: Array<{ id: string; size: number; expected: number }> }>;
}

export function planSample(sample: Sample): SamplePlan {
  const confidence = sample.confidence ?? 0.95;
  const [main, ...others] = sample.stratifications.filter((s) => s.strata.length > 0);
  const population = sample.population ?? (main ? main.strata.reduce((s, h) => s + h.size, 0) : undefined);
  const plan: SamplePlan = {
    population,
    confidence,
    z: zFor(confidence),
    basis: 'none',
    responseRate: sample.responseRate,
    marginTarget: sample.margin,
    representation: [],
  };

  if (sample.completes !== undefined) {
    plan.basis = 'completes';
    plan.target = sample.completes;
  } else if (sample.margin !== undefined) {
    const size =
      sample.sd !== undefined
        ? cochranMean({ sd: sample.sd, margin: sample.margin, confidence, population })
        : cochranProportion({ p: sample.proportion, margin: sample.margin, confidence, population });
    plan.basis = sample.sd !== undefined ? 'margin-mean' : 'margin-proportion';
    plan.fpc = sample.sd !== undefined ? 'simple' : 'cochran';
    plan.n0 = size.n0;
    plan.target = size.n;
  } else if (main && (sample.allocation === 'fixed' || main.strata.every((h) => h.takeAll || h.completes !== undefined))) {
    plan.basis = 'fixed-strata';
  }

  if (main && (plan.target !== undefined || plan.basis === 'fixed-strata')) {
    const allocated = allocate(main.strata, plan.target ?? 0, sample.allocation, { defaultSd: sample.sd });
    const strata = allocated.map((a, i): StratumPlan => {
      const h = main.strata[i];
      const out: StratumPlan = {
        id: a.id,
        size: a.size,
        completes: a.n,
        exact: a.exact,
        reason: a.reason,
        oversample: h.oversample,
        weight: designWeight(a.size, a.n),
      };
      if (sample.responseRate) Object.assign(out, invitationsFor(a.n, a.size, sample.responseRate));
      return out;
    });
    const weights = stratumWeights(strata.map((h) => ({ size: h.size, n: h.completes })));
    plan.allocation = {
      stratification: main.id,
      method: sample.allocation,
      strata,
      deff: kishDeff(weights),
      effectiveN: kishEffectiveN(weights),
    };
    plan.completes = strata.reduce((s, h) => s + h.completes, 0);
    if (sample.responseRate) plan.invitations = strata.reduce((s, h) => s + (h.invitations ?? 0), 0);
  } else if (plan.target !== undefined) {
    plan.completes = plan.target;
    if (sample.responseRate) plan.invitations = invitationsFor(plan.target, population, sample.responseRate).invitations;
  }

  if (plan.completes !== undefined && plan.completes > 0) {
    plan.marginSrs =
      sample.sd !== undefined
        ? marginForMean(plan.completes, { sd: sample.sd, confidence, population })
        : marginForProportion(plan.completes, { p: sample.proportion, confidence, population });
    plan.marginAchieved = plan.marginSrs * Math.sqrt(plan.allocation?.deff ?? 1);
  }
  for (const s of others) plan.representation.push(representation(s, plan.completes ?? 0));
  return plan;
}

/** Invitations to send for n completes at a response rate, never more than the stratum holds. */
export function invitationsFor(n: number, size: number | undefined, rate: number): { invitations: number; invitationsCapped?: boolean } {
  const wanted = Math.ceil(n / rate - 1e-9);
  if (size !== undefined && wanted > size) return { invitations: size, invitationsCapped: true };
  return { invitations: wanted };
}

function representation(s: Stratification, n: number) {
  const total = s.strata.reduce((acc, h) => acc + h.size, 0);
  const expected = largestRemainder(
    s.strata.map((h) => (total > 0 ? (n * h.size) / total : 0)),
    n,
  );
  return { stratification: s.id, strata: s.strata.map((h, i) => ({ id: h.id, size: h.size, expected: expected[i] })) };
}
