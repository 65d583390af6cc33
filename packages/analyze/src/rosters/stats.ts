// Statistics of repeat groups, on their long tables (tables.ts): for each group how many
// instances the analysed responses have (in all, per response, and how many responses
// have 0, 1, 2, …), and for each of its closed questions the item statistics over the
// instances — n is the instances answered, the mean is over instances (a household of
// three counts three times), its SE treats each response as a cluster of instances
// (linearisation, R survey's svydesign(ids = ~response)); with a sample design the mean
// is estimated with its strata and weights too (means.ts), and so is each value's share
// (weightedShare: the mean of its 0/1 indicator over the answered instances). Counts and
// `share` are of the instances, unweighted. Every statement is portable SQL (sql.ts, sql/dialect.ts), so
// `survey build --only sql` emits it.
import type { VariableDoc } from '../config.ts';
import type { Ctx } from '../engine/context.ts';
import { labelOf } from '../engine/context.ts';
import { itemHeading, weighted } from '../engine/items.ts';
import { num } from '../engine/runner.ts';
import { clamped } from '../estimate/bounded.ts';
import type { Distribution, ItemStats, RosterSummary } from '../result.ts';
import { literal } from '../sql/dialect.ts';
import { ident, indicator, isNumericColumn, substantive } from '../sql/names.ts';
import { clusteredMeans, clusteredShares, type ClusteredMean } from './means.ts';
import { valueCountQuery } from '../sql/counts.ts';
import { instancesPerResponseQuery } from './sql.ts';
import type { RosterTable } from './tables.ts';

const KINDS = ['ordinal', 'numeric', 'nominal', 'binary', 'multi-response'];

export interface RosterResults {
  items: ItemStats[];
  summaries: RosterSummary[];
}

export async function rosterResults(ctx: Ctx, tables: RosterTable[]): Promise<RosterResults> {
  const items: ItemStats[] = [];
  const summaries: RosterSummary[] = [];
  for (const t of tables) {
    const summary = await perResponse(ctx, t);
    summaries.push(summary);
    const names = t.roster.variables.filter((n) => {
      const v = ctx.vars.get(n);
      return v && !v.parent && v.source !== 'hidden' && KINDS.includes(v.type);
    });
    const numeric = names.map((n) => ctx.vars.get(n)!).filter((v) => v.type === 'ordinal' || v.type === 'numeric');
    const means = await clusteredMeans(ctx, t, numeric);
    for (const n of names) items.push(await itemOverInstances(ctx, t, ctx.vars.get(n)!, summary.instances, means.get(n)));
    ctx.notes.push({
      severity: 'info',
      subject: t.roster.id,
      message:
        `repeat group '${t.roster.id}': ${summary.instances} instances in ${summary.responses} of ${ctx.analysed} responses ` +
        `(${summary.perResponse.min}–${summary.perResponse.max} per response, mean ${summary.perResponse.mean.toFixed(2)}); ` +
        `statistics of ${t.roster.variables.join(', ')} are over instances, not respondents`,
    });
    if (weighted(ctx))
      ctx.notes.push({
        severity: 'info',
        subject: t.roster.id,
        message: `repeat group '${t.roster.id}': its means and weighted shares are estimated with the design (each response a cluster in its stratum, with its weight); counts, unweighted shares, SD and range are of the instances`,
      });
    for (const v of numeric) {
      const lonely = means.get(v.name)?.estimate?.lonely ?? [];
      if (lonely.length)
        ctx.notes.push({
          severity: 'warning',
          subject: v.name,
          message: `strata ${lonely.join(', ')} have a single response: their variance contribution to the mean of ${v.name} over instances is taken as 0`,
        });
    }
  }
  return { items, summaries };
}

async function perResponse(ctx: Ctx, t: RosterTable): Promise<RosterSummary> {
  const rows = await ctx.runner.query(instancesPerResponseQuery(t.table), `${t.roster.id}: how many responses have k instances`);
  const by = new Map<number, number>();
  for (const r of rows) by.set(num(r.v), num(r.m));
  const responses = [...by.values()].reduce((a, b) => a + b, 0);
  const none = Math.max(0, ctx.analysed - responses);
  if (none) by.set(0, none);
  const instances = [...by.entries()].reduce((a, [k, m]) => a + k * m, 0);
  const ks = [...by.keys()];
  const all = responses + none;
  return {
    id: t.roster.id,
    label: t.roster.label ?? labelOf(ctx, t.roster.id),
    ...(t.roster.parent ? { parent: t.roster.parent } : {}),
    table: t.table,
    instances,
    responses,
    perResponse: {
      mean: all ? instances / all : 0,
      min: ks.length ? Math.min(...ks) : 0,
      max: ks.length ? Math.max(...ks) : 0,
    },
    distribution: [...by.entries()].sort((a, b) => a[0] - b[0]).map(([k, n]) => ({ instances: k, responses: n })),
  };
}

async function itemOverInstances(
  ctx: Ctx,
  t: RosterTable,
  v: VariableDoc,
  instances: number,
  m: ClusteredMean | undefined,
): Promise<ItemStats> {
  const dist = await distribution(ctx, t, v);
  const missingCode = dist.filter((d) => d.missingCode).reduce((a, d) => a + d.count, 0);
  let n = dist.filter((d) => !d.missingCode).reduce((a, d) => a + d.count, 0);
  if (v.type === 'multi-response') n = await answeredMulti(ctx, t, v);
  const item: ItemStats = {
    ...itemHeading(ctx, v),
    n,
    missingCode,
    unanswered: instances - n - missingCode,
    estimator: weighted(ctx) ? 'mean-clustered-stratified' : 'mean-clustered',
    distribution: dist,
    roster: t.roster.id,
  };
  if (m && m.summary.n > 0) {
    const s = m.summary;
    item.mean = s.mean;
    if (s.sd !== undefined) item.sd = s.sd;
    item.min = s.min;
    item.max = s.max;
    const e = m.estimate;
    if (e)
      item.estimate = clamped({ estimate: e.estimate, se: e.se, ci: e.ci, level: e.level }, v.type === 'ordinal' ? v.range : undefined);
    if (v.range && v.type === 'ordinal') item.pomp = (((e?.estimate ?? s.mean!) - v.range[0]) / (v.range[1] - v.range[0])) * 100;
  }
  return item;
}

async function answeredMulti(ctx: Ctx, t: RosterTable, v: VariableDoc): Promise<number> {
  const first = t.columns.find((c) => c.variable?.parent === v.name);
  if (!first) return 0;
  const [r] = await ctx.runner.query(`SELECT COUNT(${ident(first.name)}) AS n FROM ${ident(t.table)}`, `instances answering ${v.name}`);
  return num(r.n);
}

async function distribution(ctx: Ctx, t: RosterTable, v: VariableDoc): Promise<Distribution[]> {
  const labels = v.valueLabels ?? [];
  if (v.type === 'multi-response') {
    const answered = await answeredMulti(ctx, t, v);
    const out: Distribution[] = [];
    const indicators: string[] = [];
    for (const l of labels) {
      const col = t.columns.find((c) => c.variable?.parent === v.name && String(c.variable.code) === String(l.value));
      const [r] = col
        ? await ctx.runner.query(`SELECT SUM(${ident(col.name)}) AS k FROM ${ident(t.table)}`, `instances choosing ${col.name}`)
        : [];
      const count = r ? num(r.k) : 0;
      out.push({ value: l.value, label: l.label, count, share: answered ? count / answered : 0 });
      // an option's 0/1 column is NULL where the instance did not answer the question; one the table lacks is never chosen
      const first = t.columns.find((c) => c.variable?.parent === v.name);
      indicators.push(col ? ident(col.name) : first ? indicator('1 = 0', ident(first.name)) : '');
    }
    if (answered && indicators.every((x) => x)) await weightShares(ctx, t, v.name, out, indicators);
    return out;
  }
  const numeric = isNumericColumn(v);
  const rows = (await ctx.runner.query(valueCountQuery(t.table, v.name), `distribution of ${v.name} over instances`)).map((r) => ({
    value: r.v,
    k: r.k,
  }));
  const missing = new Set((v.missingCodes ?? []).map(String));
  const counts = new Map(rows.map((r) => [String(numeric ? num(r.value) : r.value), num(r.k)]));
  const order: Array<number | string> = labels.map((l) => l.value);
  if (v.range && numeric && v.type === 'ordinal')
    for (let x = v.range[0]; x <= v.range[1]; x++) if (!order.some((o) => o === x)) order.push(x);
  for (const r of rows) {
    const value = numeric ? num(r.value) : String(r.value);
    if (!order.some((o) => String(o) === String(value))) order.push(value);
  }
  const sorted = numeric ? [...order].sort((a, b) => Number(a) - Number(b)) : order;
  const substantiveTotal = [...counts.entries()].filter(([k]) => !missing.has(k)).reduce((a, [, c]) => a + c, 0);
  const all = [...counts.values()].reduce((a, c) => a + c, 0);
  const out: Distribution[] = sorted.map((value) => {
    const count = counts.get(String(value)) ?? 0;
    const isMissing = missing.has(String(value));
    const label = labels.find((l) => String(l.value) === String(value))?.label;
    return {
      value,
      ...(label ? { label } : {}),
      ...(isMissing ? { missingCode: true } : {}),
      count,
      share: isMissing ? (all ? count / all : 0) : substantiveTotal ? count / substantiveTotal : 0,
    };
  });
  // the substantive values' shares among the instances with a substantive answer, as respondents' items have them
  const shown = out.filter((d) => !d.missingCode);
  if (substantiveTotal)
    await weightShares(
      ctx,
      t,
      v.name,
      shown,
      shown.map((d) => indicator(`${ident(v.name)} = ${literal(numeric ? Number(d.value) : String(d.value))}`, substantive(v))),
    );
  return out;
}

/** Sets each entry's weightedShare, estimated with the design (means.ts), when the survey has one. */
async function weightShares(ctx: Ctx, t: RosterTable, variable: string, entries: Distribution[], indicators: string[]): Promise<void> {
  const shares = await clusteredShares(ctx, t, variable, indicators);
  if (shares) entries.forEach((d, i) => (d.weightedShare = shares[i]));
}
