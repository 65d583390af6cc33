// What every statistic family shares: the survey, the runner and table, the design,
// the subjects measured in one moments scan, labels, and the notes collected on the way.
import type { AnalysisDoc, SurveyInput, VariableDoc } from '../config.ts';
import type { Labels, Note } from '../result.ts';
import { indicator, numberLiteral, scoreColumn, substantive, ident, isNumericColumn } from '../sql/names.ts';
import type { Subject } from '../sql/moments.ts';
import type { DesignInfo } from './design-info.ts';
import type { DesignMoments } from './moments.ts';
import type { Runner } from './runner.ts';

export interface Ctx {
  survey: SurveyInput;
  analysis: AnalysisDoc;
  runner: Runner;
  table: string;
  info: DesignInfo;
  level: number;
  analysed: number;
  subjects: Subject[];
  index: Map<string, number>;
  moments: DesignMoments;
  notes: Note[];
  vars: Map<string, VariableDoc>;
}

export function variableMap(analysis: AnalysisDoc): Map<string, VariableDoc> {
  const m = new Map<string, VariableDoc>();
  for (const v of analysis.variables) if (!m.has(v.name) || m.get(v.name)!.type === 'text') m.set(v.name, v);
  return m;
}

export function labelOf(ctx: { analysis: AnalysisDoc; vars: Map<string, VariableDoc> }, name: string): Labels {
  const v = ctx.vars.get(name);
  if (v?.label) return v.label;
  const s = ctx.analysis.scores.find((x) => x.id === name);
  if (s?.label) return s.label;
  const g = ctx.analysis.groups.find((x) => x.id === name);
  if (g?.label) return g.label;
  return Object.fromEntries(ctx.analysis.survey.languages.map((l) => [l, name]));
}

/** Rating items: ordinal on a labelled scale with a range, not NPS (top-2-box applies). */
export function isRating(v: VariableDoc): boolean {
  return v.type === 'ordinal' && !!v.range && v.scale !== 'nps';
}

export function isNps(v: VariableDoc): boolean {
  return v.type === 'ordinal' && v.scale === 'nps' && !!v.range && v.range[0] === 0 && v.range[1] === 10;
}

/**
 * Whether an item's favourable end is its lowest code: a `descending` scale, or a
 * reverse-coded item (agreeing with a negative statement is unfavourable), not both.
 */
export function favourableLow(v: VariableDoc | undefined): boolean {
  return (v?.direction === 'descending') !== !!v?.reverse;
}

/** The top-2-box indicator: the two best points (direction-aware, reverse-coded items reversed), NULL without a substantive answer. */
function top2Expr(v: VariableDoc): string {
  const x = substantive(v);
  const [lo, hi] = v.range!;
  const cond = favourableLow(v) ? `${x} <= ${numberLiteral(lo + 1)}` : `${x} >= ${numberLiteral(hi - 1)}`;
  return indicator(cond, x);
}

function npsExpr(v: VariableDoc): string {
  const x = substantive(v);
  return `CASE WHEN ${x} IS NULL THEN NULL WHEN ${x} >= 9.0 THEN 100.0 WHEN ${x} >= 7.0 THEN 0.0 ELSE -100.0 END`;
}

/** The value on the "dissatisfied" side: reverse-coded items are reversed first. */
export function orientedExpr(v: VariableDoc): string {
  const x = substantive(v);
  if (v.reverse && v.range) return `(${numberLiteral(v.range[0] + v.range[1])} - ${x})`;
  return x;
}

/** Subjects measured in the design moments scan: items, scores, top-2-box and NPS indicators. */
export function baseSubjects(analysis: AnalysisDoc, vars: Map<string, VariableDoc>): Subject[] {
  const out: Subject[] = [];
  for (const v of vars.values()) {
    if (v.type === 'text' || v.type === 'multi-response' || !isNumericColumn(v)) continue;
    if (v.roster) continue; // one value per instance: measured on its group's long table (rosters/)
    out.push({ key: `item:${v.name}`, expr: substantive(v) });
    if (isRating(v)) out.push({ key: `top2:${v.name}`, expr: top2Expr(v) });
    if (isNps(v)) out.push({ key: `nps:${v.name}`, expr: npsExpr(v) });
  }
  for (const s of analysis.scores) out.push({ key: `score:${s.id}`, expr: ident(scoreColumn(s.id)) });
  return out;
}
