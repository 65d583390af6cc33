// Runs the moments query for many subjects at once, grouped by the design's cells
// (stratum, post-stratum) or any other grouping, and hands out per-subject cells,
// unweighted summaries and design-based estimates.
import { designMean, type MomentCell } from '../estimate/design.ts';
import { normalQuantile } from '../estimate/normal.ts';
import type { Estimate } from '../result.ts';
import { momentsQuery, type Subject } from '../sql/moments.ts';
import type { DesignInfo } from './design-info.ts';
import { num, type Runner } from './runner.ts';

export interface Summary {
  n: number;
  mean?: number;
  sd?: number;
  min?: number;
  max?: number;
  s1: number;
  s2: number;
}

export interface GroupMoments {
  /** Group values (as strings, null for NULL). */
  keys: Array<string | null>;
  m: number;
  stats: Summary[];
}

export async function runMoments(
  runner: Runner,
  table: string,
  subjects: Subject[],
  groupBy: string[],
  purpose?: string,
): Promise<GroupMoments[]> {
  if (!subjects.length) return [];
  const rows = await runner.query(momentsQuery(table, subjects, groupBy), purpose);
  return rows.map((r) => ({
    keys: groupBy.map((_, i) => (r[`g${i}`] === null ? null : String(r[`g${i}`]))),
    m: num(r.m),
    stats: subjects.map((_, i) => ({
      n: num(r[`n_${i}`]),
      s1: num(r[`s1_${i}`]),
      s2: num(r[`s2_${i}`]),
      min: r[`lo_${i}`] === null ? undefined : num(r[`lo_${i}`]),
      max: r[`hi_${i}`] === null ? undefined : num(r[`hi_${i}`]),
    })),
  }));
}

/** Sum of the groups' moments into one summary with mean and SD (n − 1). */
export function combine(parts: Summary[]): Summary {
  let n = 0;
  let s1 = 0;
  let s2 = 0;
  let min: number | undefined;
  let max: number | undefined;
  for (const p of parts) {
    n += p.n;
    s1 += p.s1;
    s2 += p.s2;
    if (p.min !== undefined) min = min === undefined ? p.min : Math.min(min, p.min);
    if (p.max !== undefined) max = max === undefined ? p.max : Math.max(max, p.max);
  }
  return withMoments({ n, s1, s2, min, max });
}

export function withMoments(s: Summary): Summary {
  if (s.n === 0) return { ...s, mean: undefined, sd: undefined };
  const mean = s.s1 / s.n;
  const sd = s.n > 1 ? Math.sqrt(Math.max(0, (s.s2 - s.n * mean * mean) / (s.n - 1))) : undefined;
  return { ...s, mean, sd };
}

export class DesignMoments {
  constructor(
    private groups: GroupMoments[],
    private info: DesignInfo,
    readonly level: number,
  ) {}

  static async run(runner: Runner, table: string, subjects: Subject[], info: DesignInfo, level: number): Promise<DesignMoments> {
    const groupBy = [info.stratumExpr, ...(info.postExpr ? [info.postExpr] : [])];
    const purpose = `design moments per stratum${info.postExpr ? ' and post-stratum' : ''}: items, top-2-box and NPS indicators, scores`;
    return new DesignMoments(await runMoments(runner, table, subjects, groupBy, purpose), info, level);
  }

  /** Unweighted summary of subject i over all analysed responses. */
  summary(i: number): Summary {
    return combine(this.groups.map((g) => g.stats[i]));
  }

  cells(i: number): MomentCell[] {
    return this.groups
      .filter((g) => g.keys[0] !== null && (this.info.postExpr === undefined || g.keys[1] !== null))
      .map((g) => ({
        h: g.keys[0]!,
        g: this.info.postExpr ? g.keys[1]! : undefined,
        m: g.m,
        n: g.stats[i].n,
        s1: g.stats[i].s1,
        s2: g.stats[i].s2,
      }));
  }

  estimate(i: number): (Estimate & { lonely: string[] }) | undefined {
    const r = designMean(this.info.design, this.cells(i));
    if (!r) return undefined;
    return { ...interval(r.estimate, r.se, this.level), lonely: r.lonely };
  }
}

export function interval(estimate: number, se: number, level: number): Estimate {
  const z = normalQuantile(1 - (1 - level) / 2);
  return { estimate, se, ci: [estimate - z * se, estimate + z * se], level };
}

/** Logit interval for a proportion p with SE se (R: svyciprop(method = "logit") with a normal quantile). */
export function logitInterval(p: number, se: number, level: number): Estimate {
  const z = normalQuantile(1 - (1 - level) / 2);
  if (p <= 0 || p >= 1 || se === 0) return { estimate: p, se, ci: [p, p], level };
  const l = Math.log(p / (1 - p));
  const sl = se / (p * (1 - p));
  const expit = (x: number) => 1 / (1 + Math.exp(-x));
  return { estimate: p, se, ci: [expit(l - z * sl), expit(l + z * sl)], level };
}
