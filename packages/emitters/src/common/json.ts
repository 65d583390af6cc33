// Deterministic JSON text: keys in the order the emitters build them (never from a
// hash or the clock), two-space indent, a final newline. `undefined` members vanish.

export function stringify(value: unknown): string {
  return JSON.stringify(value, normaliseNumbers, 2) + '\n';
}

/** -0 prints as 0 and non-finite numbers (never valid JSON) fail loudly. */
function normaliseNumbers(_key: string, v: unknown): unknown {
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) throw new Error(`non-finite number in emitted JSON: ${v}`);
    return Object.is(v, -0) ? 0 : v;
  }
  return v;
}

/** Round derived figures (weights, shares) so tiny float noise cannot change the bytes. */
export function round(x: number, digits = 6): number {
  const f = 10 ** digits;
  const r = Math.round(x * f) / f;
  return Object.is(r, -0) ? 0 : r;
}

/** Copy an object without its undefined members, keeping key order. */
export function compact<T extends Record<string, unknown>>(o: T): T {
  const out: Record<string, unknown> = {};
  for (const k in o) if (o[k] !== undefined) out[k] = o[k];
  return out as T;
}
