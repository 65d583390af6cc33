// Statistics of repeat groups, on their long tables (tables.ts): for each group how many
// instances the analysed responses have (in all, per response, and how many responses
// have 0, 1, 2, …), and for each of its closed questions the item statistics over the
// instances — n is the instances answered, the mean is over instances (a household of
// three counts three times), its SE treats each response as a cluster of instances
// (linearisation, R survey's svydesign(ids = ~response)). Unweighted: design weights
// belong to responses, and a note says so when the survey is weighted.
import type { VariableDoc } from '../config.ts';
import type { Ctx } from '../engine/context.ts';
import { labelOf } from '../engine/context.ts';
import { itemHeading } from '../engine/items.ts';
import { num } from '../engine/runner.ts';
import { clamped } from '../estimate/bounded.ts';
import { normalQuantile } from '../estimate/normal.ts';
import type { Distribution, ItemStats, RosterSummary } from '../result.ts';
import { ident, isNumericColumn, substantive } from '../sql/names.ts';
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
    for (const n of names) items.push(await itemOverInstances(ctx, t, ctx.vars.get(n)!, summary.instances));
    ctx.notes.push({
      severity: 'info',
      subject: t.roster.id,
      message:
        `repeat group '${t.roster.id}': ${summary.instances} instances in ${summary.responses} of ${ctx.analysed} responses ` +
        `(${summary.perResponse.min}–${summary.perResponse.max} per response, mean ${summary.perResponse.mean.toFixed(2)}); ` +
        `statistics of ${t.roster.variables.join(', ')} are over instances, not respondents`,
    });
    if (ctx.info.stratification || ctx.info.post)
      ctx.notes.push({
        severity: 'info',
        subject: t.roster.id,
        message: `repeat group '${t.roster.id}': its statistics are unweighted (design weights apply to responses)`,
      });
  }
  return { items, summaries };
}

async function perResponse(ctx: Ctx, t: RosterTable): Promise<RosterSummary> {
  const rows = await ctx.runner.query(
    `SELECT "_file", "_row", COUNT(*) AS k FROM ${ident(t.table)} GROUP BY 1, 2`,
    `instances of ${t.roster.id} per response`,
  );
  const counts = rows.map((r) => num(r.k));
  const none = Math.max(0, ctx.analysed - counts.length);
  const all = [...counts, ...Array<number>(none).fill(0)];
  const by = new Map<number, number>();
  for (const k of all) by.set(k, (by.get(k) ?? 0) + 1);
  const instances = counts.reduce((a, b) => a + b, 0);
  return {
    id: t.roster.id,
    label: t.roster.label ?? labelOf(ctx, t.roster.id),
    ...(t.roster.parent ? { parent: t.roster.parent } : {}),
    table: t.table,
    instances,
    responses: counts.length,
    perResponse: {
      mean: all.length ? instances / all.length : 0,
      min: all.length ? Math.min(...all) : 0,
      max: all.length ? Math.max(...all) : 0,
    },
    distribution: [...by.entries()].sort((a, b) => a[0] - b[0]).map(([k, n]) => ({ instances: k, responses: n })),
  };
}

async function itemOverInstances(ctx: Ctx, t: RosterTable, v: VariableDoc, instances: number): Promise<ItemStats> {
  const dist = await distribution(ctx, t, v);
  const missingCode = dist.filter((d) => d.missingCode).reduce((a, d) => a + d.count, 0);
  let n = dist.filter((d) => !d.missingCode).reduce((a, d) => a + d.count, 0);
  if (v.type === 'multi-response') n = await answeredMulti(ctx, t, v);
  const item: ItemStats = {
    ...itemHeading(ctx, v),
    n,
    missingCode,
    unanswered: instances - n - missingCode,
    estimator: 'mean-clustered',
    distribution: dist,
    roster: t.roster.id,
  };
  if ((v.type === 'ordinal' || v.type === 'numeric') && n > 0) Object.assign(item, await meanOverInstances(ctx, t, v));
  return item;
}

/** Mean, SD, range and the clustered estimate of the mean over the answered instances. */
async function meanOverInstances(ctx: Ctx, t: RosterTable, v: VariableDoc): Promise<Partial<ItemStats>> {
  const x = substantive(v);
  const [m] = await ctx.runner.query(
    `SELECT COUNT(${x}) AS n, AVG(${x}) AS mean, STDDEV_SAMP(${x}) AS sd, MIN(${x}) AS lo, MAX(${x}) AS hi FROM ${ident(t.table)}`,
    `${v.name} over the instances of ${t.roster.id}`,
  );
  // Per response (cluster): the sum and count of its answered instances; every response with an instance is a cluster.
  const clusters = await ctx.runner.query(
    `SELECT SUM(${x}) AS y, COUNT(${x}) AS m FROM ${ident(t.table)} GROUP BY "_file", "_row"`,
    `${v.name} per response, for the clustered variance`,
  );
  const mean = num(m.mean);
  const total = clusters.reduce((a, c) => a + num(c.m), 0);
  const k = clusters.length;
  const ss = clusters.reduce((a, c) => a + (num(c.y) - mean * num(c.m)) ** 2, 0);
  const se = k > 1 && total > 0 ? Math.sqrt((k / (k - 1)) * ss) / total : undefined;
  const out: Partial<ItemStats> = { mean, min: num(m.lo), max: num(m.hi), ...(m.sd !== null ? { sd: num(m.sd) } : {}) };
  if (se !== undefined) {
    const z = normalQuantile(1 - (1 - ctx.level) / 2);
    out.estimate = clamped(
      { estimate: mean, se, ci: [mean - z * se, mean + z * se], level: ctx.level },
      v.type === 'ordinal' ? v.range : undefined,
    );
  }
  if (v.range && v.type === 'ordinal') out.pomp = ((mean - v.range[0]) / (v.range[1] - v.range[0])) * 100;
  return out;
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
    for (const l of labels) {
      const col = t.columns.find((c) => c.variable?.parent === v.name && String(c.variable.code) === String(l.value));
      const [r] = col
        ? await ctx.runner.query(`SELECT SUM(${ident(col.name)}) AS k FROM ${ident(t.table)}`, `instances choosing ${col.name}`)
        : [];
      const count = r ? num(r.k) : 0;
      out.push({ value: l.value, label: l.label, count, share: answered ? count / answered : 0 });
    }
    return out;
  }
  const numeric = isNumericColumn(v);
  const rows = await ctx.runner.query(
    `SELECT ${ident(v.name)} AS value, COUNT(*) AS k FROM ${ident(t.table)} WHERE ${ident(v.name)} IS NOT NULL GROUP BY 1 ORDER BY 1`,
    `distribution of ${v.name} over instances`,
  );
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
  return sorted.map((value) => {
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
}
