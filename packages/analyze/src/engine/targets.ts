// Targets met or missed on the point estimate, with whether the interval agrees; and
// response rates (analysed responses / invited) per stratum and overall. Invited counts
// come from --invited, else the strata's `invited`, else the sample's planned
// invitations (then the rate is against the plan, and the source says so).
import type { ResponseRates, ScoreStats, TargetResult } from '../result.ts';
import { groupCountQuery } from '../sql/counts.ts';
import { ident } from '../sql/names.ts';
import { labelOf, type Ctx } from './context.ts';
import { num } from './runner.ts';

function holds(op: string, a: number, b: number): boolean {
  switch (op) {
    case '>=':
      return a >= b;
    case '>':
      return a > b;
    case '<=':
      return a <= b;
    case '<':
      return a < b;
    case '==':
      return a === b;
    case '!=':
      return a !== b;
  }
  return false;
}

export function targetResults(ctx: Ctx, scores: ScoreStats[], rates: ResponseRates | undefined): TargetResult[] {
  return ctx.analysis.targets.map((t) => {
    const base = {
      subject: t.subject,
      kind: (t.kind === 'response-rate' ? 'response-rate' : 'score') as TargetResult['kind'],
      op: t.op,
      value: t.value,
    };
    if (t.kind === 'response-rate') {
      const rate = rates?.overall.rate;
      if (rate === undefined)
        return { ...base, status: 'unknown' as const, reason: 'no invited count: give --invited or strata with invited' };
      return {
        ...base,
        estimate: { estimate: rate, se: 0, ci: [rate, rate] as [number, number], level: ctx.level },
        status: holds(t.op, rate, t.value) ? 'met' : 'missed',
        certainty: 'clear',
      };
    }
    const s = scores.find((x) => x.id === t.subject);
    if (!s?.estimate)
      return {
        ...base,
        label: labelOf(ctx, t.subject),
        status: 'unknown' as const,
        reason: s ? 'no response has this score' : 'no such score',
      };
    const met = holds(t.op, s.estimate.estimate, t.value);
    const lo = holds(t.op, s.estimate.ci[0], t.value);
    const hi = holds(t.op, s.estimate.ci[1], t.value);
    return {
      ...base,
      label: s.label,
      estimate: s.estimate,
      status: met ? 'met' : 'missed',
      certainty: lo === hi ? 'clear' : 'within-interval',
    };
  });
}

export async function responseRates(ctx: Ctx, received: number, valid: number, invitedFile?: Map<string, number>): Promise<ResponseRates> {
  const strat = ctx.info.stratification ?? ctx.analysis.sample?.allocation;
  const strata: ResponseRates['strata'] = [];
  let source: ResponseRates['source'] = 'none';
  let invitedTotal: number | undefined = invitedFile?.get('') ?? ctx.analysis.sample?.invited;
  if (invitedFile) source = 'invited-file';
  else if (ctx.analysis.sample?.invited !== undefined || strat?.strata.some((s) => s.invited !== undefined)) source = 'sample';
  if (strat) {
    const counts = new Map<string, number>();
    if (ctx.info.stratification) {
      const v = ident(ctx.info.stratification.variable);
      const rows = await ctx.runner.query(
        groupCountQuery(ctx.table, [{ alias: 'h', expr: v }]),
        `response rates: responses per ${ctx.info.stratification.variable}`,
      );
      for (const r of rows) if (r.h !== null) counts.set(String(r.h), num(r.m));
    }
    const hv = ctx.info.stratification ? ctx.vars.get(ctx.info.stratification.variable) : undefined;
    let sum = 0;
    let all = true;
    for (const s of strat.strata) {
      const invited = invitedFile?.get(s.id) ?? s.invited;
      if (invited === undefined) all = false;
      else sum += invited;
      const analysed = counts.get(s.id) ?? 0;
      const label = hv?.valueLabels?.find((l) => String(l.value) === s.id)?.label;
      strata.push({
        stratification: strat.stratification,
        id: s.id,
        ...(label ? { label } : {}),
        ...(invited !== undefined ? { invited } : {}),
        received: analysed,
        analysed,
        ...(invited ? { rate: analysed / invited } : {}),
      });
    }
    if (invitedTotal === undefined && all && strata.length) invitedTotal = sum;
  }
  if (invitedTotal === undefined && ctx.analysis.sample?.invitations !== undefined && !invitedFile) {
    invitedTotal = ctx.analysis.sample.invitations;
    source = 'sample';
    ctx.notes.push({
      severity: 'info',
      subject: 'response_rate',
      message: `no invited counts given: the response rate is against the ${invitedTotal} invitations the sample plan calls for`,
    });
  }
  return {
    source,
    overall: {
      ...(invitedTotal !== undefined ? { invited: invitedTotal } : {}),
      received,
      valid,
      analysed: ctx.analysed,
      ...(invitedTotal ? { rate: ctx.analysed / invitedTotal } : {}),
    },
    strata,
  };
}
