// Runs the moments query for many subjects at once, grouped by the design's cells
// (stratum, post-stratum) or any other grouping, and hands out per-subject cells,
// unweighted summaries and design-based estimates.
import { designMean, type MomentCell } from '../estimate/design.ts';
import { normalQuantile } from '../estimate/normal.ts';
import type { Estimate } from '../result.ts';
import { momentsQuery, type Subject } from '../sql/moments.ts';
import type { DesignInfo } from './design-info.ts';
import { num, type Row, type Runner } from './runner.ts';

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
  // A runner with several connections gets the subjects in parts, one query each, side by side:
  // every query still scans on one thread in table order, so each subject's sums are added in
  // the same order as in the one query (the SQL emitted by `survey build --only sql`).
  const lanes = Math.max(1, Math.min(runner.lanes ?? 1, Math.floor(subjects.length / MIN_PART)));
  const size = Math.ceil(subjects.length / lanes);
  const parts = Array.from({ length: lanes }, (_, k) => subjects.slice(k * size, (k + 1) * size)).filter((x) => x.length);
  const results = await Promise.all(parts.map((part) => runner.query(momentsQuery(table, part, groupBy), purpose)));
  if (results.some((rows) => rows.length !== results[0].length)) throw new Error('the parts of the moments query disagree on their groups');
  const keysOf = (r: Row) => groupBy.map((_, i) => (r[`g${i}`] === null ? null : String(r[`g${i}`])));
  return results[0].map((r, row) => {
    const keys = keysOf(r);
    const stats = results.flatMap((rows, k) => {
      const x = rows[row];
      if (!x || JSON.stringify(keysOf(x)) !== JSON.stringify(keys))
        throw new Error('the parts of the moments query disagree on their groups');
      return parts[k].map((_, i) => ({
        n: num(x[`n_${i}`]),
        s1: num(x[`s1_${i}`]),
        s2: num(x[`s2_${i}`]),
        min: x[`lo_${i}`] === null ? undefined : num(x[`lo_${i}`]),
        max: x[`hi_${i}`] === null ? undefined : num(x[`hi_${i}`]),
      }));
    });
    return { keys, m: num(r.m), stats };
  });
}

/** Fewer subjects than this a part: the moments are one query (a scan costs more than a few aggregates). */
const MIN_PART = 8;

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
