// Estimators the analysis configuration documents and the tests check against
// published values: design weights, Kish's design effect, the stratified mean with
// its standard error, and NPS.

/** Design weight of a stratum: each respondent stands for N_h / n_h population units. */
export function designWeight(size: number, n: number): number {
  return n > 0 ? size / n : 0;
}

/** Kish's design effect due to unequal weights: n Σw² / (Σw)². */
export function kishDeff(weights: number[]): number {
  const n = weights.length;
  const s1 = weights.reduce((s, w) => s + w, 0);
  const s2 = weights.reduce((s, w) => s + w * w, 0);
  return n === 0 || s1 === 0 ? 1 : (n * s2) / (s1 * s1);
}

/** Kish's effective sample size: (Σw)² / Σw². */
export function kishEffectiveN(weights: number[]): number {
  const s1 = weights.reduce((s, w) => s + w, 0);
  const s2 = weights.reduce((s, w) => s + w * w, 0);
  return s2 === 0 ? 0 : (s1 * s1) / s2;
}

/** The weights of a stratified sample, one per respondent: n_h copies of N_h / n_h. */
export function stratumWeights(strata: Array<{ size: number; n: number }>): number[] {
  return strata.flatMap((h) => Array.from({ length: h.n }, () => designWeight(h.size, h.n)));
}

export interface StratumSummary {
  size: number;
  n: number;
  mean: number;
  /** Sample variance s_h² (denominator n_h − 1). */
  variance: number;
}

/** Stratified mean Σ W_h ȳ_h and its variance Σ W_h² (1 − n_h/N_h) s_h² / n_h, W_h = N_h / N. */
export function stratifiedMean(strata: StratumSummary[]): { mean: number; variance: number; se: number } {
  const total = strata.reduce((s, h) => s + h.size, 0);
  let mean = 0;
  let variance = 0;
  for (const h of strata) {
    const W = h.size / total;
    mean += W * h.mean;
    variance += (W * W * (1 - h.n / h.size) * h.variance) / h.n;
  }
  return { mean, variance, se: Math.sqrt(variance) };
}

/** NPS on 0..10 answers: 100 × (promoters 9–10 − detractors 0–6) / valid answers. */
export function netPromoterScore(answers: number[]): number | undefined {
  const valid = answers.filter((a) => Number.isInteger(a) && a >= 0 && a <= 10);
  if (valid.length === 0) return undefined;
  const promoters = valid.filter((a) => a >= 9).length;
  const detractors = valid.filter((a) => a <= 6).length;
  return (100 * (promoters - detractors)) / valid.length;
}
