// The built-in functions of formulas, conditions and calculated values: one entry per
// function with everything every consumer needs — arity and argument kinds (binder,
// function-call rule, completion), result type (checker), result range (score ranges,
// targets, hover), evaluation (the form's runtime, the analysis) and SQL. Adding a
// function is adding an entry here; nothing else switches on function names.
// Imports are type-only: the form's browser script bundles this file.
import type { FunctionDef, Interval, ValueType } from './types.ts';

const num = (): ValueType => 'number';

function hull(rs: Array<Interval | undefined>): Interval | undefined {
  if (rs.length === 0 || rs.some((r) => !r)) return undefined;
  const xs = rs as Interval[];
  return [Math.min(...xs.map((r) => r[0])), Math.max(...xs.map((r) => r[1]))];
}

function indexes(n: number): number[] {
  return Array.from({ length: n }, (_, i) => i);
}

/** Half away from zero (as SQL's round), to `digits` decimals. */
export function roundHalfAway(x: number, digits = 0): number {
  const f = 10 ** digits;
  return (Math.sign(x) * Math.round(Math.abs(x) * f)) / f;
}

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

/** Whole days from one ISO date to another. */
export function daysBetween(from: unknown, to: unknown): number | undefined {
  if (typeof from !== 'string' || typeof to !== 'string' || !isoDate.test(from) || !isoDate.test(to)) return undefined;
  const d = (Date.parse(to) - Date.parse(from)) / 86_400_000;
  return Number.isFinite(d) ? d : undefined;
}

/** SQL that is NULL when every part is NULL, else the sum of the non-NULL parts. */
function sqlSum(parts: string[]): string {
  return `CASE WHEN ${parts.map((p) => `${p} IS NULL`).join(' AND ')} THEN NULL ELSE ${parts.map((p) => `COALESCE(${p}, 0)`).join(' + ')} END`;
}

function sqlCountPresent(parts: string[]): string {
  return parts.map((p) => `(CASE WHEN ${p} IS NULL THEN 0 ELSE 1 END)`).join(' + ');
}

function textOf(v: unknown): string {
  if (v === undefined || v === null || typeof v === 'boolean') return '';
  return Array.isArray(v) ? v.join(',') : String(v);
}

const defs: FunctionDef[] = [
  {
    name: 'mean',
    args: ['value'],
    variadic: true,
    minArgs: 1,
    aggregate: false,
    doc: 'Mean of the answered items (a matrix stands for its rows). Missing codes are left out.',
    type: num,
    range: (a) => hull(indexes(a.count).map((i) => a.range(i))),
    evaluate: (a) => {
      const xs = indexes(a.count).flatMap((i) => a.items(i));
      return xs.length ? xs.reduce((p, x) => p + x, 0) / xs.length : undefined;
    },
    sql: (a) => {
      const parts = indexes(a.count).flatMap((i) => a.items(i));
      return `(${sqlSum(parts)}) / NULLIF(${sqlCountPresent(parts)}, 0)`;
    },
  },
  {
    name: 'sum',
    args: ['value'],
    variadic: true,
    minArgs: 1,
    aggregate: false,
    doc: 'Sum of the answered items.',
    type: num,
    range: (a) => {
      const rs: Interval[] = [];
      for (const i of indexes(a.count)) {
        const items = a.itemRanges(i) ?? (a.range(i) ? [a.range(i)!] : undefined);
        if (!items) return undefined;
        rs.push(...items);
      }
      return [rs.reduce((x, r) => x + r[0], 0), rs.reduce((x, r) => x + r[1], 0)];
    },
    evaluate: (a) => {
      const xs = indexes(a.count).flatMap((i) => a.items(i));
      return xs.length ? xs.reduce((p, x) => p + x, 0) : undefined;
    },
    sql: (a) => sqlSum(indexes(a.count).flatMap((i) => a.items(i))),
  },
  {
    name: 'count',
    args: ['condition'],
    variadic: true,
    minArgs: 1,
    aggregate: false,
    doc: 'How many of the conditions hold, e.g. count(q1 >= 4, q2 >= 4).',
    type: num,
    range: (a) => [0, a.count],
    evaluate: (a) => indexes(a.count).filter((i) => a.truth(i)).length,
    sql: (a) =>
      `(${indexes(a.count)
        .map((i) => `(CASE WHEN ${a.truth(i)} THEN 1 ELSE 0 END)`)
        .join(' + ')})`,
  },
  {
    name: 'rescale',
    args: ['value', 'scale'],
    minArgs: 2,
    aggregate: false,
    doc: 'Rescale to 0–100 (POMP): (x − min) / (max − min) × 100 on the given scale.',
    type: num,
    range: () => [0, 100],
    evaluate: (a) => {
      const x = a.num(0);
      const r = a.scaleRange(1);
      return x === undefined || !r ? undefined : ((x - r[0]) / (r[1] - r[0])) * 100;
    },
    sql: (a) => {
      const r = a.scaleRange(1);
      return r && `((${a.sql(0)} - ${a.number(r[0])}) / ${a.number(r[1] - r[0])} * 100.0)`;
    },
  },
  {
    name: 'reverse',
    args: ['item'],
    minArgs: 1,
    aggregate: false,
    doc: 'Reverse-code an item on its scale: (min + max) − x.',
    type: num,
    range: (a) => a.range(0),
    evaluate: (a) => {
      const x = a.num(0);
      const r = a.scaleRange(0);
      return x === undefined || !r ? undefined : r[0] + r[1] - x;
    },
    sql: (a) => {
      const r = a.scaleRange(0);
      return r && `(${a.number(r[0] + r[1])} - ${a.sql(0)})`;
    },
  },
  {
    name: 'nps',
    args: ['item'],
    minArgs: 1,
    aggregate: true,
    doc: 'Net Promoter Score of a 0–10 nps item: 100 × (promoters 9–10 − detractors 0–6) / valid answers.',
    type: num,
    range: () => [-100, 100],
    evaluate: (a) => {
      const x = a.num(0);
      return x === undefined ? undefined : x >= 9 ? 100 : x >= 7 ? 0 : -100;
    },
    sql: (a) => {
      const x = a.sql(0);
      return `CASE WHEN ${x} IS NULL THEN NULL WHEN ${x} >= 9 THEN 100.0 WHEN ${x} >= 7 THEN 0.0 ELSE -100.0 END`;
    },
  },
  {
    name: 'topbox',
    args: ['item', 'number'],
    minArgs: 1,
    aggregate: true,
    doc: 'Share (0–100) of answers in the top k points of the scale (k = 2 by default: top-2-box).',
    type: num,
    range: () => [0, 100],
    evaluate: (a) => {
      const x = a.num(0);
      const r = a.scaleRange(0);
      const k = a.literal(1) ?? 2;
      if (x === undefined || !r) return undefined;
      return (a.descending(0) ? x <= r[0] + k - 1 : x >= r[1] - k + 1) ? 100 : 0;
    },
    sql: (a) => {
      const x = a.sql(0);
      const r = a.scaleRange(0);
      const k = a.literal(1) ?? 2;
      if (!r) return undefined;
      const top = a.descending(0) ? `${x} <= ${a.number(r[0] + k - 1)}` : `${x} >= ${a.number(r[1] - k + 1)}`;
      return `CASE WHEN ${x} IS NULL THEN NULL WHEN ${top} THEN 100.0 ELSE 0.0 END`;
    },
  },
  {
    name: 'share',
    args: ['condition'],
    minArgs: 1,
    aggregate: true,
    doc: 'Share (0–100) of respondents for whom the condition holds.',
    type: num,
    range: () => [0, 100],
    evaluate: (a) => (a.truth(0) ? 100 : 0),
    sql: (a) => `CASE WHEN ${a.truth(0)} THEN 100.0 ELSE 0.0 END`,
  },
  {
    name: 'if',
    args: ['condition', 'any', 'any'],
    minArgs: 3,
    aggregate: false,
    doc: 'if(condition, then, else): the second argument when the condition holds, else the third.',
    type: ([, a, b]) => (a === 'unknown' ? (b ?? 'unknown') : b === 'unknown' || a === b ? a : 'unknown'),
    range: (a) => hull([a.range(1), a.range(2)]),
    evaluate: (a) => (a.truth(0) ? a.value(1) : a.value(2)),
    sql: (a) => `CASE WHEN ${a.truth(0)} THEN ${a.sql(1)} ELSE ${a.sql(2)} END`,
  },
  {
    name: 'index',
    args: ['section'],
    variadic: true,
    minArgs: 1,
    aggregate: false,
    doc: 'Weighted category index: Σ points_c × (mean_c − min) / (max − min) over sections with points.',
    type: num,
    range: (a) => {
      let total = 0;
      for (const i of indexes(a.count)) {
        const p = a.sectionPoints(i);
        if (p === undefined) return undefined;
        total += p;
      }
      return [0, total];
    },
    evaluate: (a) => {
      let total = 0;
      for (const i of indexes(a.count)) {
        const s = a.sectionUnits(i);
        if (!s?.units.length) return undefined;
        total += (s.points * s.units.reduce((p, q) => p + q, 0)) / s.units.length;
      }
      return total;
    },
  },
  {
    name: 'answered',
    args: ['item'],
    minArgs: 1,
    aggregate: false,
    doc: 'True when the item has a substantive answer.',
    type: () => 'bool',
    range: () => [0, 1],
    evaluate: (a) => {
      const v = a.value(0);
      return v !== undefined && !(Array.isArray(v) && v.length === 0);
    },
    sql: (a) => `(${a.sql(0)} IS NOT NULL)`,
  },
  {
    name: 'round',
    args: ['value', 'number'],
    minArgs: 1,
    aggregate: false,
    doc: 'round(x) or round(x, digits): rounded half away from zero, to whole numbers or to `digits` decimals.',
    type: num,
    range: (a) => {
      const r = a.range(0);
      const d = a.literal(1) ?? 0;
      return r && [roundHalfAway(r[0], d), roundHalfAway(r[1], d)];
    },
    evaluate: (a) => {
      const x = a.num(0);
      return x === undefined ? undefined : roundHalfAway(x, a.literal(1) ?? 0);
    },
    sql: (a) => `round(${a.sql(0)}, ${a.literal(1) ?? 0})`,
  },
  {
    name: 'floor',
    args: ['value'],
    minArgs: 1,
    aggregate: false,
    doc: 'floor(x): the largest whole number not above x.',
    type: num,
    range: (a) => {
      const r = a.range(0);
      return r && [Math.floor(r[0]), Math.floor(r[1])];
    },
    evaluate: (a) => {
      const x = a.num(0);
      return x === undefined ? undefined : Math.floor(x);
    },
    sql: (a) => `floor(${a.sql(0)})`,
  },
  {
    name: 'min',
    args: ['value'],
    variadic: true,
    minArgs: 1,
    aggregate: false,
    doc: 'min(a, b, …): the smallest of the answered values (missing ones left out).',
    type: num,
    range: (a) => hull(indexes(a.count).map((i) => a.range(i))),
    evaluate: (a) => {
      const xs = indexes(a.count).flatMap((i) => a.items(i));
      return xs.length ? Math.min(...xs) : undefined;
    },
    sql: (a) =>
      `least(${indexes(a.count)
        .flatMap((i) => a.items(i))
        .join(', ')})`,
  },
  {
    name: 'max',
    args: ['value'],
    variadic: true,
    minArgs: 1,
    aggregate: false,
    doc: 'max(a, b, …): the largest of the answered values (missing ones left out).',
    type: num,
    range: (a) => hull(indexes(a.count).map((i) => a.range(i))),
    evaluate: (a) => {
      const xs = indexes(a.count).flatMap((i) => a.items(i));
      return xs.length ? Math.max(...xs) : undefined;
    },
    sql: (a) =>
      `greatest(${indexes(a.count)
        .flatMap((i) => a.items(i))
        .join(', ')})`,
  },
  {
    name: 'coalesce',
    args: ['any'],
    variadic: true,
    minArgs: 2,
    aggregate: false,
    doc: 'coalesce(a, b, …): the first argument that has a value (an answered question, a computed value).',
    type: (ts) => ts.find((t) => t !== 'unknown') ?? 'unknown',
    range: (a) => hull(indexes(a.count).map((i) => a.range(i))),
    evaluate: (a) => {
      for (const i of indexes(a.count)) {
        const v = a.value(i);
        if (v !== undefined) return v;
      }
      return undefined;
    },
    sql: (a) =>
      `coalesce(${indexes(a.count)
        .map((i) => a.sql(i))
        .join(', ')})`,
  },
  {
    name: 'count_selected',
    args: ['selection'],
    minArgs: 1,
    aggregate: false,
    doc: 'count_selected(q): how many options of a multi-select (or ranking) question are selected; 0 when unanswered.',
    type: num,
    range: (a) => {
      const n = a.optionCount(0);
      return n === undefined ? undefined : [0, n];
    },
    evaluate: (a) => {
      const v = a.value(0);
      return Array.isArray(v) ? v.length : 0;
    },
    sql: (a) => `coalesce(len(${a.sql(0)}), 0)`,
  },
  {
    name: 'length',
    args: ['text'],
    minArgs: 1,
    aggregate: false,
    doc: 'length(t): the number of characters of a text (a Chinese character counts one); 0 when unanswered.',
    type: num,
    evaluate: (a) => [...textOf(a.value(0))].length,
    sql: (a) => `coalesce(length(${a.sql(0)}), 0)`,
  },
  {
    name: 'concat',
    args: ['text'],
    variadic: true,
    minArgs: 2,
    aggregate: false,
    doc: 'concat(a, b, …): the texts joined; an unanswered argument adds nothing.',
    type: () => 'text',
    evaluate: (a) =>
      indexes(a.count)
        .map((i) => textOf(a.value(i)))
        .join(''),
    sql: (a) =>
      `concat(${indexes(a.count)
        .map((i) => `coalesce(CAST(${a.sql(i)} AS VARCHAR), '')`)
        .join(', ')})`,
  },
  {
    name: 'today',
    args: [],
    minArgs: 0,
    aggregate: false,
    volatile: true,
    doc: "today(): the date the form is filled in (the respondent's clock), as YYYY-MM-DD.",
    type: () => 'date',
    evaluate: (a) => a.today(),
    sql: () => `CAST(current_date AS VARCHAR)`,
  },
  {
    name: 'days_between',
    args: ['date', 'date'],
    minArgs: 2,
    aggregate: false,
    doc: 'days_between(from, to): whole days from the first date to the second (negative when `to` is earlier).',
    type: num,
    evaluate: (a) => daysBetween(a.value(0), a.value(1)),
    sql: (a) => `(CAST(${a.sql(1)} AS DATE) - CAST(${a.sql(0)} AS DATE))`,
  },
];

/** The built-in functions by name. */
export const functions: Record<string, FunctionDef> = Object.fromEntries(defs.map((d) => [d.name, d]));

/** The kind of argument position `i` of a function. */
export function argKind(def: FunctionDef, i: number) {
  return def.args[Math.min(i, def.args.length - 1)];
}
