// Stratum allocation: how many completes each stratum gets.
//   proportional  n_h ∝ N_h
//   neyman        n_h ∝ N_h S_h            (S_h = sqrt(P_h (1 - P_h)) for a proportion)
//   optimal       n_h ∝ N_h S_h / sqrt(c_h)
//   equal         n_h = n / H
//   fixed         n_h = the stratum's declared completes
// An oversampling factor multiplies a stratum's share before normalising, so the total
// stays n and the design weights N_h / n_h undo it in the analysis. Take-all strata get
// n_h = N_h and strata with declared completes get them; the rest of n is shared among
// the others, keeping 2 <= n_h <= N_h: a stratum whose share exceeds N_h is taken in
// full and one below 2 is raised to 2, and the remainder is reallocated until stable.
// Integer n_h come from largest-remainder rounding, so they add up to n.
import type { AllocationMethod } from '../model.ts';
import { largestRemainder } from './rounding.ts';

export interface StratumInput {
  id: string;
  /** N_h, the stratum's population size. */
  size: number;
  sd?: number;
  proportion?: number;
  cost?: number;
  /** Declared completes: fixed for this stratum whatever the method. */
  completes?: number;
  takeAll?: boolean;
  oversample?: number;
}

export type AllocationReason = 'allocated' | 'take-all' | 'capped' | 'minimum' | 'fixed';

export interface StratumAllocation {
  id: string;
  size: number;
  /** Share before rounding (undefined for take-all and fixed strata). */
  exact?: number;
  n: number;
  reason: AllocationReason;
}

export interface AllocationOptions {
  /** Smallest n_h for a sampled stratum (2, so a variance can be estimated). */
  minimum?: number;
  /** S_h for strata that give neither sd nor proportion. */
  defaultSd?: number;
}

/** Relative allocation weight of one stratum under a method (before oversampling). */
export function allocationWeight(method: AllocationMethod, h: StratumInput, opts: AllocationOptions = {}): number {
  const sd = h.sd ?? (h.proportion !== undefined ? Math.sqrt(h.proportion * (1 - h.proportion)) : (opts.defaultSd ?? 1));
  switch (method) {
    case 'proportional':
      return h.size;
    case 'neyman':
      return h.size * sd;
    case 'optimal':
      return (h.size * sd) / Math.sqrt(h.cost ?? 1);
    case 'equal':
    case 'fixed':
      return 1;
  }
}

export function allocate(strata: StratumInput[], n: number, method: AllocationMethod, opts: AllocationOptions = {}): StratumAllocation[] {
  const minimum = opts.minimum ?? 2;
  const out = new Map<string, StratumAllocation>();
  let remaining = Math.round(n);
  let open: StratumInput[] = [];
  for (const h of strata) {
    if (h.takeAll) out.set(h.id, { id: h.id, size: h.size, n: h.size, reason: 'take-all' });
    else if (h.completes !== undefined || method === 'fixed')
      out.set(h.id, { id: h.id, size: h.size, n: h.completes ?? 0, reason: 'fixed' });
    else {
      open.push(h);
      continue;
    }
    remaining -= out.get(h.id)!.n;
  }
  // Fix strata at a bound one round at a time until every open share is inside its bounds.
  for (;;) {
    const shares = exactShares(open, Math.max(0, remaining), method, opts);
    const over = open.filter((h, i) => shares[i] > h.size + 1e-9);
    const under = over.length ? [] : open.filter((h, i) => shares[i] < Math.min(minimum, h.size));
    const fix = over.length ? over : under;
    if (fix.length === 0) {
      const ints = largestRemainder(shares, Math.max(0, remaining));
      open.forEach((h, i) => out.set(h.id, { id: h.id, size: h.size, exact: shares[i], n: ints[i], reason: 'allocated' }));
      break;
    }
    for (const h of fix) {
      const i = open.indexOf(h);
      const value = over.length ? h.size : Math.min(minimum, h.size);
      out.set(h.id, { id: h.id, size: h.size, exact: shares[i], n: value, reason: over.length ? 'capped' : 'minimum' });
      remaining -= value;
    }
    open = open.filter((h) => !fix.includes(h));
  }
  return strata.map((h) => out.get(h.id)!);
}

function exactShares(open: StratumInput[], total: number, method: AllocationMethod, opts: AllocationOptions): number[] {
  let weights = open.map((h) => allocationWeight(method, h, opts) * (h.oversample ?? 1));
  let sum = weights.reduce((s, w) => s + w, 0);
  if (!(sum > 0)) {
    // All weights zero (e.g. every S_h = 0): share equally rather than divide by zero.
    weights = open.map(() => 1);
    sum = open.length;
  }
  return weights.map((w) => (total * w) / sum);
}
