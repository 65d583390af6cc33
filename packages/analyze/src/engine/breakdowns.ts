// Breakdowns. By respondent groups (a stratification's hidden variable, any hidden
// variable or a closed question): item and score means per group, SE with the
// within-group fpc when the group is a stratum. By item groups (tags, sections): each
// item's mean and the group's index, the mean of its items' 0–100 (POMP) means.
import { clamped } from '../estimate/bounded.ts';
import type { BreakdownByDoc, VariableDoc } from '../config.ts';
import type { Breakdown, BreakdownCell, ItemStats, Labels } from '../result.ts';
import { ident } from '../sql/names.ts';
import { labelOf, type Ctx } from './context.ts';
import { interval, runMoments, withMoments } from './moments.ts';

function groupCells(keys: string[], items: ItemStats[]): BreakdownCell[] {
  const cells: BreakdownCell[] = [];
  const pomps: number[] = [];
  let n = 0;
  for (const k of keys) {
    const it = items.find((i) => i.variable === k);
    if (!it || it.mean === undefined) continue;
    cells.push({ subject: k, subjectKind: 'item', n: it.n, mean: it.mean, sd: it.sd, ...(it.estimate ? { estimate: it.estimate } : {}) });
    if (it.pomp !== undefined) pomps.push(it.pomp);
    n = Math.max(n, it.n);
  }
  if (pomps.length) cells.unshift({ subject: 'index', subjectKind: 'group', n, mean: pomps.reduce((a, b) => a + b, 0) / pomps.length });
  return cells;
}

async function byVariable(
  ctx: Ctx,
  kind: 'stratification' | 'variable',
  id: string,
  v: VariableDoc,
  sizes?: Map<string, number>,
  label?: Labels,
): Promise<Breakdown> {
  const subjects = ctx.subjects.filter((s) => s.key.startsWith('item:') || s.key.startsWith('score:'));
  const groups = await runMoments(ctx.runner, ctx.table, subjects, [ident(v.name)], `breakdown by ${v.name}: moments per value`);
  const order = (v.valueLabels ?? []).map((l) => String(l.value));
  groups.sort((a, b) => {
    const ia = order.indexOf(a.keys[0] ?? ''),
      ib = order.indexOf(b.keys[0] ?? '');
    return (ia < 0 ? 1e9 : ia) - (ib < 0 ? 1e9 : ib) || String(a.keys[0]).localeCompare(String(b.keys[0]));
  });
  return {
    by: { kind, id, ...(label ? { label } : {}) },
    groups: groups
      .filter((g) => g.keys[0] !== null)
      .map((g) => {
        const key = g.keys[0]!;
        const N = sizes?.get(key) ?? Infinity;
        const cells: BreakdownCell[] = [];
        subjects.forEach((s, i) => {
          const st = withMoments(g.stats[i]);
          if (
            !st.n ||
            (s.key.startsWith('item:') && !ctx.vars.get(s.key.slice(5))?.range && ctx.vars.get(s.key.slice(5))?.type !== 'numeric')
          )
            return;
          const f = Number.isFinite(N) ? 1 - st.n / N : 1;
          const se = st.sd !== undefined ? Math.sqrt((Math.max(f, 0) * st.sd * st.sd) / st.n) : undefined;
          cells.push({
            subject: s.key.slice(s.key.indexOf(':') + 1),
            subjectKind: s.key.startsWith('score:') ? 'score' : 'item',
            n: st.n,
            mean: st.mean,
            ...(st.sd !== undefined ? { sd: st.sd } : {}),
            ...(se !== undefined && st.mean !== undefined
              ? { estimate: clamped(interval(st.mean, se, ctx.level), rangeOf(ctx, s.key)) }
              : {}),
          });
        });
        const vl = v.valueLabels?.find((l) => String(l.value) === key)?.label;
        return { key, label: vl ?? Object.fromEntries(ctx.analysis.survey.languages.map((l) => [l, key])), n: g.m, cells };
      }),
  };
}

/** What a subject's mean can be: a scale item's range or a score's; small groups' intervals are cut to it. */
function rangeOf(ctx: Ctx, key: string): [number, number] | undefined {
  const id = key.slice(key.indexOf(':') + 1);
  if (key.startsWith('score:')) return ctx.analysis.scores.find((x) => x.id === id)?.range;
  const v = ctx.vars.get(id);
  return v?.type === 'ordinal' ? v.range : undefined;
}

export async function breakdowns(ctx: Ctx, items: ItemStats[]): Promise<Breakdown[]> {
  const out: Breakdown[] = [];
  const requested: BreakdownByDoc[] = ctx.analysis.requests.flatMap((r) => (r.kind === 'breakdown' ? r.by : []));
  const done = new Set<string>();
  for (const b of requested) {
    if (b.kind === 'tag') {
      out.push({
        by: { kind: 'tag', id: 'tag' },
        groups: Object.entries(b.tags).map(([tag, keys]) => ({
          key: tag,
          label: Object.fromEntries(ctx.analysis.survey.languages.map((l) => [l, tag])),
          n: keys.length,
          items: keys,
          cells: groupCells(keys, items),
        })),
      });
      continue;
    }
    if (b.kind === 'section') continue;
    const id = b.id;
    const all = [
      ...(ctx.analysis.sample?.representation ?? []),
      ...(ctx.analysis.sample?.allocation ? [ctx.analysis.sample.allocation] : []),
    ];
    const strat = all.find((s) => s.stratification === id);
    const varName = strat ? (strat.variable ?? id) : id;
    const v = ctx.vars.get(varName);
    if (!v || (strat && v.source !== 'hidden')) {
      ctx.notes.push({
        severity: 'warning',
        subject: id,
        message: `breakdown by ${id}: no ${strat ? 'hidden variable holds this stratification' : 'such variable'} in the responses, so it is not computed`,
      });
      continue;
    }
    done.add(v.name);
    const sizes = strat ? new Map(strat.strata.map((s) => [s.id, s.size])) : undefined;
    out.push(await byVariable(ctx, strat ? 'stratification' : 'variable', id, v, sizes, strat ? undefined : labelOf(ctx, v.name)));
  }
  // sections, and every hidden nominal variable not broken down yet
  const sections = ctx.survey.sections.filter((s) => s.variables.some((n) => items.find((i) => i.variable === n)?.pomp !== undefined));
  if (sections.length > 1)
    out.push({
      by: { kind: 'section', id: 'section' },
      groups: sections.map((s) => ({
        key: s.id,
        label: s.title ?? Object.fromEntries(ctx.analysis.survey.languages.map((l) => [l, s.id])),
        n: s.variables.length,
        items: s.variables,
        cells: groupCells(s.variables, items),
      })),
    });
  for (const v of ctx.vars.values())
    if (v.source === 'hidden' && v.type === 'nominal' && !done.has(v.name))
      out.push(await byVariable(ctx, 'variable', v.name, v, undefined, labelOf(ctx, v.name)));
  return out;
}
