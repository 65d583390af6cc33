// Alpha for declared batteries and key drivers, from one cross-product query each over
// the complete cases (listwise); reverse-coded items are reversed first. Unweighted:
// these describe the relations among items in the sample, not population totals.
import type { AlphaResult, DriversResult } from '../result.ts';
import { crossProductQuery } from '../sql/crossprod.ts';
import { covariance, cronbach, keyDrivers, type CrossProducts } from '../estimate/multivariate.ts';
import { labelOf, orientedExpr, type Ctx } from './context.ts';
import type { ItemStats } from '../result.ts';
import { num } from './runner.ts';

async function crossProducts(ctx: Ctx, exprs: string[], purpose: string): Promise<CrossProducts> {
  const [r] = await ctx.runner.query(crossProductQuery(ctx.table, exprs), purpose);
  const k = exprs.length;
  const products = Array.from({ length: k }, () => Array<number>(k).fill(0));
  for (let i = 0; i < k; i++)
    for (let j = i; j < k; j++) {
      products[i][j] = num(r[`p_${i}_${j}`]);
      products[j][i] = products[i][j];
    }
  return { n: num(r.n), sums: exprs.map((_, i) => num(r[`s_${i}`])), products };
}

export async function alphaResults(ctx: Ctx): Promise<AlphaResult[]> {
  const out: AlphaResult[] = [];
  for (const r of ctx.analysis.requests) {
    if (r.kind !== 'alpha') continue;
    const vars = r.items.map((n) => ctx.vars.get(n)).filter((v) => !!v);
    const base: AlphaResult = {
      subject: r.subject,
      label: labelOf(ctx, r.subject),
      items: r.items,
      reversed: r.reversed,
      missing: 'listwise',
      n: 0,
      itemTotal: [],
    };
    if (vars.length < 2) {
      out.push(base);
      continue;
    }
    const cp = await crossProducts(
      ctx,
      vars.map((v) => orientedExpr(v!)),
      `alpha ${r.subject}: cross-products of its items (complete cases)`,
    );
    if (cp.n < 3) {
      ctx.notes.push({ severity: 'warning', subject: r.subject, message: `alpha of ${r.subject}: only ${cp.n} complete responses` });
      out.push({ ...base, n: cp.n });
      continue;
    }
    // An item that does not vary among the complete cases has no correlation (0 / 0): the
    // raw alpha is still defined (psych::alpha reports it), the standardised alpha and that
    // item's item-total correlation are not; all items constant leaves no alpha at all.
    const cov = covariance(cp);
    const constant = r.items.filter((_, i) => !(cov[i][i] > 1e-12 * Math.max(1, (cp.sums[i] / cp.n) ** 2)));
    if (constant.length) {
      const all = constant.length === r.items.length;
      ctx.notes.push({
        severity: 'warning',
        subject: r.subject,
        message: `alpha of ${r.subject}: ${constant.join(', ')} ${constant.length > 1 ? 'do' : 'does'} not vary among the ${cp.n} complete responses, so ${all ? 'no alpha can be computed' : 'the standardised alpha and its item-total correlation are left out'}`,
      });
      if (all) {
        out.push({ ...base, n: cp.n });
        continue;
      }
    }
    const a = cronbach(cp);
    const finite = (x: number | undefined) => (x !== undefined && Number.isFinite(x) ? x : undefined);
    out.push({
      ...base,
      n: cp.n,
      alpha: a.alpha,
      ...(constant.length ? {} : { standardizedAlpha: a.standardized }),
      itemTotal: r.items.map((item, i) => ({
        item,
        alphaIfDeleted: finite(a.items[i].alphaIfDeleted),
        correctedItemTotal: constant.includes(item) ? undefined : finite(a.items[i].correctedItemTotal),
      })),
    });
  }
  return out;
}

export async function driverResults(ctx: Ctx, items: ItemStats[]): Promise<DriversResult[]> {
  const out: DriversResult[] = [];
  for (const r of ctx.analysis.requests) {
    if (r.kind !== 'drivers') continue;
    const outcome = ctx.vars.get(r.outcome);
    const drivers = r.drivers.map((n) => ctx.vars.get(n)).filter((v) => !!v);
    if (!outcome || drivers.length === 0) continue;
    const cp = await crossProducts(
      ctx,
      [orientedExpr(outcome), ...drivers.map((v) => orientedExpr(v!))],
      `key drivers of ${r.outcome}: cross-products (complete cases)`,
    );
    const base: DriversResult = { outcome: r.outcome, label: labelOf(ctx, r.outcome), n: cp.n, drivers: [] };
    if (cp.n < drivers.length + 2) {
      ctx.notes.push({
        severity: 'warning',
        subject: r.outcome,
        message: `key drivers of ${r.outcome}: only ${cp.n} complete responses for ${drivers.length} drivers`,
      });
      out.push({ ...base, drivers: drivers.map((v) => ({ variable: v!.name, label: labelOf(ctx, v!.name) })) });
      continue;
    }
    // A variable that does not vary among the complete cases has no correlation (0 / 0):
    // say so instead of printing NaN (small, very satisfied samples do this).
    const cov = covariance(cp);
    const names = [r.outcome, ...drivers.map((v) => v!.name)];
    const constant = names.filter((_, i) => !(cov[i][i] > 1e-12 * Math.max(1, (cp.sums[i] / cp.n) ** 2)));
    if (constant.length) {
      ctx.notes.push({
        severity: 'warning',
        subject: r.outcome,
        message: `key drivers of ${r.outcome}: ${constant.join(', ')} ${constant.length > 1 ? 'do' : 'does'} not vary among the ${cp.n} complete responses, so no correlation or regression weight can be computed`,
      });
      out.push({ ...base, drivers: drivers.map((v) => ({ variable: v!.name, label: labelOf(ctx, v!.name) })) });
      continue;
    }
    const kd = keyDrivers(cp);
    if (!kd.beta)
      ctx.notes.push({
        severity: 'warning',
        subject: r.outcome,
        message: `key drivers of ${r.outcome}: the drivers are collinear, no regression weights`,
      });
    const rows = drivers.map((v, i) => {
      const it = items.find((x) => x.variable === v!.name);
      const perf = it?.pomp !== undefined ? (v!.reverse ? 100 - it.pomp : it.pomp) : undefined;
      return {
        variable: v!.name,
        label: labelOf(ctx, v!.name),
        ...(v!.reverse ? { reverse: true } : {}),
        correlation: kd.correlations[i],
        ...(kd.beta ? { beta: kd.beta[i] } : {}),
        ...(perf !== undefined ? { performance: perf } : {}),
        importance: kd.correlations[i],
      };
    });
    const withPerf = rows.filter((x) => x.performance !== undefined);
    const split = withPerf.length
      ? {
          importance: rows.reduce((a, x) => a + x.importance, 0) / rows.length,
          performance: withPerf.reduce((a, x) => a + x.performance!, 0) / withPerf.length,
        }
      : undefined;
    out.push({
      ...base,
      ...(kd.rSquared !== undefined ? { rSquared: kd.rSquared } : {}),
      drivers: rows.map((x) => ({
        ...x,
        ...(split && x.performance !== undefined
          ? {
              quadrant:
                x.importance >= split.importance
                  ? x.performance >= split.performance
                    ? ('strength' as const)
                    : ('improve' as const)
                  : x.performance >= split.performance
                    ? ('maintain' as const)
                    : ('low-priority' as const),
            }
          : {}),
      })),
      ...(split ? { split } : {}),
    });
  }
  return out;
}
