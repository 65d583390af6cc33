// TOP-N: items ranked by the share of substantive answers meeting the condition
// (reverse-coded items are reversed first, so "<= 2" always means the dissatisfied
// end), or the options of a choice question ranked by how often they were chosen.
import type { RequestDoc } from '../config.ts';
import type { TopResult } from '../result.ts';
import { conditionCountQuery, indicatorSumsQuery, valueCountQuery } from '../sql/counts.ts';
import { numberLiteral } from '../sql/names.ts';
import { labelOf, orientedExpr, type Ctx } from './context.ts';
import { num } from './runner.ts';

type TopDoc = Extract<RequestDoc, { kind: 'top' }>;

export async function topResults(ctx: Ctx): Promise<TopResult[]> {
  const out: TopResult[] = [];
  for (const r of ctx.analysis.requests) {
    if (r.kind !== 'top') continue;
    out.push(r.condition ? await topItems(ctx, r) : await topOptions(ctx, r));
  }
  return out;
}

async function topItems(ctx: Ctx, r: TopDoc): Promise<TopResult> {
  const items = (r.items ?? []).map((n) => ctx.vars.get(n)).filter((v) => !!v);
  const c = r.condition!;
  const exprs = items.map((v) => orientedExpr(v!));
  const rows = exprs.length
    ? await ctx.runner.query(
        conditionCountQuery(ctx.table, exprs, (x) => `${x} ${c.op} ${numberLiteral(c.value)}`),
        `top ${r.name}: answers ${c.op} ${c.value} per item`,
      )
    : [{}];
  const entries = items.map((v, i) => {
    const n = num(rows[0][`n_${i}`]);
    const count = num(rows[0][`k_${i}`]);
    return { id: v!.name, label: labelOf(ctx, v!.name), count, n, share: n ? count / n : 0, ...(v!.reverse ? { reverse: true } : {}) };
  });
  entries.sort((a, b) => b.share - a.share || b.count - a.count || a.id.localeCompare(b.id));
  return { name: r.name, kind: 'items', count: r.count, condition: c, rankBy: r.rankBy, entries: entries.slice(0, r.count) };
}

async function topOptions(ctx: Ctx, r: TopDoc): Promise<TopResult> {
  const v = ctx.vars.get(r.question ?? r.name);
  const options = r.options ?? [];
  let entries: TopResult['entries'] = [];
  if (v?.type === 'multi-response') {
    const rows = await ctx.runner.query(
      indicatorSumsQuery(
        ctx.table,
        options.map((o) => `${v.name}.${o}`),
      ),
      `top ${r.name}: options chosen in ${v.name}`,
    );
    const n = num(rows[0].n);
    entries = options.map((o, i) => ({
      id: o,
      label: v.valueLabels?.find((l) => l.value === o)?.label ?? { en: o },
      count: num(rows[0][`k_${i}`]),
      n,
      share: n ? num(rows[0][`k_${i}`]) / n : 0,
    }));
  } else if (v) {
    const rows = await ctx.runner.query(valueCountQuery(ctx.table, v.name), `top ${r.name}: answers per option of ${v.name}`);
    const n = rows.reduce((a, x) => a + num(x.k), 0);
    entries = options.map((o) => {
      const k = num(rows.find((x) => String(x.v) === String(o))?.k);
      return { id: o, label: v.valueLabels?.find((l) => String(l.value) === o)?.label ?? { en: o }, count: k, n, share: n ? k / n : 0 };
    });
  }
  entries.sort((a, b) => b.share - a.share || a.id.localeCompare(b.id));
  return { name: r.name, kind: 'options', count: r.count, rankBy: r.rankBy, entries: entries.filter((e) => e.count > 0).slice(0, r.count) };
}
