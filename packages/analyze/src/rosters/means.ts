// Means of a repeat group's numeric questions over its instances, from sufficient
// statistics (rosters/sql.ts): n, mean, SD, range over the answered instances, and the
// estimate of the mean with the responses as clusters. The estimate is the ratio of the
// per-response totals Σ w y_i / Σ w n_i (y_i = sum of the answers of response i's
// instances, n_i = how many answered), so its SE is designRatio's linearisation:
// - no sample design: one stratum of the responses with an instance, no fpc, weight 1
//   (R: svymean(~x, svydesign(ids = ~response, data = instances)));
// - a sample design: the response-level design — strata, weights N_h / m_h,
//   fpc, post-strata — with every analysed response as a cluster, one without instances
//   contributing zero (R: svydesign(ids = ~response, strata = ~stratum, weights = ~w,
//   fpc = ~N) on the instances plus an empty row per response without any).
import type { VariableDoc } from '../config.ts';
import type { Ctx } from '../engine/context.ts';
import { weighted } from '../engine/items.ts';
import { interval, runMoments, withMoments, type Summary } from '../engine/moments.ts';
import { num, type Row } from '../engine/runner.ts';
import { designRatio, type Design, type DesignEstimate, type RatioCell } from '../estimate/design.ts';
import { substantive } from '../sql/names.ts';
import type { Estimate } from '../result.ts';
import { clusterSumsQuery, stratifiedClusterSumsQuery } from './sql.ts';
import type { RosterTable } from './tables.ts';

export interface ClusteredMean {
  summary: Summary;
  estimate?: Estimate & { lonely: string[] };
}

/** Summaries and clustered estimates of the variables `vars` of the group's table, two scans in all. */
export async function clusteredMeans(ctx: Ctx, t: RosterTable, vars: VariableDoc[]): Promise<Map<string, ClusteredMean>> {
  const out = new Map<string, ClusteredMean>();
  if (!vars.length) return out;
  const exprs = vars.map((v) => substantive(v));
  const subjects = vars.map((v, i) => ({ key: v.name, expr: exprs[i] }));
  const [whole] = await runMoments(ctx.runner, t.table, subjects, [], `${t.roster.id}: moments over its instances`);
  const design = weighted(ctx);
  const rows = design
    ? await stratifiedSums(ctx, t, exprs, 'for the clustered design variance')
    : await ctx.runner.query(clusterSumsQuery(t.table, exprs), `${t.roster.id}: per-response totals summed, for the clustered variance`);
  vars.forEach((v, i) => {
    const summary = withMoments(whole.stats[i]);
    const r = design ? designRatio(ctx.info.design, cells(rows, i, !!ctx.info.postExpr)) : unweighted(rows, i);
    out.set(v.name, {
      summary,
      ...(r && summary.n > 0 ? { estimate: { ...interval(r.estimate, r.se, ctx.level), lonely: r.lonely } } : {}),
    });
  });
  return out;
}

function stratifiedSums(ctx: Ctx, t: RosterTable, exprs: string[], what: string): Promise<Row[]> {
  return ctx.runner.query(
    stratifiedClusterSumsQuery(ctx.table, t.table, exprs, ctx.info.stratumExpr, ctx.info.postExpr),
    `${t.roster.id}: per-response totals summed per stratum${ctx.info.postExpr ? ' and post-stratum' : ''}, ${what}`,
  );
}

/**
 * With a sample design, the share of each value of a closed question of the group among
 * its answered instances, estimated with the design as its mean is: the mean over instances
 * of the 0/1 indicator of the value (NULL where the instance has no substantive answer),
 * i.e. Σ w·(the response's instances with the value) / Σ w·(its answered instances), one
 * query for all values (R: svymean(~I(x == value), design, na.rm = TRUE), as the mean).
 * `indicators` are those indicators as SQL over the group's table; undefined without a
 * design or answered instances.
 */
export async function clusteredShares(ctx: Ctx, t: RosterTable, variable: string, indicators: string[]): Promise<number[] | undefined> {
  if (!weighted(ctx) || !indicators.length) return undefined;
  const rows = await stratifiedSums(ctx, t, indicators, `for the design-weighted shares of ${variable}`);
  const out: number[] = [];
  for (const [i] of indicators.entries()) {
    const r = designRatio(ctx.info.design, cells(rows, i, !!ctx.info.postExpr));
    if (!r) return undefined;
    out.push(r.estimate);
  }
  return out;
}

function cells(rows: Row[], i: number, post: boolean): RatioCell[] {
  return rows
    .filter((r) => r.h !== null && (!post || r.g !== null))
    .map((r) => ({
      h: String(r.h),
      ...(post ? { g: String(r.g) } : {}),
      m: num(r.m),
      // every response of the cell is observed: one without an answer has y = n = 0
      n: num(r.m),
      sy: num(r[`sy_${i}`]),
      sx: num(r[`sx_${i}`]),
      syy: num(r[`syy_${i}`]),
      sxx: num(r[`sxx_${i}`]),
      sxy: num(r[`sxy_${i}`]),
    }));
}

/** The responses with an instance as the clusters of one stratum without fpc; a single cluster has no SE. */
function unweighted(rows: Row[], i: number): DesignEstimate | undefined {
  const c = cells(rows, i, false);
  const k = c.reduce((a, x) => a + x.m, 0);
  if (k < 2) return undefined;
  const design: Design = { size: new Map([['all', Infinity]]), responses: new Map([['all', k]]) };
  return designRatio(design, c);
}
