// Covariance matrices from cross-product sums, Cronbach's alpha (raw and standardised,
// alpha if an item is deleted, corrected item-total correlation — as psych::alpha), and
// standardised regression weights solved from the correlation matrix (= lm on z-scores).

export interface CrossProducts {
  n: number;
  sums: number[];
  /** products[i][j] = Σ x_i x_j (symmetric). */
  products: number[][];
}

export function covariance(cp: CrossProducts): number[][] {
  const k = cp.sums.length;
  const n = cp.n;
  return Array.from({ length: k }, (_, i) =>
    Array.from({ length: k }, (_, j) => (cp.products[i][j] - (cp.sums[i] * cp.sums[j]) / n) / (n - 1)),
  );
}

function correlation(cov: number[][]): number[][] {
  return cov.map((row, i) => row.map((c, j) => c / Math.sqrt(cov[i][i] * cov[j][j])));
}

function alphaOf(cov: number[][], idx: number[]): number {
  const k = idx.length;
  let total = 0;
  let diag = 0;
  for (const i of idx) {
    diag += cov[i][i];
    for (const j of idx) total += cov[i][j];
  }
  return (k / (k - 1)) * (1 - diag / total);
}

export function cronbach(cp: CrossProducts) {
  const cov = covariance(cp);
  const cor = correlation(cov);
  const k = cov.length;
  const all = [...Array(k).keys()];
  const alpha = alphaOf(cov, all);
  const standardized = alphaOf(cor, all);
  const items = all.map((i) => {
    const rest = all.filter((j) => j !== i);
    // corrected item-total: correlation of item i with the sum of the others
    let covIR = 0;
    let varR = 0;
    for (const j of rest) {
      covIR += cov[i][j];
      for (const l of rest) varR += cov[j][l];
    }
    return { alphaIfDeleted: k > 2 ? alphaOf(cov, rest) : undefined, correctedItemTotal: covIR / Math.sqrt(cov[i][i] * varR) };
  });
  return { alpha, standardized, items };
}

/** Solve A x = b by Gaussian elimination with partial pivoting; undefined when singular. */
function solve(a: number[][], b: number[]): number[] | undefined {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i]]);
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(m[r][c]) > Math.abs(m[p][c])) p = r;
    if (Math.abs(m[p][c]) < 1e-12) return undefined;
    [m[c], m[p]] = [m[p], m[c]];
    for (let r = 0; r < n; r++) {
      if (r === c) continue;
      const f = m[r][c] / m[c][c];
      for (let k = c; k <= n; k++) m[r][k] -= f * m[c][k];
    }
  }
  return m.map((row, i) => row[n] / row[i]);
}

/** Outcome is variable 0, drivers 1..k: correlations with the outcome, standardised betas and R². */
export function keyDrivers(cp: CrossProducts) {
  const cor = correlation(covariance(cp));
  const k = cor.length - 1;
  const rxy = Array.from({ length: k }, (_, i) => cor[0][i + 1]);
  const rxx = Array.from({ length: k }, (_, i) => Array.from({ length: k }, (_, j) => cor[i + 1][j + 1]));
  const beta = solve(rxx, rxy);
  const rSquared = beta ? beta.reduce((a, b, i) => a + b * rxy[i], 0) : undefined;
  return { correlations: rxy, beta, rSquared };
}
