// The range a score formula can take, by interval arithmetic over its items' scales:
// each function's range comes from the function table (rescale() → 0..100, sum() → the
// sum of its items' ranges …). Unknown when
// an item has no bounded range (a number question without min/max, a choice).
// One implementation for the checker (unreachable targets, mixed scales), the
// analysis configuration and the language server's hover.
import type * as A from '@survey/syntax';
import { isRow, scaleOf, type Survey } from './model.ts';
import { functions } from './functions/table.ts';
import { rosterTotalBound } from './roster.ts';

export type Interval = [number, number];

export function rangeOfScore(survey: Survey, id: string, seen = new Set<string>()): Interval | undefined {
  if (seen.has(id)) return undefined;
  const score = survey.scores.find((x) => x.id === id);
  if (!score?.expr) return undefined;
  const n = score.items.length;
  const partial = score.require.kind === 'atLeast' && score.require.count < n ? { count: score.require.count, items: n } : undefined;
  return rangeOf(survey, score.expr, new Set([...seen, id]), partial);
}

/** A `require k` policy below the formula's n items: a sum may add up only some of its items. */
interface PartialPolicy {
  count: number;
  items: number;
}

/**
 * The range of sum() when only some of its items may be answered (it adds the answered
 * ones): at least `least` of them, one at least (no answer: no sum). The lowest sum takes
 * every negative low end and, while fewer than `least`, the smallest other ones.
 */
function partialSum(items: Interval[], least: number): Interval {
  const pick = (xs: number[], sign: 1 | -1) => {
    const sorted = xs.map((x) => sign * x).sort((a, b) => a - b);
    let total = 0;
    sorted.forEach((x, i) => {
      if (x < 0 || i < least) total += x;
    });
    return sign * total;
  };
  return [
    pick(
      items.map((r) => r[0]),
      1,
    ),
    pick(
      items.map((r) => r[1]),
      -1,
    ),
  ];
}

/** Items a name stands for: a matrix stands for its rows. */
function itemRanges(survey: Survey, name: string): Interval[] | undefined {
  const v = survey.variables.get(name);
  if (!v) return undefined;
  // A repeat group's question read from outside (`sum(age)`): one item per possible instance.
  const owner = isRow(v) ? v.matrix.roster : v.roster;
  if (owner) {
    const own = instanceItemRanges(v);
    const n = rosterTotalBound(owner, survey);
    return own && n !== undefined && n <= MAX_REPEATED ? Array.from({ length: n }, () => own).flat() : undefined;
  }
  return instanceItemRanges(v);
}

/** Past this many items a range over a roster's instances is not worth listing (100 × 100 × 100 nested). */
const MAX_REPEATED = 10_000;

/** A repeat group's name: its instances (outside) or the current one's position (inside); `counted`: in count(). */
function rosterCountRange(survey: Survey, name: string, counted = false): Interval | undefined {
  if (survey.variables.has(name) || survey.calculations.has(name)) return undefined;
  const r = survey.rosters.find((x) => x.id === name);
  // A loop's name inside the loop is its current option, a code: only count(loop) is surely a number.
  if (!r || (r.count.kind === 'each' && !counted)) return undefined;
  const n = rosterTotalBound(r, survey);
  return n === undefined ? undefined : [0, n];
}

/** Whether an argument is a repeat group's question (its instances vary in number: a sum over them may add only one). */
function isRosterItem(survey: Survey, a: A.Expr): boolean {
  const v = a.kind === 'NameRef' ? survey.variables.get(a.name) : undefined;
  return !!v && !!(isRow(v) ? v.matrix.roster : v.roster);
}

function instanceItemRanges(v: NonNullable<ReturnType<Survey['variables']['get']>>): Interval[] | undefined {
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

export function rangeOf(survey: Survey, e: A.Expr | undefined, seen = new Set<string>(), partial?: PartialPolicy): Interval | undefined {
  const r = rawRange(survey, e, seen, partial);
  return r?.every(Number.isFinite) ? r : undefined;
}

function rawRange(survey: Survey, e: A.Expr | undefined, seen: Set<string>, partial: PartialPolicy | undefined): Interval | undefined {
  if (!e) return undefined;
  switch (e.kind) {
    case 'Number':
      return [e.value, e.value];
    case 'Paren':
      return rangeOf(survey, e.expr, seen, partial);
    case 'Unary': {
      if (e.op !== '-') return undefined;
      const r = rangeOf(survey, e.operand, seen, partial);
      return r && [-r[1], -r[0]];
    }
    case 'NameRef': {
      const calc = survey.calculations.get(e.name);
      if (calc) return seen.has(e.name) ? undefined : rangeOf(survey, calc.expr, new Set([...seen, e.name]));
      if (survey.scores.some((x) => x.id === e.name) && !survey.variables.has(e.name)) return rangeOfScore(survey, e.name, seen);
      const items = itemRanges(survey, e.name);
      return items ? hull(items) : rosterCountRange(survey, e.name);
    }
    case 'Binary': {
      const a = rangeOf(survey, e.left, seen, partial);
      const b = rangeOf(survey, e.right, seen, partial);
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
      const def = functions[e.callee.name];
      if (!def?.range) return undefined;
      const args = e.args;
      // count(members): as many as the group's instances
      if (e.callee.name === 'count' && args.length === 1 && args[0].kind === 'NameRef') {
        const r = rosterCountRange(survey, args[0].name, true);
        if (r) return r;
      }
      // count(members.age): as many as the instances of age's group that answered it
      if (e.callee.name === 'count' && args.length === 1 && args[0].kind === 'NameRef' && args[0].qualifier && !e.where) {
        const v = survey.variables.get(args[0].name);
        const owner = v ? (isRow(v) ? v.matrix.roster : v.roster) : undefined;
        const n = owner ? rosterTotalBound(owner, survey) : undefined;
        if (n !== undefined) return [0, n];
      }
      // A sum over a repeat group's instances adds those answered: at least one of them.
      if (e.callee.name === 'sum' && !partial && args.some((a) => isRosterItem(survey, a)))
        return rangeOf(survey, e, seen, { count: 1, items: Number.MAX_SAFE_INTEGER });
      if (e.callee.name === 'sum' && partial) {
        // sum adds the answered items: with `require k` below n, some of its items may be left out
        const items: Interval[] = [];
        for (const a of args) {
          const rs = a.kind === 'NameRef' ? itemRanges(survey, a.name) : undefined;
          const r = rs ?? (rangeOf(survey, a, seen, partial) ? [rangeOf(survey, a, seen, partial)!] : undefined);
          if (!r) return undefined;
          items.push(...r);
        }
        const named = args.every((a) => a.kind === 'NameRef' && itemRanges(survey, a.name));
        const least = named ? Math.max(1, partial.count - (partial.items - items.length)) : 1;
        return partialSum(items, least);
      }
      return def.range({
        count: args.length,
        range: (i) => rangeOf(survey, args[i], seen, partial),
        itemRanges: (i) => (args[i]?.kind === 'NameRef' ? itemRanges(survey, (args[i] as A.NameRef).name) : undefined),
        sectionPoints: (i) => {
          const a = args[i];
          return a?.kind === 'NameRef' ? survey.sections.find((x) => x.id === a.name)?.points : undefined;
        },
        optionCount: (i) => {
          const a = args[i];
          const v = a?.kind === 'NameRef' ? survey.variables.get(a.name) : undefined;
          return v && !isRow(v) ? v.choices?.options.length : undefined;
        },
        literal: (i) => (args[i]?.kind === 'Number' ? (args[i] as A.NumberLit).value : undefined),
      });
    }
    default:
      return undefined;
  }
}

function hull(rs: Interval[]): Interval {
  return [Math.min(...rs.map((r) => r[0])), Math.max(...rs.map((r) => r[1]))];
}
