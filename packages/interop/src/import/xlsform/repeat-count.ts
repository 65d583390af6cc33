// A repeat_count capped by a number — `if(c > N, N, c)` (what our export writes for a
// group's `max N`) or `min(c, N)` / `min(N, c)` — split into the count and its cap.
// Anything else comes back whole, without a cap.

/** A cap from 1 to 100, the range of a group's `max`. */
const cap = (s: string): number | undefined => (/^\d+$/.test(s) && Number(s) >= 1 && Number(s) <= 100 ? Number(s) : undefined);

const same = (a: string, b: string) => a.replace(/\s+/g, '') === b.replace(/\s+/g, '');

export function cappedCount(expr: string): { count: string; max?: number } {
  const e = expr.trim();
  // `c` is `${q}` or `count-selected(${q})`: no commas or nested parentheses beyond those.
  const term = String.raw`(\$\{[^}]+\}|count-selected\(\s*\$\{[^}]+\}\s*\))`;
  let m = new RegExp(String.raw`^if\(\s*${term}\s*>\s*(\d+)\s*,\s*(\d+)\s*,\s*${term}\s*\)$`).exec(e);
  if (m && same(m[1], m[4]) && m[2] === m[3] && cap(m[2]) !== undefined) return { count: m[1], max: cap(m[2]) };
  m = new RegExp(String.raw`^min\(\s*${term}\s*,\s*(\d+)\s*\)$`).exec(e);
  if (m && cap(m[2]) !== undefined) return { count: m[1], max: cap(m[2]) };
  m = new RegExp(String.raw`^min\(\s*(\d+)\s*,\s*${term}\s*\)$`).exec(e);
  if (m && cap(m[1]) !== undefined) return { count: m[2], max: cap(m[1]) };
  return { count: e };
}
