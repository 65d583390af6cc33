// The sampling design of the analysis: which hidden variable holds the stratum, the
// population size N_h of each stratum, the analysed responses m_h (counted in SQL), and
// an optional post-stratification to known totals. Without a stratified sample the
// design is one stratum whose size is the sample's population (or infinite: no fpc).
import type { AnalysisDoc, StratificationDoc } from '../config.ts';
import type { Design } from '../estimate/design.ts';
import { groupCountQuery } from '../sql/counts.ts';
import { ident, stringLiteral } from '../sql/dialect.ts';
import { num, type Runner } from './runner.ts';

export interface DesignInfo {
  design: Design;
  /** SQL for the stratum of a response ('all' when unstratified). */
  stratumExpr: string;
  /** SQL for the post-stratum, when post-stratifying. */
  postExpr?: string;
  stratification?: StratificationDoc & { variable: string };
  post?: StratificationDoc & { variable: string };
  /** Analysed responses whose stratum is missing or not a declared stratum. */
  unassigned: number;
}

export interface PostStratifyOption {
  /** A representation (or allocation) stratification id of the sample whose strata carry known sizes. */
  stratification: string;
}

function hasVariable(analysis: AnalysisDoc, name: string | undefined): name is string {
  return !!name && analysis.variables.some((v) => v.name === name && v.source === 'hidden');
}

function linkedStratification(analysis: AnalysisDoc): (StratificationDoc & { variable: string }) | undefined {
  const a = analysis.sample?.allocation;
  if (!a) return undefined;
  const variable = a.variable ?? (hasVariable(analysis, a.stratification) ? a.stratification : undefined);
  return hasVariable(analysis, variable) ? { ...a, variable } : undefined;
}

export async function designInfo(runner: Runner, table: string, analysis: AnalysisDoc, post?: PostStratifyOption): Promise<DesignInfo> {
  const strat = linkedStratification(analysis);
  const size = new Map<string, number>();
  const responses = new Map<string, number>();
  let stratumExpr = `'all'`;
  let unassigned = 0;
  if (strat) {
    for (const s of strat.strata) size.set(s.id, s.size);
    const col = ident(strat.variable);
    const known = strat.strata.map((s) => stringLiteral(s.id)).join(', ');
    stratumExpr = `CASE WHEN ${col} IN (${known}) THEN ${col} ELSE NULL END`;
  } else size.set('all', analysis.sample?.population ?? Infinity);
  const rows = await runner.query(
    groupCountQuery(table, [{ alias: 'h', expr: stratumExpr }]),
    'design: analysed responses per stratum (m_h)',
  );
  for (const r of rows) {
    if (r.h === null) unassigned += num(r.m);
    else responses.set(String(r.h), num(r.m));
  }
  for (const h of size.keys()) if (!responses.has(h)) responses.set(h, 0);
  const design: Design = { size, responses };
  let postInfo: DesignInfo['post'];
  let postExpr: string | undefined;
  if (post) {
    const all = [...(analysis.sample?.representation ?? []), ...(analysis.sample?.allocation ? [analysis.sample.allocation] : [])];
    const p = all.find((s) => s.stratification === post.stratification);
    const variable = p ? (p.variable ?? (hasVariable(analysis, p.stratification) ? p.stratification : undefined)) : undefined;
    if (!p || !hasVariable(analysis, variable))
      throw new Error(`post-stratification: no stratification '${post.stratification}' linked to a hidden variable`);
    postInfo = { ...p, variable };
    postExpr = ident(variable);
    const cells = new Map<string, number>();
    const cr = await runner.query(
      groupCountQuery(table, [
        { alias: 'h', expr: stratumExpr },
        { alias: 'g', expr: postExpr },
      ]),
      `design: responses per stratum and post-stratum (${variable})`,
    );
    for (const r of cr) if (r.h !== null && r.g !== null) cells.set(`${r.h}\u0000${r.g}`, num(r.m));
    design.post = { totals: new Map(p.strata.map((s) => [s.id, s.size])), cells };
  }
  return { design, stratumExpr, postExpr, stratification: strat, post: postInfo, unassigned };
}
