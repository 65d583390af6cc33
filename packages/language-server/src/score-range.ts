// The range a score can take, for hover: interval arithmetic over its formula,
// reading scales from the model. Display only; it decides nothing. (A candidate
// to move into the compiler if the checker or emitters ever need it.)
import { isRow, scaleOf, type Survey } from '@survey/compiler';
import type { Expr } from '@survey/syntax';

export type Interval = [number, number];

const hull = (xs: Array<Interval | undefined>): Interval | undefined => {
  if (!xs.length || xs.some((x) => !x)) return undefined;
  return [Math.min(...xs.map((x) => x![0])), Math.max(...xs.map((x) => x![1]))];
};

export function scoreRange(survey: Survey, scoreId: string, seen = new Set<string>()): Interval | undefined {
  const score = survey.scores.find((s) => s.id === scoreId);
  if (!score?.expr || seen.has(scoreId)) return undefined;
  seen.add(scoreId);
  return rangeOf(survey, score.expr, seen);
}

function rangeOf(survey: Survey, e: Expr | undefined, seen: Set<string>): Interval | undefined {
  if (!e) return undefined;
  switch (e.kind) {
    case 'Number':
      return [e.value, e.value];
    case 'Paren':
      return rangeOf(survey, e.expr, seen);
    case 'NameRef':
      return variableRange(survey, e.name, seen);
    case 'Unary': {
      const x = rangeOf(survey, e.operand, seen);
      if (e.op === 'not') return [0, 1];
      return x && [-x[1], -x[0]];
    }
    case 'Binary': {
      if (!['+', '-', '*', '/'].includes(e.op)) return [0, 1];
      const a = rangeOf(survey, e.left, seen);
      const b = rangeOf(survey, e.right, seen);
      if (!a || !b) return undefined;
      if (e.op === '+') return [a[0] + b[0], a[1] + b[1]];
      if (e.op === '-') return [a[0] - b[1], a[1] - b[0]];
      if (e.op === '/' && b[0] <= 0 && b[1] >= 0) return undefined;
      const products = e.op === '*' ? [a[0] * b[0], a[0] * b[1], a[1] * b[0], a[1] * b[1]] : [a[0] / b[0], a[0] / b[1], a[1] / b[0], a[1] / b[1]];
      return [Math.min(...products), Math.max(...products)];
    }
    case 'Call':
      return callRange(survey, e.callee.name, e.args, seen);
    default:
      return undefined;
  }
}

function callRange(survey: Survey, name: string, args: Expr[], seen: Set<string>): Interval | undefined {
  switch (name) {
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
    case 'mean':
    case 'reverse':
      return hull(args.map((a) => rangeOf(survey, a, seen)));
    case 'if':
      return hull(args.slice(1).map((a) => rangeOf(survey, a, seen)));
    case 'sum': {
      const parts = args.map((a) => sumRange(survey, a, seen));
      if (parts.some((p) => !p)) return undefined;
      return [parts.reduce((s, p) => s + p![0], 0), parts.reduce((s, p) => s + p![1], 0)];
    }
    case 'index': {
      const points = args.map((a) => (a.kind === 'NameRef' ? survey.sections.find((s) => s.id === a.name)?.points : undefined));
      return points.every((p) => p !== undefined) ? [0, points.reduce((s, p) => s + p!, 0)] : undefined;
    }
    default:
      return undefined;
  }
}

/** In a sum a matrix counts each of its rows. */
function sumRange(survey: Survey, e: Expr, seen: Set<string>): Interval | undefined {
  const r = rangeOf(survey, e, seen);
  const v = e.kind === 'NameRef' ? survey.variables.get(e.name) : undefined;
  if (r && v && !isRow(v) && v.kind === 'matrix') return [r[0] * v.rows.length, r[1] * v.rows.length];
  return r;
}

function variableRange(survey: Survey, name: string, seen: Set<string>): Interval | undefined {
  const v = survey.variables.get(name);
  if (!v) return scoreRange(survey, name, new Set(seen)); // a copy: only cycles count, not siblings
  const scale = scaleOf(v);
  if (scale) return [scale.min, scale.max];
  if (!isRow(v) && v.kind === 'number' && typeof v.min === 'number' && typeof v.max === 'number') return [v.min, v.max];
  if (!isRow(v) && v.kind === 'yesno') return [0, 1];
  return undefined;
}
