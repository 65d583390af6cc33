// What a condition allows, as sets of possible answers: a condition is read as a list
// of alternatives (its `or` branches), each a map from a variable to the answers that
// satisfy it. An empty list means the condition can never be true. Comparisons follow
// the form's evaluator: any comparison with an unanswered variable is false, a missing
// code (don't know, N/A) never satisfies `<`/`>` nor `!= substantive value`. What cannot
// be read this way (calls, arithmetic, calculated values, `not`) allows everything.
import type * as A from '@survey/syntax';
import type { Binding } from './binder/bind.ts';
import { hiddenOf, variableOf } from './expr-types.ts';
import { numberOf } from './expr-walk.ts';
import { codesOf, isRow, scaleOf, scaleValues, type HiddenVariable, type Question, type Row } from './model.ts';

type Value = string | number;

/** A finite set of codes, or an interval of numbers / ISO dates / texts with excluded points. */
export type Domain =
  | { kind: 'finite'; values: Value[]; missing: Value[] }
  | { kind: 'ordered'; lo?: Value; loIn: boolean; hi?: Value; hiIn: boolean; integer: boolean; not: Value[] };

export type Alternative = Map<string, Domain>;

export interface Atom {
  /** The variable the comparison reads. */
  name: string;
  /** What that variable's answers may be before the comparison. */
  full: Domain;
  op: A.BinaryOp;
  value: Value;
}

/** Alternatives past this many are not tracked: the condition is then taken to allow anything. */
const MAX_ALTERNATIVES = 64;

export const anything = (): Alternative[] => [new Map()];

/** Every answer a question, row or hidden variable can have, or undefined for free text without bounds. */
function domainOf(v: Question | Row | HiddenVariable): Domain | undefined {
  if ('type' in v && !('kind' in v)) {
    const h = v as HiddenVariable;
    if (h.type === 'code') return h.choices ? { kind: 'finite', values: h.choices.options.map((o) => o.code), missing: [] } : undefined;
    return { kind: 'ordered', loIn: true, hiIn: true, integer: false, not: [] };
  }
  const q = v as Question | Row;
  const scale = scaleOf(q);
  if (scale) return { kind: 'finite', values: scaleValues(scale), missing: scale.points.filter((p) => p.missing).map((p) => p.value) };
  if (isRow(q)) return undefined;
  if (q.kind === 'single' || q.kind === 'yesno') {
    const codes = codesOf(q);
    return codes ? { kind: 'finite', values: codes, missing: [] } : undefined;
  }
  if (q.kind === 'number' || q.kind === 'date' || q.kind === 'text') {
    const bounded = q.kind !== 'text';
    return {
      kind: 'ordered',
      lo: bounded ? q.min : undefined,
      loIn: true,
      hi: bounded ? q.max : undefined,
      hiIn: true,
      integer: q.kind === 'number' && q.integer,
      not: [],
    };
  }
  return undefined;
}

/** Reads `v op c` (or `c op v`) into an atom, when it is one. */
export function atomOf(e: A.Binary, binding: Binding): Atom | undefined {
  if (!e.right || !['==', '!=', '<', '<=', '>', '>='].includes(e.op)) return undefined;
  const side = (x: A.Expr) => variableOf(x, binding) ?? hiddenOf(x, binding);
  let v = side(e.left);
  let lit: A.Expr = e.right;
  let op = e.op;
  if (!v) {
    v = side(e.right);
    lit = e.left;
    op = flip[op] ?? op;
  }
  if (!v) return undefined;
  const full = domainOf(v);
  if (!full) return undefined;
  const value = literalOf(lit, binding);
  if (value === undefined) return undefined;
  if (full.kind === 'finite' && (lit.kind === 'String' || (op !== '==' && op !== '!=' && typeof value !== 'number'))) return undefined; // SVY2007
  if (full.kind === 'ordered' && typeof value !== typeof (full.lo ?? full.hi ?? value)) return undefined; // a type mismatch: SVY2007
  return { name: v.id, full, op, value };
}

const flip: Partial<Record<A.BinaryOp, A.BinaryOp>> = { '<': '>', '<=': '>=', '>': '<', '>=': '<=' };

function literalOf(e: A.Expr, binding: Binding): Value | undefined {
  const n = numberOf(e);
  if (n !== undefined) return n;
  if (e.kind === 'String') return e.value;
  if (e.kind !== 'NameRef') return undefined;
  const target = binding.referenceAt.get(e)?.target;
  if (target?.kind === 'code') return e.name;
  // `yes` / `no` of a yesno question are codes without a declaration.
  const s = binding.survey;
  if (!target && s && !s.variables.has(e.name) && !s.hidden.has(e.name) && !s.calculations.has(e.name)) return e.name;
  return undefined;
}

/** The answers that satisfy an atom (within what the variable allows). */
export function restrict(d: Domain, op: A.BinaryOp, c: Value): Domain {
  if (d.kind === 'finite') {
    const substantive = d.values.filter((v) => !d.missing.includes(v));
    const test = (v: Value): boolean => {
      switch (op) {
        case '==':
          return v === c;
        case '!=':
          return v !== c;
        default:
          return typeof v === typeof c && (compareOrdered(op, v, c) ?? true);
      }
    };
    const pool = op === '==' || (op === '!=' && d.missing.includes(c)) ? d.values : substantive;
    return { kind: 'finite', values: pool.filter(test), missing: d.missing };
  }
  const r = { ...d, not: [...d.not] };
  const tighterLo = (v: Value, incl: boolean) => {
    if (r.lo === undefined || v > r.lo || (v === r.lo && !incl)) {
      r.lo = v;
      r.loIn = incl;
    }
  };
  const tighterHi = (v: Value, incl: boolean) => {
    if (r.hi === undefined || v < r.hi || (v === r.hi && !incl)) {
      r.hi = v;
      r.hiIn = incl;
    }
  };
  if (op === '==') {
    tighterLo(c, true);
    tighterHi(c, true);
  } else if (op === '!=') r.not.push(c);
  else if (op === '>') tighterLo(c, false);
  else if (op === '>=') tighterLo(c, true);
  else if (op === '<') tighterHi(c, false);
  else if (op === '<=') tighterHi(c, true);
  return r;
}

/** An ordering comparison of two values of one type; undefined for an operator that does not order. */
export function compareOrdered(op: A.BinaryOp, a: Value, b: Value): boolean | undefined {
  switch (op) {
    case '<':
      return a < b;
    case '<=':
      return a <= b;
    case '>':
      return a > b;
    case '>=':
      return a >= b;
    default:
      return undefined;
  }
}

/** Both restrictions at once. */
function intersect(a: Domain, b: Domain): Domain {
  if (a.kind === 'finite' && b.kind === 'finite')
    return { kind: 'finite', values: a.values.filter((v) => b.values.includes(v)), missing: a.missing };
  if (a.kind === 'ordered' && b.kind === 'ordered') {
    let r: Domain = { ...a, integer: a.integer || b.integer, not: [...a.not, ...b.not] };
    if (b.lo !== undefined) r = restrict(r, b.loIn ? '>=' : '>', b.lo);
    if (b.hi !== undefined) r = restrict(r, b.hiIn ? '<=' : '<', b.hi);
    return r;
  }
  return a;
}

export function isEmpty(d: Domain): boolean {
  if (d.kind === 'finite') return d.values.length === 0;
  const { lo, hi } = d;
  if (lo !== undefined && hi !== undefined) {
    if (lo > hi) return true;
    if (lo === hi) return !d.loIn || !d.hiIn || d.not.includes(lo) || (d.integer && typeof lo === 'number' && !Number.isInteger(lo));
  }
  if (d.integer && typeof lo === 'number' && typeof hi === 'number') {
    const first = d.loIn ? Math.ceil(lo) : Math.floor(lo) + 1;
    const last = d.hiIn ? Math.floor(hi) : Math.ceil(hi) - 1;
    if (first > last) return true;
    if (last - first <= d.not.length) {
      for (let i = first; i <= last; i++) if (!d.not.includes(i)) return false;
      return true;
    }
  }
  return false;
}

/** Conjunction of two lists of alternatives; undefined when it would be too large to track. */
export function both(a: Alternative[], b: Alternative[]): Alternative[] | undefined {
  if (a.length * b.length > MAX_ALTERNATIVES) return undefined;
  const out: Alternative[] = [];
  for (const x of a)
    for (const y of b) {
      const m = new Map(x);
      let empty = false;
      for (const [k, d] of y) {
        const merged = m.has(k) ? intersect(m.get(k)!, d) : d;
        if (isEmpty(merged)) empty = true;
        m.set(k, merged);
      }
      if (!empty) out.push(m);
    }
  return out;
}

/** The variables whose answers an empty conjunction of `a` and `b` cannot agree on. */
export function conflicts(a: Alternative[], b: Alternative[]): string[] {
  const names = new Set<string>();
  for (const x of a) for (const y of b) for (const [k, d] of y) if (x.has(k) && isEmpty(intersect(x.get(k)!, d))) names.add(k);
  return [...names];
}

/** A readable list of the answers a domain allows ("1, 2 or 3", "between 0 and 120"). */
export function describeDomain(d: Domain): string {
  if (d.kind === 'finite') {
    const v = d.values.map(String);
    return v.length <= 1 ? (v[0] ?? 'nothing') : `${v.slice(0, -1).join(', ')} or ${v[v.length - 1]}`;
  }
  const show = (x: Value) => (typeof x === 'string' ? `"${x}"` : String(x));
  if (d.lo !== undefined && d.hi !== undefined) return `from ${show(d.lo)} to ${show(d.hi)}`;
  if (d.lo !== undefined) return `${d.loIn ? 'at least' : 'above'} ${show(d.lo)}`;
  if (d.hi !== undefined) return `${d.hiIn ? 'at most' : 'below'} ${show(d.hi)}`;
  return 'any value';
}
