// The range a score formula can take, by interval arithmetic over its items' scales:
// rescale() → 0..100, nps() → −100..100, topbox()/share() → 0..100, index() → 0..Σ
// section points, mean() → the hull of its arguments, sum() → their sum. Unknown when
// an item has no bounded range (a number question without min/max, a choice).
// One implementation for the checker (unreachable targets, mixed scales), the
// analysis configuration and the language server's hover.
import type * as A from '@survey/syntax';
import { isRow, scaleOf, type Survey } from './model.ts';

export type Interval = [number, number];

export function rangeOfScore(survey: Survey, id: string, seen = new Set<string>()): Interval | undefined {
  if (seen.has(id)) return undefined;
  const score = survey.scores.find((x) => x.id === id);
  if (!score?.expr) return undefined;
  return rangeOf(survey, score.expr, new Set([...seen, id]));
}

/** Items a name stands for: a matrix stands for its rows. */
function itemRanges(survey: Survey, name: string): Interval[] | undefined {
  const v = survey.variables.get(name);
  if (!v) return undefined;
  if (!isRow(v) && v.kind === 'matrix') {
    const s = v.scale;
    return s ? v.rows.map((): Interval => [s.min, s.max]) : undefined;
  }
  const s = scaleOf(v);
  if (s) return [[s.min, s.max]];
  if (!isRow(v) && v.kind === 'number' && typeof v.min === 'number' && typeof v.max === 'number') return [[v.min, v.max]];
  if (!isRow(v) && v.kind === 'yesno') return [[0, 1]];
  return undefined;
}

export function rangeOf(survey: Survey, e: A.Expr | undefined, seen = new Set<string>()): Interval | undefined {
  const r = rawRange(survey, e, seen);
  return r && r.every(Number.isFinite) ? r : undefined;
}

function rawRange(survey: Survey, e: A.Expr | undefined, seen: Set<string>): Interval | undefined {
  if (!e) return undefined;
  switch (e.kind) {
    case 'Number':
      return [e.value, e.value];
    case 'Paren':
      return rangeOf(survey, e.expr, seen);
    case 'Unary': {
      if (e.op !== '-') return undefined;
      const r = rangeOf(survey, e.operand, seen);
      return r && [-r[1], -r[0]];
    }
    case 'NameRef': {
      if (survey.scores.some((x) => x.id === e.name) && !survey.variables.has(e.name)) return rangeOfScore(survey, e.name, seen);
      const items = itemRanges(survey, e.name);
      return items && hull(items);
    }
    case 'Binary': {
      const a = rangeOf(survey, e.left, seen);
      const b = rangeOf(survey, e.right, seen);
      if (!a || !b) return undefined;
      switch (e.op) {
        case '+':
          return [a[0] + b[0], a[1] + b[1]];
        case '-':
          return [a[0] - b[1], a[1] - b[0]];
        case '*': {
          const p = [a[0] * b[0], a[0] * b[1], a[1] * b[0], a[1] * b[1]];
          return [Math.min(...p), Math.max(...p)];
        }
        case '/': {
          if (b[0] <= 0 && b[1] >= 0) return undefined;
          const p = [a[0] / b[0], a[0] / b[1], a[1] / b[0], a[1] / b[1]];
          return [Math.min(...p), Math.max(...p)];
        }
        default:
          return undefined;
      }
    }
    case 'Call': {
      const args = e.args;
      switch (e.callee.name) {
        case 'rescale':
        case 'topbox':
        case 'share':
          return [0, 100];
        case 'nps':
          return [-100, 100];
        case 'count':
          return [0, args.length];
        case 'answered':
          return [0, 1];
        case 'reverse':
          return rangeOf(survey, args[0], seen);
        case 'if': {
          const a = rangeOf(survey, args[1], seen);
          const b = rangeOf(survey, args[2], seen);
          return a && b ? hull([a, b]) : undefined;
        }
        case 'mean': {
          const rs = args.map((a) => rangeOf(survey, a, seen));
          return rs.every((r) => r) ? hull(rs as Interval[]) : undefined;
        }
        case 'sum': {
          const rs: Interval[] = [];
          for (const a of args) {
            const items = a.kind === 'NameRef' ? itemRanges(survey, a.name) : undefined;
            const r = items ?? (rangeOf(survey, a, seen) ? [rangeOf(survey, a, seen)!] : undefined);
            if (!r) return undefined;
            rs.push(...r);
          }
          return [rs.reduce((x, r) => x + r[0], 0), rs.reduce((x, r) => x + r[1], 0)];
        }
        case 'index': {
          let total = 0;
          for (const a of args) {
            const sec = a.kind === 'NameRef' ? survey.sections.find((x) => x.id === a.name) : undefined;
            if (sec?.points === undefined) return undefined;
            total += sec.points;
          }
          return [0, total];
        }
        default:
          return undefined;
      }
    }
    default:
      return undefined;
  }
}

export function hull(rs: Interval[]): Interval {
  return [Math.min(...rs.map((r) => r[0])), Math.max(...rs.map((r) => r[1]))];
}
