// Sampling arithmetic (methodology.md, "Sampling"): sample sizes, allocation,
// rounding, weights and the estimators the analysis configuration documents.
export { normalQuantile, zFor } from './normal.ts';
export {
  cochranProportion,
  cochranMean,
  marginForProportion,
  marginForMean,
  applyFpc,
  ceilTolerant,
  type Fpc,
  type SampleSize,
  type ProportionInput,
  type MeanInput,
} from './sample-size.ts';
export { largestRemainder } from './rounding.ts';
export {
  allocate,
  allocationWeight,
  type StratumInput,
  type StratumAllocation,
  type AllocationReason,
  type AllocationOptions,
} from './allocate.ts';
export {
  designWeight,
  kishDeff,
  kishEffectiveN,
  stratumWeights,
  stratifiedMean,
  netPromoterScore,
  type StratumSummary,
} from './estimates.ts';
export { planSample, invitationsFor, type SamplePlan, type StratumPlan } from './plan.ts';
