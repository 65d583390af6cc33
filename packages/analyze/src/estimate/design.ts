// Design-based estimation from sufficient statistics, matching R's survey package
// (svydesign(ids=~1, strata=~h, fpc=~N_h, weights=~w), svymean, svyratio,
// postStratify). Responses sit in cells c = (stratum h, post-stratum g); a cell holds
// m_c analysed responses, of which n_c observe the variable, and the sums of the
// linearised variable u. Item non-response is handled as R does with na.rm=TRUE: the
// stratum keeps its m_h responses, unobserved ones contribute zero (domain estimation).
// Without strata the design is one stratum (N = the sample's population, or infinite).

interface Cell {
  h: string;
  g?: string;
  /** Analysed responses in the cell (observed or not). */
  m: number;
  /** Responses observing the variable. */
  n: number;
}

export interface Design {
  /** Population size N_h per stratum; Infinity when unknown (no finite-population correction). */
  size: Map<string, number>;
  /** Analysed responses per stratum m_h (the denominator of the design weight). */
  responses: Map<string, number>;
  /** Post-stratification: known totals per post-stratum g, and the responses per (h, g) cell. */
  post?: { totals: Map<string, number>; cells: Map<string, number> };
}

/** Design weight of stratum h: N_h / m_h (1 when N_h is unknown). */
function designWeight(d: Design, h: string): number {
  const N = d.size.get(h) ?? Infinity;
  const m = d.responses.get(h) ?? 0;
  return Number.isFinite(N) && m > 0 ? N / m : 1;
}

/** Final weight of a cell: the design weight, times the post-stratification factor T_g / Σ_h w_h m_hg. */
export function cellWeights(d: Design): {
  weight: (h: string, g?: string) => number;
  factor: Map<string, number>;
  before: Map<string, number>;
} {
  const factor = new Map<string, number>();
  const before = new Map<string, number>();
  if (d.post) {
    for (const [key, m] of d.post.cells) {
      const [h, g] = key.split('\u0000');
      before.set(g, (before.get(g) ?? 0) + designWeight(d, h) * m);
    }
    for (const [g, t] of d.post.totals) factor.set(g, (before.get(g) ?? 0) > 0 ? t / before.get(g)! : 0);
  }
  return {
    weight: (h, g) => designWeight(d, h) * (d.post && g !== undefined ? (factor.get(g) ?? 0) : 1),
    factor,
    before,
  };
}

interface LinearCell extends Cell {
  /** Σ u and Σ u² over the observed responses of the cell. */
  u1: number;
  u2: number;
}

/**
 * Variance of a linearised estimator Σ_i w_i u_i / k, u centred so that the estimate's
 * influence is w_i u_i / k (k = Σ w for a mean, Σ w x for a ratio). R's svyrecvar:
 * post-stratum means removed, then Σ_h f_h m_h/(m_h − 1) Σ_i (x_i − x̄_h)², f_h = 1 − m_h/N_h.
 */
function linearVariance(d: Design, cells: LinearCell[], k: number): { variance: number; lonely: string[] } {
  const { weight } = cellWeights(d);
  // post-stratum means of the influence, with the design (old) weights
  const beta = new Map<string, number>();
  if (d.post) {
    const num = new Map<string, number>();
    const den = new Map<string, number>();
    for (const c of cells) {
      if (c.g === undefined) continue;
      const w0 = designWeight(d, c.h);
      num.set(c.g, (num.get(c.g) ?? 0) + w0 * c.u1);
      den.set(c.g, (den.get(c.g) ?? 0) + w0 * c.m);
    }
    for (const [g, n] of num) beta.set(g, den.get(g)! > 0 ? n / den.get(g)! : 0);
  }
  const sx = new Map<string, number>();
  const sxx = new Map<string, number>();
  for (const c of cells) {
    const w = weight(c.h, c.g) / k;
    const b = c.g !== undefined ? (beta.get(c.g) ?? 0) : 0;
    const s = w * (c.u1 - c.n * b) - (c.m - c.n) * w * b;
    const ss = w * w * (c.u2 - 2 * b * c.u1 + c.n * b * b) + (c.m - c.n) * w * w * b * b;
    sx.set(c.h, (sx.get(c.h) ?? 0) + s);
    sxx.set(c.h, (sxx.get(c.h) ?? 0) + ss);
  }
  let variance = 0;
  const lonely: string[] = [];
  for (const [h, m] of d.responses) {
    if (!sx.has(h) || m === 0) continue;
    const N = d.size.get(h) ?? Infinity;
    const f = Number.isFinite(N) ? (N - m) / N : 1;
    if (f < 1e-7) continue;
    if (m < 2) {
      lonely.push(h);
      continue;
    }
    const S = sx.get(h)!;
    variance += ((f * m) / (m - 1)) * (sxx.get(h)! - (S * S) / m);
  }
  return { variance: Math.max(variance, 0), lonely };
}

/** Per-cell sufficient statistics of one variable: observed count, Σy, Σy². */
export interface MomentCell extends Cell {
  s1: number;
  s2: number;
}

export interface DesignEstimate {
  estimate: number;
  se: number;
  /** Σ w over the observed responses (estimated population with an answer). */
  weightSum: number;
  lonely: string[];
}

/** The weighted mean ȳ = Σ w y / Σ w and its linearisation SE (R: svymean). */
export function designMean(d: Design, cells: MomentCell[]): DesignEstimate | undefined {
  const { weight } = cellWeights(d);
  let W = 0;
  let WY = 0;
  for (const c of cells) {
    const w = weight(c.h, c.g);
    W += w * c.n;
    WY += w * c.s1;
  }
  if (W <= 0) return undefined;
  const mean = WY / W;
  const lin: LinearCell[] = cells.map((c) => ({ ...c, u1: c.s1 - c.n * mean, u2: c.s2 - 2 * mean * c.s1 + c.n * mean * mean }));
  const { variance, lonely } = linearVariance(d, lin, W);
  return { estimate: mean, se: Math.sqrt(variance), weightSum: W, lonely };
}

/** Per-cell cross moments of a numerator y and a denominator x observed together. */
export interface RatioCell extends Cell {
  sy: number;
  sx: number;
  syy: number;
  sxx: number;
  sxy: number;
}

/** The ratio of totals R = Σ w y / Σ w x and its linearisation SE (R: svyratio). */
export function designRatio(d: Design, cells: RatioCell[]): DesignEstimate | undefined {
  const { weight } = cellWeights(d);
  let X = 0;
  let Y = 0;
  let W = 0;
  for (const c of cells) {
    const w = weight(c.h, c.g);
    X += w * c.sx;
    Y += w * c.sy;
    W += w * c.n;
  }
  if (X === 0) return undefined;
  const R = Y / X;
  const lin: LinearCell[] = cells.map((c) => ({ ...c, u1: c.sy - R * c.sx, u2: c.syy - 2 * R * c.sxy + R * R * c.sxx }));
  const { variance, lonely } = linearVariance(d, lin, X);
  return { estimate: R, se: Math.sqrt(variance), weightSum: W, lonely };
}

/** Kish's design effect due to unequal weights and the effective sample size. */
export function kish(weights: Array<{ w: number; count: number }>): { deff: number; effectiveN: number } {
  let n = 0;
  let s = 0;
  let s2 = 0;
  for (const { w, count } of weights) {
    n += count;
    s += w * count;
    s2 += w * w * count;
  }
  if (s === 0) return { deff: 1, effectiveN: 0 };
  return { deff: (n * s2) / (s * s), effectiveN: (s * s) / s2 };
}
