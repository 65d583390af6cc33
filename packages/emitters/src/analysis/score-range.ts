// The range a score can take, by interval arithmetic over its formula: item ranges
// come from their scales (or number bounds), functions have known ranges (rescale
// 0–100, nps −100–100, shares 0–100, index 0–Σ points). Undefined when unknown.
import type { Survey } from '@survey/compiler';
import { isRow } from '@survey/compiler';
import type { ExprJson } from '../common/expr.ts';

export type Range = [number, number];

const hull = (rs: Range[]): Range => [Math.min(...rs.map((r) => r[0])), Math.max(...rs.map((r) => r[1]))];

export function scoreRange(e: ExprJson, survey: Survey, scores: Map<string, Range | undefined>): Range | undefined {
  const r = (x: ExprJson) => scoreRange(x, survey, scores);
  switch (e.type) {
    case 'number':
      return [e.value, e.value];
    case 'var':
      return itemRanges(e.name, survey)?.reduce((a, b) => hull([a, b]));
    case 'score':
      return scores.get(e.name);
    case 'unary': {
      const x = r(e.operand);
      return e.op === 'not' ? [0, 1] : x && [-x[1], -x[0]];
    }
    case 'binary': {
      if (['and', 'or', '==', '!=', '<', '<=', '>', '>=', 'has'].includes(e.op)) return [0, 1];
      const a = r(e.left);
      const b = r(e.right);
      if (!a || !b) return undefined;
      if (e.op === '+') return [a[0] + b[0], a[1] + b[1]];
      if (e.op === '-') return [a[0] - b[1], a[1] - b[0]];
      if (e.op === '/' && b[0] <= 0 && b[1] >= 0) return undefined;
      const ps = e.op === '*' ? [a[0] * b[0], a[0] * b[1], a[1] * b[0], a[1] * b[1]] : [a[0] / b[0], a[0] / b[1], a[1] / b[0], a[1] / b[1]];
      return [Math.min(...ps), Math.max(...ps)];
    }
    case 'call':
      return callRange(e.fn, e.args, survey, r);
    default:
      return undefined;
  }
}

function callRange(fn: string, args: ExprJson[], survey: Survey, r: (x: ExprJson) => Range | undefined): Range | undefined {
  switch (fn) {
    case 'rescale':
    case 'topbox':
    case 'share':
      return [0, 100];
    case 'nps':
      return [-100, 100];
    case 'answered':
      return [0, 1];
    case 'count':
      return [0, args.length];
    case 'reverse':
      return args[0] ? r(args[0]) : undefined;
    case 'if': {
      const a = args[1] && r(args[1]);
      const b = args[2] && r(args[2]);
      return a && b ? hull([a, b]) : undefined;
    }
    case 'mean':
    case 'sum': {
      // A matrix stands for its rows.
      const parts = args.flatMap((a) => (a.type === 'var' ? itemRanges(a.name, survey) ?? [undefined] : [r(a)]));
      if (parts.some((p) => !p) || parts.length === 0) return undefined;
      const ps = parts as Range[];
      return fn === 'mean' ? hull(ps) : [ps.reduce((s, p) => s + p[0], 0), ps.reduce((s, p) => s + p[1], 0)];
    }
    case 'index': {
      const points = args.map((a) => (a.type === 'section' || a.type === 'var' ? survey.sections.find((s) => s.id === a.name)?.points : undefined));
      return points.every((p) => p !== undefined) ? [0, (points as number[]).reduce((s, p) => s + p, 0)] : undefined;
    }
    default:
      return undefined;
  }
}

/** Ranges of the items a name stands for (one, or a matrix's rows). */
function itemRanges(name: string, survey: Survey): Range[] | undefined {
  const v = survey.variables.get(name);
  if (!v) return undefined;
  if (isRow(v)) return v.matrix.scale ? [[v.matrix.scale.min, v.matrix.scale.max]] : undefined;
  if (v.kind === 'matrix') return v.scale ? v.rows.map((): Range => [v.scale!.min, v.scale!.max]) : undefined;
  if (v.scale) return [[v.scale.min, v.scale.max]];
  if (v.kind === 'number' && typeof v.min === 'number' && typeof v.max === 'number') return [[v.min, v.max]];
  if (v.kind === 'yesno') return [[0, 1]];
  return undefined;
}
