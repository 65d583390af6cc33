// Per-item statistics: n, missing codes, unanswered, mean and SD (n − 1), the design
// estimate, POMP, the distribution of answers (with weighted shares when weighted) and
// top-2-box for rating items. Requested items first, then the other closed questions.
import type { VariableDoc } from '../config.ts';
import { cellWeights } from '../estimate/design.ts';
import type { Distribution, ItemStats } from '../result.ts';
import { distributionQuery } from '../sql/distribution.ts';
import { isNumericColumn } from '../sql/names.ts';
import { isRating, labelOf, type Ctx } from './context.ts';
import { clamped } from '../estimate/bounded.ts';
import { proportionInterval } from './proportion.ts';
import { num } from './runner.ts';
import { offeredShare } from './offered.ts';

function itemVariables(ctx: Pick<Ctx, 'analysis' | 'vars'>): VariableDoc[] {
  const requested = ctx.analysis.requests.flatMap((r) => (r.kind === 'items' ? r.variables : []));
  const names = [...new Set(requested)];
  for (const v of ctx.vars.values())
    if (
      !v.parent &&
      !v.roster && // a repeat group's questions are analysed over their instances (rosters/stats.ts)
      v.source !== 'hidden' &&
      ['ordinal', 'numeric', 'nominal', 'binary', 'multi-response'].includes(v.type) &&
      !names.includes(v.name)
    )
      names.push(v.name);
  return names.map((n) => ctx.vars.get(n)).filter((v): v is VariableDoc => !!v);
}

export const weighted = (ctx: Ctx) => !!ctx.info.stratification || !!ctx.info.post;

type Rows = Awaited<ReturnType<Ctx['runner']['query']>>;

/**
 * Starts the distribution query of every item that has one, in item order: they need no
 * moments, so they may run while the moments scan does (on a runner with several
 * connections, each query on one thread: the same counts, sooner).
 */
export function startDistributions(ctx: Pick<Ctx, 'analysis' | 'vars' | 'runner' | 'table' | 'info'>): Map<string, Promise<Rows>> {
  const out = new Map<string, Promise<Rows>>();
  for (const v of itemVariables(ctx)) {
    if (v.type === 'multi-response') continue;
    const rows = ctx.runner.query(
      distributionQuery(ctx.table, v.name, ctx.info.stratification ? ctx.info.stratumExpr : undefined),
      `distribution of ${v.name}${ctx.info.stratification ? ' per stratum' : ''}`,
    );
    rows.catch(() => undefined); // awaited by itemStats; a failure is reported there, not as unhandled
    out.set(v.name, rows);
  }
  return out;
}

async function distribution(ctx: Ctx, v: VariableDoc, started?: Promise<Rows>): Promise<Distribution[]> {
  const labels = v.valueLabels ?? [];
  const missing = new Set((v.missingCodes ?? []).map(String));
  const counts = new Map<string, { value: number | string; count: number; wsum: number }>();
  const { weight } = cellWeights(ctx.info.design);
  if (v.type === 'multi-response') {
    for (const l of labels) {
      const i = ctx.index.get(`item:${v.name}.${l.value}`);
      if (i === undefined) continue;
      const s = ctx.moments.summary(i);
      const cells = ctx.moments.cells(i);
      counts.set(String(l.value), { value: l.value, count: s.s1, wsum: cells.reduce((a, c) => a + weight(c.h, c.g) * c.s1, 0) });
    }
    const i0 = ctx.index.get(`item:${v.name}.${labels[0]?.value}`);
    const answered = i0 !== undefined ? ctx.moments.summary(i0).n : 0;
    const wAnswered = i0 !== undefined ? ctx.moments.cells(i0).reduce((a, c) => a + weight(c.h, c.g) * c.n, 0) : 0;
    return labels.map((l) => {
      const c = counts.get(String(l.value));
      // An option offered to only some respondents: its share is of those offered it.
      const offered = offeredShare(ctx, v.name, l.value);
      if (offered) return { value: l.value, label: l.label, ...offered };
      return {
        value: l.value,
        label: l.label,
        count: c?.count ?? 0,
        share: answered ? (c?.count ?? 0) / answered : 0,
        ...(weighted(ctx) && wAnswered ? { weightedShare: (c?.wsum ?? 0) / wAnswered } : {}),
      };
    });
  }
  const numeric = isNumericColumn(v);
  const rows = await (started ??
    ctx.runner.query(
      distributionQuery(ctx.table, v.name, ctx.info.stratification ? ctx.info.stratumExpr : undefined),
      `distribution of ${v.name}${ctx.info.stratification ? ' per stratum' : ''}`,
    ));
  for (const r of rows) {
    const value = numeric ? num(r.value) : String(r.value);
    const key = String(value);
    const e = counts.get(key) ?? { value, count: 0, wsum: 0 };
    e.count += num(r.k);
    if (r.h !== null) e.wsum += weight(String(r.h), undefined) * num(r.k);
    counts.set(key, e);
  }
  const substantiveTotal = [...counts.entries()].filter(([k]) => !missing.has(k)).reduce((a, [, c]) => a + c.count, 0);
  const wTotal = [...counts.entries()].filter(([k]) => !missing.has(k)).reduce((a, [, c]) => a + c.wsum, 0);
  const all = [...counts.values()].reduce((a, c) => a + c.count, 0);
  const order: Array<number | string> = labels.map((l) => l.value);
  if (v.range && numeric && v.type === 'ordinal')
    for (let x = v.range[0]; x <= v.range[1]; x++) if (!order.some((o) => o === x)) order.push(x);
  for (const c of counts.values()) if (!order.some((o) => String(o) === String(c.value))) order.push(c.value);
  const sorted = numeric ? [...order].sort((a, b) => Number(a) - Number(b)) : order;
  return sorted.map((value) => {
    const c = counts.get(String(value));
    const isMissing = missing.has(String(value));
    const label = labels.find((l) => String(l.value) === String(value))?.label;
    const offered = isMissing ? undefined : offeredShare(ctx, v.name, value);
    if (offered) return { value, ...(label ? { label } : {}), ...offered };
    return {
      value,
      ...(label ? { label } : {}),
      ...(isMissing ? { missingCode: true } : {}),
      count: c?.count ?? 0,
      share: isMissing ? (all ? (c?.count ?? 0) / all : 0) : substantiveTotal ? (c?.count ?? 0) / substantiveTotal : 0,
      ...(weighted(ctx) && !isMissing && wTotal ? { weightedShare: (c?.wsum ?? 0) / wTotal } : {}),
    };
  });
}

/** What names an item in the result: variable, label, section, tags and scale facts; the same for items over instances. */
export function itemHeading(
  ctx: Ctx,
  v: VariableDoc,
): Pick<ItemStats, 'variable' | 'label' | 'section' | 'tags' | 'type' | 'scale' | 'range' | 'reverse'> {
  return {
    variable: v.name,
    label: labelOf(ctx, v.name),
    ...(v.section ? { section: v.section } : {}),
    ...(v.tags?.length ? { tags: v.tags } : {}),
    type: v.type,
    ...(v.scale ? { scale: v.scale } : {}),
    ...(v.range ? { range: v.range } : {}),
    ...(v.reverse ? { reverse: true } : {}),
  };
}

export async function itemStats(ctx: Ctx, started = startDistributions(ctx)): Promise<ItemStats[]> {
  const out: ItemStats[] = [];
  for (const v of itemVariables(ctx)) {
    const dist = await distribution(ctx, v, started.get(v.name));
    const missingCode = dist.filter((d) => d.missingCode).reduce((a, d) => a + d.count, 0);
    const answeredAll = v.type === 'multi-response' ? undefined : dist.reduce((a, d) => a + d.count, 0);
    const i = ctx.index.get(`item:${v.name}`);
    const s = i !== undefined ? ctx.moments.summary(i) : undefined;
    let n = s ? s.n : (answeredAll ?? 0) - missingCode;
    if (v.type === 'multi-response') {
      const first = v.valueLabels?.[0];
      const j = first ? ctx.index.get(`item:${v.name}.${first.value}`) : undefined;
      n = j !== undefined ? ctx.moments.summary(j).n : 0;
    }
    const unanswered = ctx.analysed - n - missingCode;
    const item: ItemStats = {
      ...itemHeading(ctx, v),
      n,
      missingCode,
      unanswered,
      estimator: weighted(ctx) ? 'mean-stratified' : 'mean-unweighted',
      distribution: dist,
    };
    if (s && i !== undefined && (v.type === 'ordinal' || v.type === 'numeric') && s.n > 0) {
      item.mean = s.mean;
      if (s.sd !== undefined) item.sd = s.sd;
      item.min = s.min;
      item.max = s.max;
      const e = ctx.moments.estimate(i);
      // A mean of a scale item cannot leave the scale: its interval is cut at the ends.
      if (e)
        item.estimate = clamped({ estimate: e.estimate, se: e.se, ci: e.ci, level: e.level }, v.type === 'ordinal' ? v.range : undefined);
      if (v.range && v.type === 'ordinal' && s.mean !== undefined) {
        const m = e?.estimate ?? s.mean;
        item.pomp = ((m - v.range[0]) / (v.range[1] - v.range[0])) * 100;
      }
      if (isRating(v)) {
        const t = ctx.index.get(`top2:${v.name}`)!;
        const ts = ctx.moments.summary(t);
        const te = ctx.moments.estimate(t);
        if (te && ts.n) item.top2Box = { ...proportionInterval(weighted(ctx), te.estimate, te.se, ts.n, ctx.level), count: ts.s1 };
      }
    }
    out.push(item);
  }
  return out;
}
