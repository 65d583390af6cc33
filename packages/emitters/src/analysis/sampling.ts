// The sampling plan of the analysis configuration: the compiler's arithmetic
// (planSample) with derived figures rounded so the bytes never depend on float noise,
// plus the fieldwork facts the plan does not compute: the hidden variable a
// stratification is linked to (`variable`) and the `invited` counts.
import type { Sample, SamplePlan } from '@survey/compiler';
import { planSample } from '@survey/compiler';
import { compact, round } from '../common/json.ts';

export function samplingJson(sample: Sample) {
  const plan: SamplePlan = planSample(sample);
  const byId = new Map(sample.stratifications.map((s) => [s.id, s]));
  const invitedOf = (strat: string, id: string) => byId.get(strat)?.strata.find((h) => h.id === id)?.invited;
  return compact({
    population: plan.population,
    invited: sample.invited,
    confidence: plan.confidence,
    z: round(plan.z),
    basis: plan.basis,
    n0: plan.n0 !== undefined ? round(plan.n0, 4) : undefined,
    fpc: plan.fpc,
    target: plan.target,
    completes: plan.completes,
    responseRate: plan.responseRate,
    invitations: plan.invitations,
    marginTarget: plan.marginTarget,
    marginAchieved: plan.marginAchieved !== undefined ? round(plan.marginAchieved) : undefined,
    marginSrs:
      plan.marginSrs !== undefined && round(plan.marginSrs) !== round(plan.marginAchieved ?? NaN) ? round(plan.marginSrs) : undefined,
    allocation: plan.allocation
      ? {
          stratification: plan.allocation.stratification,
          variable: byId.get(plan.allocation.stratification)?.variable,
          method: plan.allocation.method,
          strata: plan.allocation.strata.map((h) =>
            compact({
              id: h.id,
              size: h.size,
              completes: h.completes,
              exact: h.exact !== undefined ? round(h.exact, 4) : undefined,
              reason: h.reason,
              oversample: h.oversample !== 1 ? h.oversample : undefined,
              invitations: h.invitations,
              invitationsCapped: h.invitationsCapped,
              invited: invitedOf(plan.allocation!.stratification, h.id),
              weight: round(h.weight),
            }),
          ),
          deff: round(plan.allocation.deff),
          effectiveN: round(plan.allocation.effectiveN, 2),
        }
      : undefined,
    representation: plan.representation.length
      ? plan.representation.map((r) =>
          compact({
            stratification: r.stratification,
            variable: byId.get(r.stratification)?.variable,
            strata: r.strata.map((h) => compact({ ...h, invited: invitedOf(r.stratification, h.id) })),
          }),
        )
      : undefined,
    weighting: 'design weight w_h = N_h / n_h; after fieldwork use N_h / m_h with m_h the valid completes in stratum h',
  });
}
