// Largest-remainder (Hamilton) rounding: integers that add up to the rounded total of
// the real quotas. Ties go to the earlier stratum, so the result is deterministic.

export function largestRemainder(quotas: number[], total = Math.round(quotas.reduce((s, q) => s + q, 0))): number[] {
  const floors = quotas.map((q) => Math.floor(q + 1e-9));
  let left = total - floors.reduce((s, x) => s + x, 0);
  const order = quotas
    .map((q, i) => ({ i, rest: q - floors[i] }))
    .sort((x, y) => (Math.abs(y.rest - x.rest) > 1e-9 ? y.rest - x.rest : x.i - y.i));
  for (let k = 0; left > 0 && order.length > 0; k = (k + 1) % order.length, left--) floors[order[k].i]++;
  return floors;
}
