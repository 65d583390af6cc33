// Scores per response (computed at load time under the declared missing policy) summed
// up: n, not computed, mean, SD, design estimate. NPS from `score x = nps(q)` and from
// NPS questions; ratios from scores written as `a / b` (ratio of means, R's svyratio).
import type { ExprJson, ScoreDoc, VariableDoc } from '../config.ts';
import { clamped, scaled } from '../estimate/bounded.ts';
import { designRatio, type RatioCell } from '../estimate/design.ts';
import { policyLabels } from '../policy.ts';
import type { Estimate, NpsResult, RatioResult, ScoreStats } from '../result.ts';
import { crossProductQuery } from '../sql/crossprod.ts';
import { ident, scoreColumn, substantive } from '../sql/names.ts';
import { isNps, labelOf, type Ctx } from './context.ts';
import { weighted } from './items.ts';
import { interval } from './moments.ts';
import { num } from './runner.ts';
import { proportionInterval } from './proportion.ts';

/** A score's interval inside its range: a 0–100 share as a proportion (Wilson / logit), any other score cut at its range. */
function scoreInterval(ctx: Ctx, s: ScoreDoc, e: Estimate, n: number): Estimate {
  const share = s.aggregate && s.expr.type === 'call' && (s.expr.fn === 'topbox' || s.expr.fn === 'share');
  if (share) return scaled(proportionInterval(weighted(ctx), e.estimate / 100, e.se / 100, n, e.level), 100);
  return clamped(e, s.range);
}

export function scoreStats(ctx: Ctx): ScoreStats[] {
  return ctx.analysis.scores.map((s) => {
    const i = ctx.index.get(`score:${s.id}`)!;
    const sum = ctx.moments.summary(i);
    const e = sum.n ? ctx.moments.estimate(i) : undefined;
    const aggregate = !!s.aggregate;
    return {
      id: s.id,
      label: labelOf(ctx, s.id),
      ...(s.range ? { range: s.range } : {}),
      aggregate,
      n: sum.n,
      notComputed: ctx.analysed - sum.n,
      missingPolicy: policyLabels(s),
      ...(sum.n ? { mean: sum.mean, sd: sum.sd, min: sum.min, max: sum.max } : {}),
      ...(e ? { estimate: scoreInterval(ctx, s, { estimate: e.estimate, se: e.se, ci: e.ci, level: e.level }, sum.n) } : {}),
      estimator: aggregate
        ? weighted(ctx)
          ? 'proportion-stratified'
          : 'proportion-unweighted'
        : weighted(ctx)
          ? 'mean-stratified'
          : 'mean-unweighted',
    };
  });
}

function npsCall(e: ExprJson): string | undefined {
  return e.type === 'call' && e.fn === 'nps' && e.args[0]?.type === 'var' ? e.args[0].name : undefined;
}

export function npsResults(ctx: Ctx): NpsResult[] {
  const out: NpsResult[] = [];
  const covered = new Set<string>();
  const one = (id: string, v: VariableDoc, key: string, label = labelOf(ctx, id)) => {
    const i = ctx.index.get(key);
    const j = ctx.index.get(`item:${v.name}`);
    if (i === undefined || j === undefined) return;
    const cells = ctx.moments.cells(i);
    const s = ctx.moments.summary(i);
    if (!s.n) return;
    // promoters − detractors from Σd = 100 (P − D) and Σd² = 10⁴ (P + D)
    const pd = s.s1 / 100;
    const ppd = s.s2 / 10000;
    const promoters = Math.round((ppd + pd) / 2);
    const detractors = Math.round((ppd - pd) / 2);
    const passives = s.n - promoters - detractors;
    const e = ctx.moments.estimate(i)!;
    void cells;
    out.push({
      id,
      variable: v.name,
      label,
      n: s.n,
      promoters: { count: promoters, share: promoters / s.n },
      passives: { count: passives, share: passives / s.n },
      detractors: { count: detractors, share: detractors / s.n },
      nps: clamped(interval(e.estimate, e.se, ctx.level), [-100, 100]),
      estimator: weighted(ctx) ? 'nps-stratified' : 'nps-unweighted',
    });
  };
  for (const s of ctx.analysis.scores) {
    const name = npsCall(s.expr);
    const v = name ? ctx.vars.get(name) : undefined;
    if (!v) continue;
    covered.add(v.name);
    one(s.id, v, `nps:${v.name}`, labelOf(ctx, s.id));
  }
  for (const v of ctx.vars.values()) if (isNps(v) && !covered.has(v.name)) one(v.name, v, `nps:${v.name}`);
  return out;
}

/** An operand of a ratio as SQL: an item (substantive value) or a score column. */
function operand(ctx: Ctx, e: ExprJson): { sql: string; name: string } | undefined {
  if (e.type === 'var') {
    const v = ctx.vars.get(e.name);
    return v ? { sql: substantive(v), name: e.name } : undefined;
  }
  if (e.type === 'score') return { sql: ident(scoreColumn(e.name)), name: e.name };
  return undefined;
}

export async function ratioResults(ctx: Ctx): Promise<RatioResult[]> {
  const out: RatioResult[] = [];
  for (const s of ctx.analysis.scores) {
    if (s.expr.type !== 'binary' || s.expr.op !== '/') continue;
    const y = operand(ctx, s.expr.left);
    const x = operand(ctx, s.expr.right);
    if (!y || !x) {
      ctx.notes.push({
        severity: 'info',
        subject: s.id,
        message: `score ${s.id} divides expressions, not two items or scores: reported as a score, not as a ratio of means`,
      });
      continue;
    }
    const q = crossProductQuery(ctx.table, [y.sql, x.sql], ctx.info.stratumExpr);
    const rows = await ctx.runner.query(q, `ratio ${s.id}: cross-products of ${y.name} and ${x.name} per stratum`);
    const cells: RatioCell[] = rows
      .filter((r) => r.h !== null)
      .map((r) => ({
        h: String(r.h),
        m: ctx.info.design.responses.get(String(r.h)) ?? 0,
        n: num(r.n),
        sy: num(r.s_0),
        sx: num(r.s_1),
        syy: num(r.p_0_0),
        sxx: num(r.p_1_1),
        sxy: num(r.p_0_1),
      }));
    const n = rows.reduce((a, r) => a + num(r.n), 0);
    const sy = cells.reduce((a, c) => a + c.sy, 0);
    const sx = cells.reduce((a, c) => a + c.sx, 0);
    const r = ctx.info.post ? undefined : designRatio(ctx.info.design, cells);
    const si = ctx.index.get(`score:${s.id}`)!;
    out.push({
      id: s.id,
      label: labelOf(ctx, s.id),
      numerator: y.name,
      denominator: x.name,
      n,
      ...(r ? { ratio: interval(r.estimate, r.se, ctx.level) } : {}),
      ...(ctx.moments.summary(si).mean !== undefined ? { meanOfRatios: ctx.moments.summary(si).mean } : {}),
      ...(n ? { gap: (sy - sx) / n } : {}),
      estimator: weighted(ctx) ? 'ratio-stratified' : 'ratio-unweighted',
    });
  }
  return out;
}
